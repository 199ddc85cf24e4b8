import type { ExampleText } from './en';

/**
 * The example plan in Serbian (Latin script, ekavian), in the words of Serbia's and Montenegro's own
 * anti-trafficking documents ("trgovina ljudima", "pokazatelj", "početna vrednost"). Quarters come from the
 * catalogue, so the example reads back like the sheet's own list.
 */
export const srLatn: ExampleText = {
  country: 'država',
  areas: {
    '1': 'Podsticajni okvir',
    '2': 'Prevencija trgovine ljudima',
    '3': 'Podrška i zaštita žrtava i žrtava-svedoka',
    '4': 'Istraga i krivično gonjenje trgovine ljudima',
  },
  agencies: {
    ATC: 'Kancelarija nacionalnog koordinatora za borbu protiv trgovine ljudima',
    MOI: 'Ministarstvo unutrašnjih poslova',
    POL: 'Uprava policije',
    SOC: 'Državna institucija nadležna za socijalnu i dečju zaštitu',
    JTC: 'Centar za obuku u sudstvu',
    PPO: 'Državno tužilaštvo',
  },
  objectives: {
    '1': 'Jačati koordinaciju i partnerstvo različitih aktera u ovoj oblasti, iz svih sektora društva na nacionalnom i međunarodnom nivou, i podsticati umrežavanje',
    '2': 'Unaprediti preventivne aktivnosti i učešće svih aktera na državnom nivou u njihovom sprovođenju',
    '3': 'Unaprediti identifikaciju žrtava trgovine ljudima i kvalitet zaštite i pomoći u njihovoj socijalnoj reintegraciji',
    '4': 'Jačati kapacitete organa za krivično gonjenje trgovine ljudima, radi efikasnijih krivičnih i finansijskih istraga',
  },
  indicators: {
    'I1.1': {
      text: 'Potpisani bilateralni sporazumi o saradnji u oblasti borbe protiv trgovine ljudima sa još dve države u regionu, do {year}. godine',
      unit: 'sporazumi',
      disaggregation: '',
    },
    'I2.1': {
      text: 'Znanje šire javnosti o trgovini ljudima povećano za 10% do {year}. godine',
      unit: '% ispitanika',
      baseline: 'Do sada bez sprovedenog istraživanja o nivou znanja šire javnosti o pojavi trgovine ljudima',
      disaggregation: 'pol, starost, region',
    },
    'I2.2': {
      text: 'Broj poziva Nacionalnoj SOS liniji za žrtve trgovine ljudima povećan za 10% do {year}. godine',
      unit: 'poziva godišnje',
      disaggregation: '',
    },
    'I3.1': {
      text: 'Uspostavljen sistem formalne identifikacije žrtava trgovine ljudima do {year}. godine',
      unit: '',
      baseline: 'Trenutno ne postoji sistem formalne identifikacije žrtava trgovine ljudima',
      midTarget:
        'Uspostavljen sistem formalne identifikacije žrtava trgovine ljudima, obučen Tim za formalnu identifikaciju i obezbeđen status žrtava na osnovu standardizovanih obrazaca u 100% slučajeva',
      endTarget: 'Tim za formalnu identifikaciju je funkcionalan i daje rezultate',
      disaggregation: '',
    },
    'I4.1': {
      text: 'Broj podnetih krivičnih prijava za trgovinu ljudima povećan za 20% do {year}. godine',
      unit: 'krivičnih prijava godišnje',
      disaggregation: 'oblik eksploatacije',
    },
  },
  keyMeasures: {
    '1.1':
      'Jačati saradnju i koordinaciju nadležnih institucija i organizacija odgovornih za prevenciju i borbu protiv trgovine ljudima i za pružanje pomoći i zaštite žrtvama trgovine ljudima',
    '2.1': 'Unaprediti preventivne aktivnosti i učešće svih aktera na državnom nivou u njihovom sprovođenju',
    '2.2':
      'Nastaviti podizanje svesti u svim segmentima društva i podržati napore za smanjenje potražnje za uslugama žrtava trgovine ljudima',
    '3.1': 'Unaprediti identifikaciju žrtava i potencijalnih žrtava trgovine ljudima među ranjivim grupama',
    '4.1': 'Obezbediti proaktivniji pristup policije i tužilaštva u borbi protiv svih oblika trgovine ljudima',
    '4.2':
      'Jačati kapacitete pravosuđa za delotvorno krivično gonjenje i efikasniju identifikaciju i oduzimanje imovine stečene krivičnim delima',
  },
  activities: [
    {
      text: 'Usvojiti godišnji plan rada [tela nadležnog za praćenje sprovođenja Strategije za borbu protiv trgovine ljudima]',
      responsible: '[Telo nadležno za praćenje sprovođenja Strategije za borbu protiv trgovine ljudima]',
      resultIndicator:
        'Sproveden godišnji plan rada tela nadležnog za praćenje sprovođenja Strategije za borbu protiv trgovine ljudima',
      financialEstimate: 'XXXXX evra ili nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Održavati redovne sastanke [tela nadležnog za praćenje sprovođenja Strategije za borbu protiv trgovine ljudima]',
      responsible: 'Kancelarija nacionalnog koordinatora za borbu protiv trgovine ljudima',
      resultIndicator:
        'Najmanje četiri sastanka tela nadležnog za praćenje sprovođenja Strategije za borbu protiv trgovine ljudima',
      financialEstimate: 'XXXXX evra ili nisu potrebna sredstva',
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
      resultIndicator: 'Održan najmanje jedan sastanak predstavnika policije sa predstavnicima nevladinih organizacija',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Organizovati obuke za službenike [organizacione jedinice] koji rade sa strancima, strancima koji traže međunarodnu zaštitu i strancima kojima je odobrena međunarodna zaštita, u vezi sa identifikacijom žrtava trgovine ljudima',
      responsible: 'Ministarstvo unutrašnjih poslova (posebna organizaciona jedinica)',
      resultIndicator: 'Obuka za službenike [ciljne jedinice] u vezi sa identifikacijom žrtava trgovine ljudima',
      financialEstimate: 'XXXX evra',
      fundingSource: 'Budžet Ministarstva unutrašnjih poslova',
    },
    {
      text: 'Sprovesti obuke „Borba protiv ranih i ugovorenih brakova, trgovine ljudima i prinudnog prosjačenja” za stručne radnike zaposlene u centrima za socijalni rad',
      responsible: 'Državna institucija nadležna za socijalnu i dečju zaštitu',
      resultIndicator:
        '- Sprovedeno XX obuka za stručne radnike zaposlene u centrima za socijalni rad o ranim i ugovorenim brakovima, trgovini ljudima i prinudnom prosjačenju - YY stručnih radnika zaposlenih u centrima za socijalni rad prošlo obuku',
      financialEstimate: 'XXXX evra',
      fundingSource: 'Državna institucija nadležna za socijalnu i dečju zaštitu',
    },
    {
      text: 'Izrada audio-vizuelnog materijala (video) koji ukazuje na negativnu pojavu trgovine ljudima i preporuka javnim, komercijalnim i neprofitnim emiterima da ga emituju',
      responsible: 'Ministarstvo XXXX',
      resultIndicator: 'Izrađen i emitovan audio-vizuelni materijal koji ukazuje na negativnu pojavu trgovine ljudima',
      financialEstimate: 'XXXX evra',
      fundingSource: 'Budžet Ministarstva XXXX',
    },
    {
      text: 'Organizovati sastanak sa predstavnicima medija o ulozi medija u borbi protiv trgovine ljudima',
      responsible: 'Ministarstvo XXXX u saradnji sa Ministarstvom XXXX, Državno tužilaštvo',
      resultIndicator: 'Održan sastanak sa predstavnicima medija o njihovoj ulozi u borbi protiv trgovine ljudima',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Organizovati obuku za članove Tima za formalnu identifikaciju o posebnostima primene Standardnih operativnih procedura za identifikaciju žrtava trgovine ljudima i posebnim tehnikama vođenja razgovora sa žrtvama',
      responsible: 'Ministarstvo unutrašnjih poslova – Odeljenje za borbu protiv trgovine ljudima',
      resultIndicator:
        'Organizovana obuka za članove Tima za formalnu identifikaciju žrtava trgovine ljudima o posebnostima primene Standardnih operativnih procedura za identifikaciju žrtava trgovine ljudima i posebnim tehnikama vođenja razgovora sa žrtvama',
      financialEstimate: 'XXXX evra',
      fundingSource: '(izvor finansiranja)',
    },
    {
      text: 'Organizovati sastanke Tima za formalnu identifikaciju žrtava trgovine ljudima',
      responsible: 'Ministarstvo unutrašnjih poslova – Odeljenje za borbu protiv trgovine ljudima',
      resultIndicator:
        'Sastanci su evidentirani u godišnjem izveštaju Tima za formalnu identifikaciju žrtava trgovine ljudima',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Pratiti aktivnosti Operativnog tima za borbu protiv trgovine ljudima',
      responsible: 'Navesti nadležne državne organe',
      resultIndicator: 'Izrađeni tromesečni izveštaji o radu Operativnog tima za borbu protiv trgovine ljudima',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Pojačati nadzor nad objektima i licima od interesa u vezi sa seksualnom eksploatacijom kroz kontrole i druge operativne aktivnosti',
      responsible: 'Uprava policije',
      resultIndicator: 'Sproveden nadzor nad najmanje X objekata od interesa',
      financialEstimate: 'Nisu potrebna sredstva',
      fundingSource: '',
    },
    {
      text: 'Sprovesti obuku za sudije i tužioce o borbi protiv trgovine ljudima',
      responsible: '[Nadležna institucija za obuku u pravosuđu i tužilaštvu]',
      resultIndicator: 'Sprovedena dvodnevna obuka za sudije i tužioce na osnovu posebnog programa obuke',
      financialEstimate: 'XXXXX evra',
      fundingSource: '(izvor finansiranja)',
    },
    {
      text: 'Izraditi i sprovesti kurs učenja na daljinu (e-learning) za sudije i tužioce o borbi protiv trgovine ljudima i zaštiti žrtava trgovine ljudima',
      responsible: '[Nadležna institucija za obuku u pravosuđu i tužilaštvu]',
      resultIndicator:
        'Sproveden kurs učenja na daljinu (e-learning) za sudije i tužioce o borbi protiv trgovine ljudima i zaštiti žrtava trgovine ljudima',
      financialEstimate: 'XXXXX evra',
      fundingSource: '(izvor finansiranja)',
    },
  ],
  meansOfVerification: {
    'I1.1': 'Tekstovi potpisanih sporazuma (službeni list)',
    'I2.1': 'Istraživanje javnog mnjenja o trgovini ljudima',
    'I2.2': 'Evidencija poziva Nacionalne SOS linije',
    'I3.1': 'Zapisnici i godišnji izveštaj Tima za formalnu identifikaciju',
    'I4.1': 'Statistika predmeta policije i tužilaštva',
  },
  mePlanHeader: {
    purpose:
      'Plan praćenja i vrednovanja Nacionalnog akcionog plana za borbu protiv trgovine ljudima ({country}) za period od {start} do {end}',
    context:
      'Plan vodi nacionalni koordinator za borbu protiv trgovine ljudima (ATC); svako odgovorno telo imenuje kontakt osobu koja izveštava kancelariju ATC o napretku, a kancelarija je mesto za pitanja o sprovođenju.',
    reporting:
      'Institucije šalju obrazac o napretku kancelariji ATC svakog kvartala, mesec dana po isteku kvartala. Kancelarija ATC piše godišnji izveštaj o praćenju, razmatra ga sa institucijama i podnosi ga Vladi i Skupštini.',
    review:
      'Srednjoročni pregled NAP-a ({mid}) i završno vrednovanje posle {end}, koje vodi kancelarija ATC uz spoljnog evaluatora.',
  },
};
