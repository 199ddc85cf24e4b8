import type { checks as english } from '../en/checks';
import type { AreaCatalogue } from '../message';

export const checks: AreaCatalogue<typeof english> = {
  'check.settings.period-reversed':
    'Period plana se završava ({periodEnd}) pre nego što počinje ({periodStart}). Ispravite datume početka i kraja u podešavanjima.',
  'check.sheet.missing-table':
    'U listu „{sheet}“ nedostaje tabela koja je potrebna NAP Monitoru. Vratite je (poništite brisanje ili ponovo postavite radnu svesku plana).',
  'check.sheet.missing-column':
    'U tabeli na listu „{sheet}“ (red zaglavlja {row}) nedostaje kolona „{column}“: obrisana je ili joj je zaglavlje preimenovano. Vratite koloni zaglavlje „{column}“ da bi njene vrednosti mogle da se pročitaju.',
  'check.sheet.unknown-list-value':
    '„{value}“ u koloni „{column}“ na listu „{sheet}“, red {row}, nije dozvoljena vrednost. Izaberite vrednost sa padajuće liste.',
  'check.structure.duplicate-code': 'Šifra {code} je upotrebljena više puta. Dajte svakom zapisu sopstvenu šifru.',
  'check.structure.parent-missing':
    '{code} upućuje na „{parent}“, koga nema u planu. Unesite šifru postojećeg zapisa kome pripada.',
  'check.structure.code-not-under-parent':
    '{code} nije pod svojim nadređenim zapisom {parent}. Numerišite ga kao {parent}.n ili ga premestite pod pravi nadređeni zapis.',
  'check.structure.area-without-objective':
    'Strateška oblast {code} nema cilj. Dodajte joj bar jedan operativni cilj ili uklonite oblast.',
  'check.structure.objective-without-indicator':
    'Cilj {code} nema pokazatelj učinka. Dodajte bar jedan pokazatelj koji pokazuje kako će se meriti promena.',
  'check.structure.key-measure-without-activity':
    'Ključna mera {code} nema aktivnost. Dodajte aktivnosti kojima će se sprovesti.',
  'check.structure.indicator-not-in-me-plan':
    'Pokazatelj {code} nije u planu praćenja i vrednovanja. Dodajte red koji kaže kako, koliko često i ko ga meri.',
  'check.structure.me-row-not-in-nap':
    'Plan praćenja i vrednovanja ima red za pokazatelj {code}, koga akcioni plan nema. Ispravite šifru ili obrišite red.',
  'check.structure.me-value-differs':
    'Plan praćenja i vrednovanja prikazuje „{value}“ kao {field} pokazatelja {code}, a akcioni plan navodi „{expected}“. Vratite formulu ili prepišite vrednost iz akcionog plana.',
  'check.indicator.text-missing':
    'Pokazatelj {code} nema tekst. Navedite šta pokazatelj meri (npr. „Broj identifikovanih žrtava“).',
  'check.indicator.baseline-missing':
    'Pokazatelj {code} nema početnu vrednost. Unesite vrednost izmerenu pre početka plana (broj, procenat ili stanje kao što je „ne postoji sistem“).',
  'check.indicator.baseline-not-measurable':
    'Početna vrednost pokazatelja {code}, „{value}“, nije merljiva vrednost. Unesite broj, procenat ili jasno stanje.',
  'check.indicator.baseline-date-missing':
    'Početna vrednost pokazatelja {code} nema datum. Unesite godinu ili datum merenja.',
  'check.indicator.mid-target-missing':
    'Pokazatelj {code} nema ciljnu vrednost na sredini perioda. Unesite vrednost koja se očekuje na sredini sprovođenja.',
  'check.indicator.end-target-missing':
    'Pokazatelj {code} nema ciljnu vrednost za kraj. Unesite vrednost koja se očekuje na kraju sprovođenja.',
  'check.indicator.target-not-measurable':
    'Vrednost „{value}“ ({field}) pokazatelja {code} nije merljiva ciljna vrednost. Navedite broj, procenat, prekretnicu („uspostavljen“, „usvojen“) ili nivo.',
  'check.indicator.relative-target-unresolvable':
    'Vrednost „{value}“ ({field}) pokazatelja {code} je ciljna vrednost zadata u odnosu na početnu vrednost, ali početna vrednost „{baseline}“ nema broj na koji bi se primenila. Unesite brojčanu početnu vrednost ili apsolutnu ciljnu vrednost.',
  'check.indicator.kind-mismatch':
    'Vrednost „{value}“ ({field}) pokazatelja {code} nije iste vrste kao njegova početna vrednost „{baseline}“ (na primer broj naspram procenta). Izrazite obe na isti način, kao ciljnu vrednost i početnu vrednost iste vrste.',
  'check.indicator.direction-contradicted':
    'Pokazatelj {code} treba da ide u smeru „{direction}“, ali njegova vrednost {value} ({field}) ide u suprotnom smeru od početne vrednosti ({baseline}). Ispravite ciljnu vrednost ili smer.',
  'check.indicator.target-equals-baseline':
    'Pokazatelj {code} treba da ide u smeru „{direction}“, ali je njegova vrednost {value} ({field}) ista kao početna vrednost. Postavite ciljnu vrednost kojoj plan teži ili promenite smer u „održavanje“.',
  'check.indicator.mid-target-beyond-end':
    'Ciljna vrednost na sredini perioda pokazatelja {code} ({value}) ide dalje u smeru „{direction}“ od ciljne vrednosti za kraj ({expected}). Ispravite jednu od njih.',
  'check.indicator.value-approximate':
    'Vrednost „{value}“ ({field}) pokazatelja {code} je približna. Unesite sam broj, da bi se napredak mogao meriti u odnosu na njega.',
  'check.indicator.percent-out-of-range':
    'Vrednost {value} ({field}) procentualnog pokazatelja {code} je izvan opsega 0–100. Ispravite vrednost ili vrstu pokazatelja.',
  'check.indicator.date-invalid':
    'Vrednost „{value}“ ({field}) pokazatelja {code} ne može da se pročita kao datum. Napišite godinu, kvartal („Q3 2026“, „IV kvartal“) ili datum.',
  'check.indicator.date-without-year':
    'Vrednost „{value}“ ({field}) pokazatelja {code} nema godinu, a plan traje od {firstYear} do {lastYear}. Dodajte godinu (npr. „Q4 {lastYear}“).',
  'check.indicator.target-date-outside-period':
    'Datum {value} ({field}) pokazatelja {code} je izvan perioda plana od {periodStart} do {periodEnd}. Postavite datum unutar perioda.',
  'check.indicator.target-date-before-baseline':
    'Datum {value} ({field}) pokazatelja {code} je pre datuma njegove početne vrednosti ({baseline}). Ciljna vrednost mora da dođe posle početne vrednosti.',
  'check.indicator.mid-date-after-end-date':
    'Rok na sredini perioda pokazatelja {code} ({value}) je posle krajnjeg roka ({expected}). Zamenite ili ispravite datume.',
  'check.mePlan.means-of-verification-missing':
    'Pokazatelj {code} nema izvor provere u planu praćenja i vrednovanja. Navedite izvor podataka (statistika, izveštaji, istraživanje) iz kog se meri.',
  'check.mePlan.frequency-missing':
    'Pokazatelj {code} nema učestalost prikupljanja podataka u planu praćenja i vrednovanja. Izaberite koliko često se podaci prikupljaju.',
  'check.mePlan.frequency-unknown':
    'Učestalost „{value}“ pokazatelja {code} nije jedna od učestalosti plana. Izaberite jednu sa padajuće liste.',
  'check.mePlan.responsible-missing':
    'Niko nije zadužen za prikupljanje podataka za pokazatelj {code}. Navedite jedinicu ili osobu koja ih prikuplja.',
  'check.mePlan.responsible-unknown':
    'Onaj ko prikuplja podatke za pokazatelj {code}, „{value}“, nije institucija plana. Upotrebite instituciju sa liste institucija (uz jedinicu, npr. „MUP – Odeljenje X“) ili dodajte instituciju.',
  'check.activity.text-missing': 'Aktivnost {code} nema tekst. Opišite šta će se uraditi.',
  'check.activity.responsible-missing': 'Aktivnost {code} nema nosioca. Navedite nadležnu instituciju.',
  'check.activity.responsible-unknown':
    'Nosilac aktivnosti {code}, „{value}“, nije institucija plana. Upotrebite instituciju sa liste institucija (uz jedinicu, npr. „MUP – Odeljenje X“) ili dodajte instituciju.',
  'check.activity.start-missing':
    'Aktivnost {code} nema datum početka. Unesite kvartal („I kvartal“, „Q1 2026“) ili datum.',
  'check.activity.completion-missing':
    'Aktivnost {code} nema planirani datum završetka. Unesite kvartal („IV kvartal“, „Q4 2026“) ili datum.',
  'check.activity.date-invalid':
    'Vrednost „{value}“ ({field}) aktivnosti {code} ne može da se pročita kao datum. Napišite kvartal („II kvartal“, „Q2 2026“), godinu ili datum.',
  'check.activity.date-without-year':
    'Vrednost „{value}“ ({field}) aktivnosti {code} nema godinu, a plan traje od {firstYear} do {lastYear}. Dodajte godinu (npr. „IV kvartal {firstYear}“).',
  'check.activity.dates-reversed':
    'Planirano je da se aktivnost {code} završi ({value}) pre nego što počne ({expected}). Ispravite datume.',
  'check.activity.date-outside-period':
    'Datum {value} ({field}) aktivnosti {code} je izvan perioda plana od {periodStart} do {periodEnd}. Postavite datum unutar perioda.',
  'check.activity.result-indicator-missing':
    'Aktivnost {code} nema pokazatelj rezultata. Navedite šta će pokazati da je sprovedena (npr. „Održana najmanje četiri sastanka“).',
  'check.activity.financial-estimate-missing':
    'Finansijska procena aktivnosti {code} ne navodi iznos niti kaže da sredstva nisu potrebna. Unesite iznos sa izvorom finansiranja ili „Nisu potrebna sredstva“.',
  'check.activity.amount-without-source':
    'Aktivnost {code} ima iznos ({value}), ali nema izvor finansiranja. Navedite budžet ili donatora iz kog se plaća.',
  'check.field.baseline': 'početna vrednost',
  'check.field.baselineDate': 'datum početne vrednosti',
  'check.field.midTarget': 'ciljna vrednost na sredini perioda',
  'check.field.endTarget': 'ciljna vrednost za kraj',
  'check.field.midDate': 'rok na sredini perioda',
  'check.field.endDate': 'krajnji rok',
  'check.field.start': 'datum početka',
  'check.field.completion': 'datum završetka',
  'checklist.a43-smart':
    'Ishodi i njihovi pokazatelji su specifični, merljivi, ostvarivi, realni i vremenski određeni (SMART).',
  'checklist.a43-influence':
    'Ishodi jasno određuju oblast rada u kojoj sve relevantne institucije i partneri mogu imati značajan uticaj.',
  'checklist.a43-worded-as-change':
    'Ishodi su formulisani kao promene: šta se promenilo, za koga (ako je važno) i kada.',
  'checklist.a43-gender':
    'Ishodi jasno uzimaju u obzir posebne interese i potrebe muškaraca, žena i/ili marginalizovanih grupa (ako je važno).',
  'checklist.a43-institutional-change':
    'Ishodi se odnose na promene institucionalnih kapaciteta i ponašanja koje treba da dovedu do održivog poboljšanja.',
  'checklist.a43-conditions-not-products':
    'Ishodi govore o promenama uslova i kapaciteta, a ne o isporuci proizvoda i usluga.',
  'checklist.a43-objectives-have-indicators':
    'Ishodi imaju pokazatelje koji pokazuju kako će se meriti željena promena.',
  'checklist.a43-clear-picture':
    'Svaki ishod i njegovi pokazatelji daju jasnu i preciznu sliku toga kako budućnost treba da izgleda.',
  'checklist.a43-process-and-effect':
    'Postoje pokazatelji koji mere i proces izrade rezultata i kvalitet ili efekat onoga što je urađeno.',
  'checklist.annex1-areas-have-objectives': 'Svaka strateška oblast ima operativne ciljeve.',
  'checklist.annex1-activities-each-area': 'Akcioni plan sadrži aktivnosti za svaku stratešku oblast.',
  'checklist.annex1-responsibilities': 'Svaka aktivnost ima jasno određenog nosioca.',
  'checklist.annex1-timelines': 'Svaka aktivnost ima datum početka i završetka unutar perioda plana.',
  'checklist.annex1-budget':
    'Svaka aktivnost ima budžetsku stavku: iznos sa izvorom finansiranja ili „nisu potrebna sredstva“.',
  'checklist.annex1-baselines': 'Svaki pokazatelj ima početnu vrednost, da bi se kasnije mogao oceniti napredak.',
  'checklist.annex1-measurable-indicators': 'Pokazatelji su merljivi, realni i vremenski određeni.',
  'checklist.annex1-qualitative-indicators':
    'Plan sadrži kvalitativne pokazatelje sa početnim vrednostima i ciljnim vrednostima.',
  'checklist.annex1-me-criteria':
    'Plan određuje praćenje, vrednovanje i preispitivanje: kako, koliko često i ko meri svaki pokazatelj i kako se sprovode preispitivanje i izveštavanje.',
  'checklist.annex1-risks': 'Plan sadrži procenu rizika i strategije za njihovo ublažavanje.',
  'checklist.annex1-realistic-resources':
    'Akcioni plan je realan s obzirom na ljudske i finansijske resurse i kapacitete odgovornih aktera.',
  'check.sheet.value-became-date':
    "Excel je ono što je upisano u koloni „{column}“ na listu „{sheet}“, red {row}, pretvorio u datum {value}. Ako je mišljen broj ili razlomak, upišite ga ponovo kao decimalni broj ili sa apostrofom ispred ('3/4) da ostane tekst.",
};
