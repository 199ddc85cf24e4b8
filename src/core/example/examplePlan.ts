import type { Plan, PlanSettings } from '../model/plan';

/**
 * The guide's Annex 3 sample plan (adapted there from Montenegro's 2020 action plan), kept in its own words
 * so coordinators can learn from it, warts included: the checker rightly flags its placeholders ("XXXX
 * Euros"), its unmeasured baseline and the activity numbered 2.1.2 under key measure 3.1. Where the guide
 * leaves a number as a placeholder for an indicator, a plausible figure stands in, so status can be shown.
 * This is document content in the guide's language (English), not interface text.
 */
export function examplePlan(settings: PlanSettings): Plan {
  const y0 = Number(settings.periodStart.slice(0, 4));
  const mid = `${y0 + 1}-06-30`;
  const end = settings.periodEnd;
  const baselineDate = `${y0 - 1}-12-31`;
  return {
    settings,
    areas: [
      { code: '1', name: 'Enabling Framework' },
      { code: '2', name: 'Prevention of Trafficking in Human Beings' },
      { code: '3', name: 'Support and Protection of Victims and Victim-Witnesses' },
      { code: '4', name: 'Investigation and Prosecution of Trafficking in Human Beings' },
    ],
    agencies: [
      { code: 'ATC', name: 'Office of the National Anti-Trafficking Coordinator', contactPerson: '', email: '' },
      { code: 'MOI', name: 'Ministry of the Interior', contactPerson: '', email: '' },
      { code: 'POL', name: 'Police Administration', contactPerson: '', email: '' },
      { code: 'SOC', name: 'State institution in charge of social and child protection', contactPerson: '', email: '' },
      { code: 'JTC', name: 'Judicial Training Centre', contactPerson: '', email: '' },
      { code: 'PPO', name: "Public Prosecutor's Office", contactPerson: '', email: '' },
    ],
    objectives: [
      {
        code: '1',
        area: '1',
        text: 'Strengthen the coordination and partnership between different actors in this field, from all sectors of society on national and international level, and promote networking',
      },
      {
        code: '2',
        area: '2',
        text: 'Improve prevention activities and participation of all state-level actors in their implementation',
      },
      {
        code: '3',
        area: '3',
        text: 'Improve the identification of the victims of trafficking in human beings and the quality of protection and assistance in their social reintegration',
      },
      {
        code: '4',
        area: '4',
        text: 'Strengthen the capacity of the authorities to prosecute trafficking in human beings, for more efficient criminal and financial investigations',
      },
    ],
    indicators: [
      {
        code: 'I1.1',
        objective: '1',
        level: 'outcome',
        text: `Signing of bilateral Agreements on cooperation in the field of combating trafficking in human beings with two more states in the region, by ${y0 + 2}`,
        type: 'number',
        direction: 'increase',
        aggregation: 'latest',
        unit: 'agreements',
        baseline: '3',
        baselineDate,
        midTarget: '4',
        midDate: mid,
        endTarget: '5',
        endDate: end,
        disaggregation: '',
      },
      {
        code: 'I2.1',
        objective: '2',
        level: 'outcome',
        text: `Increased knowledge on trafficking of general public by 10% by ${y0 + 2}`,
        type: 'percentage',
        direction: 'increase',
        aggregation: 'latest',
        unit: '% of respondents',
        baseline:
          'So far, no research has been conducted on the level of knowledge of the general public about the phenomenon of trafficking in human beings',
        baselineDate: '',
        midTarget: '+5%',
        midDate: mid,
        endTarget: '+10%',
        endDate: end,
        disaggregation: 'sex, age, region',
      },
      {
        code: 'I2.2',
        objective: '2',
        level: 'outcome',
        text: `Increase in calls to the National SOS Line for Victims of Trafficking by 10% by ${y0 + 2}`,
        type: 'number',
        direction: 'increase',
        aggregation: 'latest',
        unit: 'calls a year',
        baseline: '1200',
        baselineDate,
        midTarget: '+5%',
        midDate: mid,
        endTarget: '+10%',
        endDate: end,
        disaggregation: '',
      },
      {
        code: 'I3.1',
        objective: '3',
        level: 'outcome',
        text: `Established system for the formal identification of victims of trafficking in human beings by ${y0 + 2}`,
        type: 'milestone',
        direction: 'achieve',
        aggregation: 'latest',
        unit: '',
        baseline:
          'There is currently no system in place for the formal identification of victims of trafficking in human beings',
        baselineDate,
        midTarget:
          'Established system for the formal identification of the victims of trafficking in human beings, trained Team for formal identification, and assured status of the victims based on standardized forms in 100% of cases',
        midDate: mid,
        endTarget: 'Team for formal identification is functional and produces results',
        endDate: end,
        disaggregation: '',
      },
      {
        code: 'I4.1',
        objective: '4',
        level: 'outcome',
        text: `Increased number of criminal charges filed against trafficking in human beings by 20% by ${y0 + 2}`,
        type: 'number',
        direction: 'increase',
        aggregation: 'latest',
        unit: 'criminal charges a year',
        baseline: '48',
        baselineDate,
        midTarget: '+10%',
        midDate: mid,
        endTarget: '+20%',
        endDate: end,
        disaggregation: 'form of exploitation',
      },
    ],
    keyMeasures: [
      {
        code: '1.1',
        objective: '1',
        text: 'Strengthen the cooperation and coordination of relevant institutions and organizations responsible for prevention and combating trafficking in human beings and providing assistance and protection to victims of trafficking in human beings',
      },
      {
        code: '2.1',
        objective: '2',
        text: 'Improve prevention activities and participation of all state-level actors in their implementation',
      },
      {
        code: '2.2',
        objective: '2',
        text: 'Continue to raise awareness in all segments of society and support efforts to reduce demand for services for victims of trafficking in human beings',
      },
      {
        code: '3.1',
        objective: '3',
        text: 'Improve the identification of victims and potential victims of trafficking in human beings among the vulnerable groups',
      },
      {
        code: '4.1',
        objective: '4',
        text: 'Provide a more proactive approach to police and prosecution efforts in combating all forms of trafficking in human beings',
      },
      {
        code: '4.2',
        objective: '4',
        text: 'Strengthen the capacities in the judiciary to achieve effective prosecution and more efficient identification and confiscation of property acquired through criminal activities',
      },
    ],
    activities: inFirstYear(y0, [
      activity(
        '1.1.1',
        '1.1',
        'Adopt the annual work plan of the [body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings]',
        '[Body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings]',
        'I quarter',
        'I quarter',
        'Annual work plan of the body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings implemented',
        'XXXXX Euros or no funding required',
      ),
      activity(
        '1.1.2',
        '1.1',
        'Hold regular meetings of the [body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings]',
        'Office of the National Anti-Trafficking Coordinator',
        'I quarter',
        'IV quarter',
        'At least four meetings of the body responsible for monitoring the implementation of the Strategy for Combating Trafficking in Human Beings',
        'XXXXX Euros or no funding required',
      ),
      activity(
        '1.1.3',
        '1.1',
        'Appoint contact persons to monitor the revised Agreement on Mutual Cooperation in the Field of Combating Trafficking in Human Beings',
        '[list the relevant state bodies]',
        'I quarter',
        'I quarter',
        'Appointed contact persons to monitor the revised Agreement on Mutual Cooperation in the Field of Combating Trafficking in Human Beings',
        'No funding required',
      ),
      activity(
        '1.1.4',
        '1.1',
        'Strengthen the cooperation between the police and NGOs in the field of combating trafficking in human beings',
        '[list the institutions in charge]',
        'I quarter',
        'IV quarter',
        'At least one meeting of the representatives of the police with the representatives of the NGOs',
        'No funding required',
      ),
      activity(
        '2.1.1',
        '2.1',
        'Organize trainings for officers of the [structural unit] assigned to work with foreigners, foreigners seeking international protection and foreigners granted international protection in relation to the identification of the victims of trafficking in human beings',
        'Ministry of the Interior (specific structural unit)',
        'IV quarter',
        'IV quarter',
        'A training for officers of the [target unit] in relation to the identification of the victims of trafficking in human beings',
        'XXXX Euros',
        'Ministry of the Interior budget',
      ),
      activity(
        '2.1.2',
        '2.1',
        'Conduct trainings on "Combating early and arranged marriages, trafficking in human beings, and forced begging" for professional staff employed in Centres for Social Work',
        'State institution in charge of social and child protection',
        'III quarter',
        'III quarter',
        '- Conducted XX trainings for professionals employed in Centres for Social Work on early and arranged marriages, trafficking in human beings and forced begging - YY professionals employed in Centres for Social Work underwent training',
        'XXXX Euros',
        'State institution in charge of social and child protection',
      ),
      activity(
        '2.2.1',
        '2.2',
        'Production of audio-visual material (video) which indicates negative phenomenon of trafficking in human beings, recommendation for public, commercial and non-profit broadcasters to broadcast the material',
        'Ministry of XXXX',
        'III quarter',
        'III quarter',
        'Audio-visual material indicating negative phenomenon of trafficking in human beings is produced and broadcasted',
        'XXXX Euros',
        'Ministry of XXXX budget',
      ),
      activity(
        '2.2.2',
        '2.2',
        'Organize a meeting on the role of media in combating trafficking in human beings with media representatives',
        "Ministry of XXXX in cooperation with the Ministry of XXXX, Public Prosecutor's Office",
        'II quarter',
        'II quarter',
        'Implemented a meeting with media representatives on their role in combating trafficking in human beings',
        'No funding required',
      ),
      activity(
        '3.1.1',
        '3.1',
        'Organize a training for the members of the Team for formal identification on the specifics of the implementation of Standard operating procedures for the identification of victims of trafficking in human beings and specific techniques for conducting interviews with victims',
        'Ministry of the Interior – Department for Combating Trafficking in Human Beings',
        'II quarter',
        'II quarter',
        'Organized training for the members of Team for formal identification of victims of trafficking in human beings on the specifics of the implementation of Standard operating procedures for the identification of victims of trafficking in human beings and specific techniques for conducting interviews with victims',
        'XXXX Euros',
        '(funding source)',
      ),
      activity(
        '2.1.2',
        '3.1',
        'Organize meetings for the Team for formal identification of victims of trafficking in human beings',
        'Ministry of the Interior – Department for Combating Trafficking in Human Beings',
        'I quarter',
        'IV quarter',
        'The meetings are recorded in the annual report of the Team for formal identification of victims of trafficking in human beings',
        'No funding required',
      ),
      activity(
        '4.1.1',
        '4.1',
        'Monitor the activities of the Operational Team for Combating Trafficking in Human Beings',
        'List relevant state bodies',
        'I quarter',
        'IV quarter',
        'Quarterly reports on the work of the Operational Team for Combating Trafficking in Human Beings are made',
        'No funding required',
      ),
      activity(
        '4.1.2',
        '4.1',
        'Enhance the surveillance of the facilities and people of interest in relation to sexual exploitation through controls and other operational activities',
        'Police administration',
        'I quarter',
        'IV quarter',
        'Surveillance of at least X facilities of interest carried out',
        'No funding required',
      ),
      activity(
        '4.2.1',
        '4.2',
        'Conduct training for judges and prosecutors on combating trafficking in human beings',
        '[Relevant institution in charge of training the judiciary and prosecution]',
        'I quarter',
        'I quarter',
        'Implemented two-day training for judges and prosecutors on the basis of a specific training programme',
        'XXXXX Euros',
        '(funding source)',
      ),
      activity(
        '4.2.2',
        '4.2',
        'Develop and implement distance-learning course (e-learning) for judges and prosecutors on Combating Trafficking in Human Beings and Protection of Victims of Trafficking in Human Beings',
        '[Relevant institution in charge of training the judiciary and prosecution]',
        'I quarter',
        'I quarter',
        'Implemented distance-learning course (e-learning) for judges and prosecutors on Combating Trafficking in Human Beings and Protection of Victims of Trafficking in Human Beings',
        'XXXXX Euros',
        '(funding source)',
      ),
    ]),
    mePlanHeader: {
      purpose: `Plan for monitoring and evaluation of the National Action Plan against Trafficking in Human Beings in ${settings.country || 'the country'}, running from ${settings.periodStart} to ${settings.periodEnd}.`,
      context:
        'The National Anti-Trafficking Coordinator (ATC) steers the plan; each responsible body names a contact person who reports progress to the ATC office, which is the entry point for questions on implementation.',
      reporting:
        'Agencies send the progress form to the ATC office every quarter, one month after the quarter ends. The ATC office writes the annual monitoring report, discusses it with the agencies and presents it to the Government and Parliament.',
      review: `A review of the NAP at mid-term (${mid}) and an end evaluation after ${settings.periodEnd}, led by the ATC office with an external evaluator.`,
    },
    mePlan: [
      meRow('I1.1', '1.1', 'Texts of the signed agreements (official gazette)', 'annual', 'ATC'),
      meRow('I2.1', '2.2', 'Public opinion survey on trafficking in human beings', 'biennial', 'ATC'),
      meRow('I2.2', '2.2', 'Call log of the National SOS Line', 'quarterly', 'SOC'),
      meRow('I3.1', '3.1', 'Minutes and annual report of the Team for formal identification', 'quarterly', 'MOI'),
      meRow('I4.1', '4.1', 'Police and prosecution case statistics', 'quarterly', 'POL'),
    ],
  };
}

/**
 * The guide's activity table covers one year, so it writes quarters without one ("I quarter"); in a plan
 * over several years that would be ambiguous, and the example places its activities in the first year.
 */
function inFirstYear(year: number, activities: Plan['activities']): Plan['activities'] {
  return activities.map((a) => ({
    ...a,
    start: `${String(a.start)} ${year}`,
    completion: `${String(a.completion)} ${year}`,
  }));
}

function activity(
  code: string,
  keyMeasure: string,
  text: string,
  responsible: string,
  start: string,
  completion: string,
  resultIndicator: string,
  financialEstimate: string,
  fundingSource = '',
): Plan['activities'][number] {
  return { code, keyMeasure, text, responsible, start, completion, resultIndicator, financialEstimate, fundingSource };
}

function meRow(
  indicator: string,
  output: string,
  meansOfVerification: string,
  frequency: Plan['mePlan'][number]['frequency'],
  responsible: string,
): Plan['mePlan'][number] {
  return {
    indicator,
    output,
    meansOfVerification,
    frequency,
    responsible,
    shown: { baseline: '', midTarget: '', endTarget: '' },
  };
}
