import type { ExampleText } from './en';

/**
 * The example plan in Bosnian (ijekavian), in the words of Bosnia and Herzegovina's anti-trafficking
 * strategy and action plan ("trgovina ljudima", "indikator", "početna vrijednost").
 */
export const bs: ExampleText = {
  country: 'država',
  areas: {
    '1': 'Podsticajni okvir',
    '2': 'Prevencija trgovine ljudima',
    '3': 'Podrška i zaštita žrtava i žrtava-svjedoka',
    '4': 'Istraga i krivično gonjenje trgovine ljudima',
  },
  agencies: {
    ATC: 'Ured državnog koordinatora za borbu protiv trgovine ljudima',
    MOI: 'Ministarstvo unutrašnjih poslova',
    POL: 'Uprava policije',
    SOC: 'Državna institucija nadležna za socijalnu i dječiju zaštitu',
    JTC: 'Centar za edukaciju sudija i tužilaca',
    PPO: 'Tužilaštvo',
  },
  objectives: {
    '1': 'Jačati koordinaciju i partnerstvo različitih aktera u ovoj oblasti, iz svih sektora društva na državnom i međunarodnom nivou, i podsticati umrežavanje',
    '2': 'Unaprijediti preventivne aktivnosti i učešće svih aktera na državnom nivou u njihovoj provedbi',
    '3': 'Unaprijediti identifikaciju žrtava trgovine ljudima i kvalitet zaštite i pomoći u njihovoj socijalnoj reintegraciji',
    '4': 'Jačati kapacitete organa za krivično gonjenje trgovine ljudima, radi efikasnijih krivičnih i finansijskih istraga',
  },
  indicators: {
    'I1.1': {
      text: 'Potpisani bilateralni sporazumi o saradnji u oblasti borbe protiv trgovine ljudima sa još dvije države u regiji, do {year}. godine',
      unit: 'sporazumi',
      disaggregation: '',
    },
    'I2.1': {
      text: 'Znanje šire javnosti o trgovini ljudima povećano za 10% do {year}. godine',
      unit: '% ispitanika',
      baseline: 'Do sada bez provedenog istraživanja o nivou znanja šire javnosti o pojavi trgovine ljudima',
      disaggregation: 'spol, dob, regija',
    },
    'I2.2': {
      text: 'Broj poziva Državnoj SOS liniji za žrtve trgovine ljudima povećan za 10% do {year}. godine',
      unit: 'poziva godišnje',
      disaggregation: '',
    },
    'I3.1': {
      text: 'Uspostavljen sistem formalne identifikacije žrtava trgovine ljudima do {year}. godine',
      unit: '',
      baseline: 'Trenutno ne postoji sistem formalne identifikacije žrtava trgovine ljudima',
      midTarget:
        'Uspostavljen sistem formalne identifikacije žrtava trgovine ljudima, obučen Tim za formalnu identifikaciju i osiguran status žrtava na osnovu standardizovanih obrazaca u 100% slučajeva',
      endTarget: 'Tim za formalnu identifikaciju je funkcionalan i daje rezultate',
      disaggregation: '',
    },
    'I4.1': {
      text: 'Broj podnesenih krivičnih prijava za trgovinu ljudima povećan za 20% do {year}. godine',
      unit: 'krivičnih prijava godišnje',
      disaggregation: 'oblik eksploatacije',
    },
  },
  keyMeasures: {
    '1.1':
      'Jačati saradnju i koordinaciju nadležnih institucija i organizacija odgovornih za prevenciju i borbu protiv trgovine ljudima i za pružanje pomoći i zaštite žrtvama trgovine ljudima',
    '2.1': 'Unaprijediti preventivne aktivnosti i učešće svih aktera na državnom nivou u njihovoj provedbi',
    '2.2':
      'Nastaviti podizanje svijesti u svim segmentima društva i podržati napore za smanjenje potražnje za uslugama žrtava trgovine ljudima',
    '3.1': 'Unaprijediti identifikaciju žrtava i potencijalnih žrtava trgovine ljudima među ranjivim grupama',
    '4.1': 'Osigurati proaktivniji pristup policije i tužilaštva u borbi protiv svih oblika trgovine ljudima',
    '4.2':
      'Jačati kapacitete pravosuđa za djelotvorno krivično gonjenje i efikasniju identifikaciju i oduzimanje imovine stečene krivičnim djelima',
  },
  activities: [
    {
      text: 'Usvojiti godišnji plan rada [tijela nadležnog za praćenje provedbe Strategije za borbu protiv trgovine ljudima]',
      responsible: '[Tijelo nadležno za praćenje provedbe Strategije za borbu protiv trgovine ljudima]',
      resultIndicator:
        'Proveden godišnji plan rada tijela nadležnog za praćenje provedbe Strategije za borbu protiv trgovine ljudima',
      financialEstimate: 'XXXXX eura ili nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Održavati redovne sastanke [tijela nadležnog za praćenje provedbe Strategije za borbu protiv trgovine ljudima]',
      responsible: 'Ured državnog koordinatora za borbu protiv trgovine ljudima',
      resultIndicator:
        'Najmanje četiri sastanka tijela nadležnog za praćenje provedbe Strategije za borbu protiv trgovine ljudima',
      financialEstimate: 'XXXXX eura ili nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Imenovati kontakt osobe za praćenje revidiranog Sporazuma o međusobnoj saradnji u oblasti borbe protiv trgovine ljudima',
      responsible: '[navesti nadležne državne organe]',
      resultIndicator:
        'Imenovane kontakt osobe za praćenje revidiranog Sporazuma o međusobnoj saradnji u oblasti borbe protiv trgovine ljudima',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Jačati saradnju policije i nevladinih organizacija u oblasti borbe protiv trgovine ljudima',
      responsible: '[navesti nadležne institucije]',
      resultIndicator: 'Održan najmanje jedan sastanak predstavnika policije s predstavnicima nevladinih organizacija',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Organizovati obuke za službenike [organizacione jedinice] koji rade sa strancima, strancima koji traže međunarodnu zaštitu i strancima kojima je odobrena međunarodna zaštita, u vezi s identifikacijom žrtava trgovine ljudima',
      responsible: 'Ministarstvo unutrašnjih poslova (posebna organizaciona jedinica)',
      resultIndicator: 'Obuka za službenike [ciljne jedinice] u vezi s identifikacijom žrtava trgovine ljudima',
      financialEstimate: 'XXXX eura',
      fundingSource: 'Budžet Ministarstva unutrašnjih poslova',
    },
    {
      text: 'Provesti obuke „Borba protiv ranih i ugovorenih brakova, trgovine ljudima i prisilnog prosjačenja” za stručne radnike zaposlene u centrima za socijalni rad',
      responsible: 'Državna institucija nadležna za socijalnu i dječiju zaštitu',
      resultIndicator:
        '- Provedeno XX obuka za stručne radnike zaposlene u centrima za socijalni rad o ranim i ugovorenim brakovima, trgovini ljudima i prisilnom prosjačenju - YY stručnih radnika zaposlenih u centrima za socijalni rad prošlo obuku',
      financialEstimate: 'XXXX eura',
      fundingSource: 'Državna institucija nadležna za socijalnu i dječiju zaštitu',
    },
    {
      text: 'Izrada audio-vizuelnog materijala (video) koji ukazuje na negativnu pojavu trgovine ljudima i preporuka javnim, komercijalnim i neprofitnim emiterima da ga emituju',
      responsible: 'Ministarstvo XXXX',
      resultIndicator: 'Izrađen i emitovan audio-vizuelni materijal koji ukazuje na negativnu pojavu trgovine ljudima',
      financialEstimate: 'XXXX eura',
      fundingSource: 'Budžet Ministarstva XXXX',
    },
    {
      text: 'Organizovati sastanak s predstavnicima medija o ulozi medija u borbi protiv trgovine ljudima',
      responsible: 'Ministarstvo XXXX u saradnji s Ministarstvom XXXX, Tužilaštvo',
      resultIndicator: 'Održan sastanak s predstavnicima medija o njihovoj ulozi u borbi protiv trgovine ljudima',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Organizovati obuku za članove Tima za formalnu identifikaciju o posebnostima primjene Standardnih operativnih procedura za identifikaciju žrtava trgovine ljudima i posebnim tehnikama vođenja razgovora sa žrtvama',
      responsible: 'Ministarstvo unutrašnjih poslova – Odsjek za borbu protiv trgovine ljudima',
      resultIndicator:
        'Organizovana obuka za članove Tima za formalnu identifikaciju žrtava trgovine ljudima o posebnostima primjene Standardnih operativnih procedura za identifikaciju žrtava trgovine ljudima i posebnim tehnikama vođenja razgovora sa žrtvama',
      financialEstimate: 'XXXX eura',
      fundingSource: '(izvor finansiranja)',
    },
    {
      text: 'Organizovati sastanke Tima za formalnu identifikaciju žrtava trgovine ljudima',
      responsible: 'Ministarstvo unutrašnjih poslova – Odsjek za borbu protiv trgovine ljudima',
      resultIndicator:
        'Sastanci su evidentirani u godišnjem izvještaju Tima za formalnu identifikaciju žrtava trgovine ljudima',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Pratiti aktivnosti Operativnog tima za borbu protiv trgovine ljudima',
      responsible: 'Navesti nadležne državne organe',
      resultIndicator: 'Izrađeni tromjesečni izvještaji o radu Operativnog tima za borbu protiv trgovine ljudima',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Pojačati nadzor nad objektima i licima od interesa u vezi sa seksualnom eksploatacijom kroz kontrole i druge operativne aktivnosti',
      responsible: 'Uprava policije',
      resultIndicator: 'Proveden nadzor nad najmanje X objekata od interesa',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Provesti obuku za sudije i tužioce o borbi protiv trgovine ljudima',
      responsible: '[Nadležna institucija za obuku u pravosuđu i tužilaštvu]',
      resultIndicator: 'Provedena dvodnevna obuka za sudije i tužioce na osnovu posebnog programa obuke',
      financialEstimate: 'XXXXX eura',
      fundingSource: '(izvor finansiranja)',
    },
    {
      text: 'Izraditi i provesti kurs učenja na daljinu (e-learning) za sudije i tužioce o borbi protiv trgovine ljudima i zaštiti žrtava trgovine ljudima',
      responsible: '[Nadležna institucija za obuku u pravosuđu i tužilaštvu]',
      resultIndicator:
        'Proveden kurs učenja na daljinu (e-learning) za sudije i tužioce o borbi protiv trgovine ljudima i zaštiti žrtava trgovine ljudima',
      financialEstimate: 'XXXXX eura',
      fundingSource: '(izvor finansiranja)',
    },
  ],
  meansOfVerification: {
    'I1.1': 'Tekstovi potpisanih sporazuma (službeni glasnik)',
    'I2.1': 'Istraživanje javnog mnijenja o trgovini ljudima',
    'I2.2': 'Evidencija poziva Državne SOS linije',
    'I3.1': 'Zapisnici i godišnji izvještaj Tima za formalnu identifikaciju',
    'I4.1': 'Statistika predmeta policije i tužilaštva',
  },
  mePlanHeader: {
    purpose:
      'Plan praćenja i evaluacije Nacionalnog akcionog plana za borbu protiv trgovine ljudima ({country}) za period od {start} do {end}',
    context:
      'Plan vodi državni koordinator za borbu protiv trgovine ljudima (ATC); svako odgovorno tijelo imenuje kontakt osobu koja izvještava ured ATC o napretku, a ured je mjesto za pitanja o provedbi.',
    reporting:
      'Institucije šalju obrazac o napretku uredu ATC svakog kvartala, mjesec dana nakon isteka kvartala. Ured ATC piše godišnji izvještaj o praćenju, razmatra ga s institucijama i podnosi ga Vijeću ministara i Parlamentarnoj skupštini.',
    review:
      'Srednjoročni pregled NAP-a ({mid}) i završna evaluacija nakon {end}, koju vodi ured ATC uz vanjskog evaluatora.',
  },
};
