/**
 * The example plan's document text in the guide's own words (Annex 3, adapted there from Montenegro's 2020
 * action plan). Placeholders in braces are filled by examplePlan: {year} the plan's last full year, {country},
 * {start}, {mid} and {end} dates of the plan. Every other language gives the same entries (see ExampleText).
 */
export const en = {
  country: 'the country',
  areas: {
    '1': 'Enabling Framework',
    '2': 'Prevention of Trafficking in Human Beings',
    '3': 'Support and Protection of Victims and Victim-Witnesses',
    '4': 'Investigation and Prosecution of Trafficking in Human Beings',
  },
  agencies: {
    ATC: 'Office of the National Anti-Trafficking Coordinator',
    MOI: 'Ministry of the Interior',
    POL: 'Police Administration',
    SOC: 'State institution in charge of social and child protection',
    JTC: 'Judicial Training Centre',
    PPO: "Public Prosecutor's Office",
  },
  objectives: {
    '1': 'Strengthen the coordination and partnership between different actors in this field, from all sectors of society on national and international level, and promote networking',
    '2': 'Improve prevention activities and participation of all state-level actors in their implementation',
    '3': 'Improve the identification of the victims of trafficking in human beings and the quality of protection and assistance in their social reintegration',
    '4': 'Strengthen the capacity of the authorities to prosecute trafficking in human beings, for more efficient criminal and financial investigations',
  },
  indicators: {
    'I1.1': {
      text: 'Signing of bilateral Agreements on cooperation in the field of combating trafficking in human beings with two more states in the region, by {year}',
      unit: 'agreements',
      disaggregation: '',
    },
    'I2.1': {
      text: 'Increased knowledge on trafficking of general public by 10% by {year}',
      unit: '% of respondents',
      baseline:
        'So far, no research has been conducted on the level of knowledge of the general public about the phenomenon of trafficking in human beings',
      disaggregation: 'sex, age, region',
    },
    'I2.2': {
      text: 'Increase in calls to the National SOS Line for Victims of Trafficking by 10% by {year}',
      unit: 'calls a year',
      disaggregation: '',
    },
    'I3.1': {
      text: 'Established system for the formal identification of victims of trafficking in human beings by {year}',
      unit: '',
      baseline:
        'There is currently no system in place for the formal identification of victims of trafficking in human beings',
      midTarget:
        'Established system for the formal identification of the victims of trafficking in human beings, trained Team for formal identification, and assured status of the victims based on standardized forms in 100% of cases',
      endTarget: 'Team for formal identification is functional and produces results',
      disaggregation: '',
    },
    'I4.1': {
      text: 'Increased number of criminal charges filed against trafficking in human beings by 20% by {year}',
      unit: 'criminal charges a year',
      disaggregation: 'form of exploitation',
    },
  },
  keyMeasures: {
    '1.1':
      'Strengthen the cooperation and coordination of relevant institutions and organizations responsible for prevention and combating trafficking in human beings and providing assistance and protection to victims of trafficking in human beings',
    '2.1': 'Improve prevention activities and participation of all state-level actors in their implementation',
    '2.2':
      'Continue to raise awareness in all segments of society and support efforts to reduce demand for services for victims of trafficking in human beings',
    '3.1':
      'Improve the identification of victims and potential victims of trafficking in human beings among the vulnerable groups',
    '4.1':
      'Provide a more proactive approach to police and prosecution efforts in combating all forms of trafficking in human beings',
    '4.2':
      'Strengthen the capacities in the judiciary to achieve effective prosecution and more efficient identification and confiscation of property acquired through criminal activities',
  },
  /** In the order of the plan's activities (two are numbered 2.1.2, as in the guide). */
  activities: [
    {
      text: 'Adopt the annual work plan of the [body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings]',
      responsible:
        '[Body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings]',
      resultIndicator:
        'Annual work plan of the body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings implemented',
      financialEstimate: 'XXXXX Euros or no funding required',
      fundingSource: '',
    },
    {
      text: 'Hold regular meetings of the [body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings]',
      responsible: 'Office of the National Anti-Trafficking Coordinator',
      resultIndicator:
        'At least four meetings of the body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings',
      financialEstimate: 'XXXXX Euros or no funding required',
      fundingSource: '',
    },
    {
      text: 'Appoint contact persons to monitor the revised Agreement on Mutual Cooperation in the Field of Combating Trafficking in Human Beings',
      responsible: '[list the relevant state bodies]',
      resultIndicator:
        'Appointed contact persons to monitor the revised Agreement on Mutual Cooperation in the Field of Combating Trafficking in Human Beings',
      financialEstimate: 'No funding required',
      fundingSource: '',
    },
    {
      text: 'Strengthen the cooperation between the police and NGOs in the field of combating trafficking in human beings',
      responsible: '[list the institutions in charge]',
      resultIndicator: 'At least one meeting of the representatives of the police with the representatives of the NGOs',
      financialEstimate: 'No funding required',
      fundingSource: '',
    },
    {
      text: 'Organize trainings for officers of the [structural unit] assigned to work with foreigners, foreigners seeking international protection and foreigners granted international protection in relation to the identification of the victims of trafficking in human beings',
      responsible: 'Ministry of the Interior (specific structural unit)',
      resultIndicator:
        'A training for officers of the [target unit] in relation to the identification of the victims of trafficking in human beings',
      financialEstimate: 'XXXX Euros',
      fundingSource: 'Ministry of the Interior budget',
    },
    {
      text: 'Conduct trainings on "Combating early and arranged marriages, trafficking in human beings, and forced begging" for professional staff employed in Centres for Social Work',
      responsible: 'State institution in charge of social and child protection',
      resultIndicator:
        '- Conducted XX trainings for professionals employed in Centres for Social Work on early and arranged marriages, trafficking in human beings and forced begging - YY professionals employed in Centres for Social Work underwent training',
      financialEstimate: 'XXXX Euros',
      fundingSource: 'State institution in charge of social and child protection',
    },
    {
      text: 'Production of audio-visual material (video) which indicates negative phenomenon of trafficking in human beings, recommendation for public, commercial and non-profit broadcasters to broadcast the material',
      responsible: 'Ministry of XXXX',
      resultIndicator:
        'Audio-visual material indicating negative phenomenon of trafficking in human beings is produced and broadcasted',
      financialEstimate: 'XXXX Euros',
      fundingSource: 'Ministry of XXXX budget',
    },
    {
      text: 'Organize a meeting on the role of media in combating trafficking in human beings with media representatives',
      responsible: "Ministry of XXXX in cooperation with the Ministry of XXXX, Public Prosecutor's Office",
      resultIndicator:
        'Implemented a meeting with media representatives on their role in combating trafficking in human beings',
      financialEstimate: 'No funding required',
      fundingSource: '',
    },
    {
      text: 'Organize a training for the members of the Team for formal identification on the specifics of the implementation of Standard operating procedures for the identification of victims of trafficking in human beings and specific techniques for conducting interviews with victims',
      responsible: 'Ministry of the Interior – Department for Combating Trafficking in Human Beings',
      resultIndicator:
        'Organized training for the members of Team for formal identification of victims of trafficking in human beings on the specifics of the implementation of Standard operating procedures for the identification of victims of trafficking in human beings and specific techniques for conducting interviews with victims',
      financialEstimate: 'XXXX Euros',
      fundingSource: '(funding source)',
    },
    {
      text: 'Organize meetings for the Team for formal identification of victims of trafficking in human beings',
      responsible: 'Ministry of the Interior – Department for Combating Trafficking in Human Beings',
      resultIndicator:
        'The meetings are recorded in the annual report of the Team for formal identification of victims of trafficking in human beings',
      financialEstimate: 'No funding required',
      fundingSource: '',
    },
    {
      text: 'Monitor the activities of the Operational Team for Combating Trafficking in Human Beings',
      responsible: 'List relevant state bodies',
      resultIndicator:
        'Quarterly reports on the work of the Operational Team for Combating Trafficking in Human Beings are made',
      financialEstimate: 'No funding required',
      fundingSource: '',
    },
    {
      text: 'Enhance the surveillance of the facilities and people of interest in relation to sexual exploitation through controls and other operational activities',
      responsible: 'Police administration',
      resultIndicator: 'Surveillance of at least X facilities of interest carried out',
      financialEstimate: 'No funding required',
      fundingSource: '',
    },
    {
      text: 'Conduct training for judges and prosecutors on combating trafficking in human beings',
      responsible: '[Relevant institution in charge of training the judiciary and prosecution]',
      resultIndicator:
        'Implemented two-day training for judges and prosecutors on the basis of a specific training programme',
      financialEstimate: 'XXXXX Euros',
      fundingSource: '(funding source)',
    },
    {
      text: 'Develop and implement distance-learning course (e-learning) for judges and prosecutors on Combating Trafficking in Human Beings and Protection of Victims of Trafficking in Human Beings',
      responsible: '[Relevant institution in charge of training the judiciary and prosecution]',
      resultIndicator:
        'Implemented distance-learning course (e-learning) for judges and prosecutors on Combating Trafficking in Human Beings and Protection of Victims of Trafficking in Human Beings',
      financialEstimate: 'XXXXX Euros',
      fundingSource: '(funding source)',
    },
  ],
  meansOfVerification: {
    'I1.1': 'Texts of the signed agreements (official gazette)',
    'I2.1': 'Public opinion survey on trafficking in human beings',
    'I2.2': 'Call log of the National SOS Line',
    'I3.1': 'Minutes and annual report of the Team for formal identification',
    'I4.1': 'Police and prosecution case statistics',
  },
  mePlanHeader: {
    purpose:
      'Plan for monitoring and evaluation of the National Action Plan against Trafficking in Human Beings in {country}, running from {start} to {end}.',
    context:
      'The National Anti-Trafficking Coordinator (ATC) steers the plan; each responsible body names a contact person who reports progress to the ATC office, which is the entry point for questions on implementation.',
    reporting:
      'Agencies send the progress form to the ATC office every quarter, one month after the quarter ends. The ATC office writes the annual monitoring report, discusses it with the agencies and presents it to the Government and Parliament.',
    review:
      'A review of the NAP at mid-term ({mid}) and an end evaluation after {end}, led by the ATC office with an external evaluator.',
  },
} as const;

/** Strings widened, shape kept (tuples stay tuples): a language that leaves out an entry does not type-check. */
type Widened<T> = T extends string ? string : { readonly [K in keyof T]: Widened<T[K]> };
export type ExampleText = Widened<typeof en>;
