import type { ExampleText } from './en';

/**
 * The example plan in Albanian, in the words of Albania's and Kosovo's national action plans against
 * trafficking in persons ("trafikimi i personave", "tregues", "vlera bazë").
 */
export const sq: ExampleText = {
  country: 'vendi',
  areas: {
    '1': 'Korniza mundësuese',
    '2': 'Parandalimi i trafikimit të personave',
    '3': 'Mbështetja dhe mbrojtja e viktimave dhe e viktimave-dëshmitarë',
    '4': 'Hetimi dhe ndjekja penale e trafikimit të personave',
  },
  agencies: {
    ATC: 'Zyra e Koordinatorit Kombëtar kundër Trafikimit të Personave',
    MOI: 'Ministria e Punëve të Brendshme',
    POL: 'Drejtoria e Policisë',
    SOC: 'Institucioni shtetëror përgjegjës për mbrojtjen sociale dhe të fëmijëve',
    JTC: 'Shkolla e Magjistraturës',
    PPO: 'Prokuroria e Shtetit',
  },
  objectives: {
    '1': 'Forcimi i koordinimit dhe i partneritetit ndërmjet aktorëve të ndryshëm në këtë fushë, nga të gjithë sektorët e shoqërisë në nivel kombëtar dhe ndërkombëtar, dhe nxitja e rrjetëzimit',
    '2': 'Përmirësimi i veprimtarive parandaluese dhe i pjesëmarrjes së të gjithë aktorëve në nivel shtetëror në zbatimin e tyre',
    '3': 'Përmirësimi i identifikimit të viktimave të trafikimit të personave dhe i cilësisë së mbrojtjes dhe ndihmës në riintegrimin e tyre social',
    '4': 'Forcimi i kapaciteteve të autoriteteve për ndjekjen penale të trafikimit të personave, për hetime penale dhe financiare më efikase',
  },
  indicators: {
    'I1.1': {
      text: 'Nënshkruar marrëveshje dypalëshe për bashkëpunim në fushën e luftës kundër trafikimit të personave me dy shtete të tjera të rajonit, deri në vitin {year}',
      unit: 'marrëveshje',
      disaggregation: '',
    },
    'I2.1': {
      text: 'Njohuritë e publikut të gjerë për trafikimin e personave të rritura me 10% deri në vitin {year}',
      unit: '% e të anketuarve',
      baseline:
        'Deri tani nuk është kryer asnjë hulumtim për nivelin e njohurive të publikut të gjerë për dukurinë e trafikimit të personave',
      disaggregation: 'gjinia, mosha, rajoni',
    },
    'I2.2': {
      text: 'Numri i thirrjeve në Linjën Kombëtare SOS për Viktimat e Trafikimit të Personave i rritur me 10% deri në vitin {year}',
      unit: 'thirrje në vit',
      disaggregation: '',
    },
    'I3.1': {
      text: 'Krijuar sistemi për identifikimin formal të viktimave të trafikimit të personave deri në vitin {year}',
      unit: '',
      baseline: 'Aktualisht nuk ka sistem për identifikimin formal të viktimave të trafikimit të personave',
      midTarget:
        'Krijuar sistemi për identifikimin formal të viktimave të trafikimit të personave, trajnuar Ekipi për identifikimin formal dhe siguruar statusi i viktimave në bazë të formularëve të standardizuar në 100% të rasteve',
      endTarget: 'Ekipi për identifikimin formal është funksional dhe jep rezultate',
      disaggregation: '',
    },
    'I4.1': {
      text: 'Numri i kallëzimeve penale të paraqitura për trafikimin e personave i rritur me 20% deri në vitin {year}',
      unit: 'kallëzime penale në vit',
      disaggregation: 'forma e shfrytëzimit',
    },
  },
  keyMeasures: {
    '1.1':
      'Forcimi i bashkëpunimit dhe i koordinimit të institucioneve dhe organizatave përkatëse përgjegjëse për parandalimin dhe luftën kundër trafikimit të personave dhe për dhënien e ndihmës dhe mbrojtjes për viktimat e trafikimit të personave',
    '2.1':
      'Përmirësimi i veprimtarive parandaluese dhe i pjesëmarrjes së të gjithë aktorëve në nivel shtetëror në zbatimin e tyre',
    '2.2':
      'Vazhdimi i ndërgjegjësimit në të gjitha segmentet e shoqërisë dhe mbështetja e përpjekjeve për uljen e kërkesës për shërbimet e viktimave të trafikimit të personave',
    '3.1':
      'Përmirësimi i identifikimit të viktimave dhe viktimave të mundshme të trafikimit të personave ndër grupet e cenueshme',
    '4.1':
      'Një qasje më proaktive e policisë dhe e prokurorisë në luftën kundër të gjitha formave të trafikimit të personave',
    '4.2':
      'Forcimi i kapaciteteve të gjyqësorit për ndjekje penale efektive dhe identifikim e konfiskim më efikas të pasurisë së fituar nga veprat penale',
  },
  activities: [
    {
      text: 'Miratimi i planit vjetor të punës së [organit përgjegjës për monitorimin e zbatimit të Strategjisë për Luftën kundër Trafikimit të Personave]',
      responsible:
        '[Organi përgjegjës për monitorimin e zbatimit të Strategjisë për Luftën kundër Trafikimit të Personave]',
      resultIndicator:
        'Zbatuar plani vjetor i punës së organit përgjegjës për monitorimin e zbatimit të Strategjisë për Luftën kundër Trafikimit të Personave',
      financialEstimate: 'XXXXX euro ose nuk kërkohet financim',
      fundingSource: '',
    },
    {
      text: 'Mbajtja e takimeve të rregullta të [organit përgjegjës për monitorimin e zbatimit të Strategjisë për Luftën kundër Trafikimit të Personave]',
      responsible: 'Zyra e Koordinatorit Kombëtar kundër Trafikimit të Personave',
      resultIndicator:
        'Të paktën katër takime të organit përgjegjës për monitorimin e zbatimit të Strategjisë për Luftën kundër Trafikimit të Personave',
      financialEstimate: 'XXXXX euro ose nuk kërkohet financim',
      fundingSource: '',
    },
    {
      text: 'Caktimi i personave të kontaktit për monitorimin e Marrëveshjes së rishikuar për Bashkëpunim të Ndërsjellë në Fushën e Luftës kundër Trafikimit të Personave',
      responsible: '[renditni organet shtetërore përkatëse]',
      resultIndicator:
        'Caktuar personat e kontaktit për monitorimin e Marrëveshjes së rishikuar për Bashkëpunim të Ndërsjellë në Fushën e Luftës kundër Trafikimit të Personave',
      financialEstimate: 'Nuk kërkohet financim',
      fundingSource: '',
    },
    {
      text: 'Forcimi i bashkëpunimit ndërmjet policisë dhe organizatave joqeveritare në fushën e luftës kundër trafikimit të personave',
      responsible: '[renditni institucionet përgjegjëse]',
      resultIndicator: 'Të paktën një takim i përfaqësuesve të policisë me përfaqësuesit e organizatave joqeveritare',
      financialEstimate: 'Nuk kërkohet financim',
      fundingSource: '',
    },
    {
      text: 'Organizimi i trajnimeve për zyrtarët e [njësisë strukturore] që punojnë me të huajt, të huajt që kërkojnë mbrojtje ndërkombëtare dhe të huajt që u është dhënë mbrojtje ndërkombëtare, për identifikimin e viktimave të trafikimit të personave',
      responsible: 'Ministria e Punëve të Brendshme (njësia strukturore përkatëse)',
      resultIndicator:
        'Një trajnim për zyrtarët e [njësisë së synuar] për identifikimin e viktimave të trafikimit të personave',
      financialEstimate: 'XXXX euro',
      fundingSource: 'Buxheti i Ministrisë së Punëve të Brendshme',
    },
    {
      text: 'Zhvillimi i trajnimeve „Lufta kundër martesave të hershme dhe të rregulluara, trafikimit të personave dhe lypjes së detyruar“ për stafin profesional të punësuar në qendrat për punë sociale',
      responsible: 'Institucioni shtetëror përgjegjës për mbrojtjen sociale dhe të fëmijëve',
      resultIndicator:
        '- Zhvilluar XX trajnime për profesionistët e punësuar në qendrat për punë sociale për martesat e hershme dhe të rregulluara, trafikimin e personave dhe lypjen e detyruar - YY profesionistë të punësuar në qendrat për punë sociale të trajnuar',
      financialEstimate: 'XXXX euro',
      fundingSource: 'Institucioni shtetëror përgjegjës për mbrojtjen sociale dhe të fëmijëve',
    },
    {
      text: 'Prodhimi i materialit audio-vizual (video) që tregon dukurinë negative të trafikimit të personave dhe rekomandim për transmetuesit publikë, komercialë dhe jofitimprurës që ta transmetojnë',
      responsible: 'Ministria e XXXX',
      resultIndicator:
        'Prodhuar dhe transmetuar materiali audio-vizual që tregon dukurinë negative të trafikimit të personave',
      financialEstimate: 'XXXX euro',
      fundingSource: 'Buxheti i Ministrisë së XXXX',
    },
    {
      text: 'Organizimi i një takimi me përfaqësuesit e medias për rolin e medias në luftën kundër trafikimit të personave',
      responsible: 'Ministria e XXXX në bashkëpunim me Ministrinë e XXXX, Prokuroria e Shtetit',
      resultIndicator:
        'Zhvilluar një takim me përfaqësuesit e medias për rolin e tyre në luftën kundër trafikimit të personave',
      financialEstimate: 'Nuk kërkohet financim',
      fundingSource: '',
    },
    {
      text: 'Organizimi i një trajnimi për anëtarët e Ekipit për identifikimin formal për veçoritë e zbatimit të Procedurave standarde të veprimit për identifikimin e viktimave të trafikimit të personave dhe teknikat e posaçme të intervistimit të viktimave',
      responsible: 'Ministria e Punëve të Brendshme – Sektori për Luftën kundër Trafikimit të Personave',
      resultIndicator:
        'Organizuar trajnim për anëtarët e Ekipit për identifikimin formal të viktimave të trafikimit të personave për veçoritë e zbatimit të Procedurave standarde të veprimit për identifikimin e viktimave të trafikimit të personave dhe teknikat e posaçme të intervistimit të viktimave',
      financialEstimate: 'XXXX euro',
      fundingSource: '(burimi i financimit)',
    },
    {
      text: 'Organizimi i takimeve të Ekipit për identifikimin formal të viktimave të trafikimit të personave',
      responsible: 'Ministria e Punëve të Brendshme – Sektori për Luftën kundër Trafikimit të Personave',
      resultIndicator:
        'Takimet janë regjistruar në raportin vjetor të Ekipit për identifikimin formal të viktimave të trafikimit të personave',
      financialEstimate: 'Nuk kërkohet financim',
      fundingSource: '',
    },
    {
      text: 'Monitorimi i veprimtarive të Ekipit Operacional për Luftën kundër Trafikimit të Personave',
      responsible: 'Renditni organet shtetërore përkatëse',
      resultIndicator:
        'Hartuar raporte tremujore për punën e Ekipit Operacional për Luftën kundër Trafikimit të Personave',
      financialEstimate: 'Nuk kërkohet financim',
      fundingSource: '',
    },
    {
      text: 'Shtimi i mbikëqyrjes së objekteve dhe personave me interes në lidhje me shfrytëzimin seksual përmes kontrolleve dhe veprimtarive të tjera operacionale',
      responsible: 'Drejtoria e Policisë',
      resultIndicator: 'Kryer mbikëqyrja e të paktën X objekteve me interes',
      financialEstimate: 'Nuk kërkohet financim',
      fundingSource: '',
    },
    {
      text: 'Zhvillimi i trajnimit për gjyqtarët dhe prokurorët për luftën kundër trafikimit të personave',
      responsible: '[Institucioni përkatës përgjegjës për trajnimin e gjyqësorit dhe prokurorisë]',
      resultIndicator:
        'Zhvilluar trajnim dyditor për gjyqtarët dhe prokurorët në bazë të një programi të posaçëm trajnimi',
      financialEstimate: 'XXXXX euro',
      fundingSource: '(burimi i financimit)',
    },
    {
      text: 'Hartimi dhe zbatimi i një kursi mësimi në distancë (e-learning) për gjyqtarët dhe prokurorët për Luftën kundër Trafikimit të Personave dhe Mbrojtjen e Viktimave të Trafikimit të Personave',
      responsible: '[Institucioni përkatës përgjegjës për trajnimin e gjyqësorit dhe prokurorisë]',
      resultIndicator:
        'Zbatuar kursi i mësimit në distancë (e-learning) për gjyqtarët dhe prokurorët për Luftën kundër Trafikimit të Personave dhe Mbrojtjen e Viktimave të Trafikimit të Personave',
      financialEstimate: 'XXXXX euro',
      fundingSource: '(burimi i financimit)',
    },
  ],
  meansOfVerification: {
    'I1.1': 'Tekstet e marrëveshjeve të nënshkruara (fletorja zyrtare)',
    'I2.1': 'Sondazh i opinionit publik për trafikimin e personave',
    'I2.2': 'Regjistri i thirrjeve të Linjës Kombëtare SOS',
    'I3.1': 'Procesverbalet dhe raporti vjetor i Ekipit për identifikimin formal',
    'I4.1': 'Statistikat e çështjeve të policisë dhe prokurorisë',
  },
  mePlanHeader: {
    purpose:
      'Plani i monitorimit dhe vlerësimit të Planit Kombëtar të Veprimit kundër Trafikimit të Personave ({country}) për periudhën nga {start} deri më {end}.',
    context:
      'Planin e drejton Koordinatori Kombëtar kundër Trafikimit (ATC); çdo organ përgjegjës cakton një person kontakti që raporton ecurinë te zyra e ATC, e cila është pika e kontaktit për pyetjet mbi zbatimin.',
    reporting:
      'Institucionet dërgojnë formularin e ecurisë te zyra e ATC çdo tremujor, një muaj pas mbarimit të tremujorit. Zyra e ATC harton raportin vjetor të monitorimit, e diskuton me institucionet dhe ia paraqet Qeverisë dhe Kuvendit.',
    review:
      'Një rishikim i PKV-së në mes të afatit ({mid}) dhe një vlerësim përfundimtar pas {end}, të udhëhequr nga zyra e ATC me një vlerësues të jashtëm.',
  },
};
