import type { checks as english } from '../en/checks';
import type { AreaCatalogue } from '../message';

export const checks: AreaCatalogue<typeof english> = {
  'check.settings.period-reversed':
    'Period plana se završava ({periodEnd}) prije nego što počinje ({periodStart}). Ispravite datume početka i kraja u postavkama.',
  'check.sheet.missing-table':
    'U listu „{sheet}“ nedostaje tabela koja je potrebna NAP Monitoru. Vratite je (poništite brisanje ili ponovo postavite radnu svesku plana).',
  'check.sheet.missing-column':
    'U tabeli na listu „{sheet}“ (red zaglavlja {row}) nedostaje kolona „{column}“: obrisana je ili joj je zaglavlje preimenovano. Vratite koloni zaglavlje „{column}“ da bi njene vrijednosti mogle da se pročitaju.',
  'check.sheet.unknown-list-value':
    '„{value}“ u koloni „{column}“ na listu „{sheet}“, red {row}, nije dozvoljena vrijednost. Odaberite vrijednost sa padajuće liste.',
  'check.structure.duplicate-code': 'Šifra {code} je upotrebljena više puta. Dajte svakom zapisu sopstvenu šifru.',
  'check.structure.parent-missing':
    '{code} upućuje na „{parent}“, koga nema u planu. Unesite šifru postojećeg zapisa kome pripada.',
  'check.structure.code-not-under-parent':
    '{code} nije pod svojim nadređenim zapisom {parent}. Numerišite ga kao {parent}.n ili ga premjestite pod pravi nadređeni zapis.',
  'check.structure.area-without-objective':
    'Strateška oblast {code} nema cilj. Dodajte joj bar jedan operativni cilj ili uklonite oblast.',
  'check.structure.objective-without-indicator':
    'Cilj {code} nema indikator učinka. Dodajte bar jedan indikator koji pokazuje kako će se mjeriti promjena.',
  'check.structure.key-measure-without-activity':
    'Ključna mjera {code} nema aktivnost. Dodajte aktivnosti kojima će se provesti.',
  'check.structure.indicator-not-in-me-plan':
    'Indikator {code} nije u planu praćenja i vrednovanja. Dodajte red koji kaže kako, koliko često i ko ga mjeri.',
  'check.structure.me-row-not-in-nap':
    'Plan praćenja i vrednovanja ima red za indikator {code}, koga akcioni plan nema. Ispravite šifru ili obrišite red.',
  'check.structure.me-value-differs':
    'Plan praćenja i vrednovanja prikazuje „{value}“ kao {field} indikatora {code}, a akcioni plan navodi „{expected}“. Vratite formulu ili prepišite vrijednost iz akcionog plana.',
  'check.indicator.text-missing':
    'Indikator {code} nema tekst. Navedite šta indikator mjeri (npr. „Broj identifikovanih žrtava“).',
  'check.indicator.baseline-missing':
    'Indikator {code} nema početnu vrijednost. Unesite vrijednost izmjerenu prije početka plana (broj, procenat ili stanje kao što je „ne postoji sistem“).',
  'check.indicator.baseline-not-measurable':
    'Početna vrijednost indikatora {code}, „{value}“, nije mjerljiva vrijednost. Unesite broj, procenat ili jasno stanje.',
  'check.indicator.baseline-date-missing':
    'Početna vrijednost indikatora {code} nema datum. Unesite godinu ili datum mjerenja.',
  'check.indicator.mid-target-missing':
    'Indikator {code} nema ciljnu vrijednost na sredini perioda. Unesite vrijednost koja se očekuje na sredini provođenja.',
  'check.indicator.end-target-missing':
    'Indikator {code} nema ciljnu vrijednost za kraj. Unesite vrijednost koja se očekuje na kraju provođenja.',
  'check.indicator.target-not-measurable':
    'Vrijednost „{value}“ ({field}) indikatora {code} nije mjerljiva ciljna vrijednost. Navedite broj, procenat, prekretnicu („uspostavljen“, „usvojen“) ili nivo.',
  'check.indicator.relative-target-unresolvable':
    'Vrijednost „{value}“ ({field}) indikatora {code} je ciljna vrijednost zadata u odnosu na početnu vrijednost, ali početna vrijednost „{baseline}“ nema broj na koji bi se primijenila. Unesite brojčanu početnu vrijednost ili apsolutnu ciljnu vrijednost.',
  'check.indicator.kind-mismatch':
    'Vrijednost „{value}“ ({field}) indikatora {code} nije iste vrste kao njegova početna vrijednost „{baseline}“ (na primjer broj naspram procenta). Izrazite obe na isti način, kao ciljnu vrijednost i početnu vrijednost iste vrste.',
  'check.indicator.direction-contradicted':
    'Indikator {code} treba da ide u smjeru „{direction}“, ali njegova vrijednost {value} ({field}) ide u suprotnom smjeru od početne vrijednosti ({baseline}). Ispravite ciljnu vrijednost ili smjer.',
  'check.indicator.target-equals-baseline':
    'Indikator {code} treba da ide u smjeru „{direction}“, ali je njegova vrijednost {value} ({field}) ista kao početna vrijednost. Postavite ciljnu vrijednost kojoj plan teži ili promijenite smjer u „održavanje“.',
  'check.indicator.mid-target-beyond-end':
    'Ciljna vrijednost na sredini perioda indikatora {code} ({value}) ide dalje u smjeru „{direction}“ od ciljne vrijednosti za kraj ({expected}). Ispravite jednu od njih.',
  'check.indicator.value-approximate':
    'Vrijednost „{value}“ ({field}) indikatora {code} je približna. Unesite sam broj, da bi se napredak mogao mjeriti u odnosu na njega.',
  'check.indicator.percent-out-of-range':
    'Vrijednost {value} ({field}) procentualnog indikatora {code} je izvan opsega 0–100. Ispravite vrijednost ili vrstu indikatora.',
  'check.indicator.date-invalid':
    'Vrijednost „{value}“ ({field}) indikatora {code} ne može da se pročita kao datum. Napišite godinu, kvartal („Q3 2026“, „IV kvartal“) ili datum.',
  'check.indicator.date-without-year':
    'Vrijednost „{value}“ ({field}) indikatora {code} nema godinu, a plan traje od {firstYear} do {lastYear}. Dodajte godinu (npr. „Q4 {lastYear}“).',
  'check.indicator.target-date-outside-period':
    'Datum {value} ({field}) indikatora {code} je izvan perioda plana od {periodStart} do {periodEnd}. Postavite datum unutar perioda.',
  'check.indicator.target-date-before-baseline':
    'Datum {value} ({field}) indikatora {code} je prije datuma njegove početne vrijednosti ({baseline}). Ciljna vrijednost mora da dođe poslije početne vrijednosti.',
  'check.indicator.mid-date-after-end-date':
    'Rok na sredini perioda indikatora {code} ({value}) je poslije krajnjeg roka ({expected}). Zamijenite ili ispravite datume.',
  'check.mePlan.means-of-verification-missing':
    'Indikator {code} nema izvor verifikacije u planu praćenja i vrednovanja. Navedite izvor podataka (statistika, izvještaji, istraživanje) iz kog se mjeri.',
  'check.mePlan.frequency-missing':
    'Indikator {code} nema učestalost prikupljanja podataka u planu praćenja i vrednovanja. Odaberite koliko često se podaci prikupljaju.',
  'check.mePlan.frequency-unknown':
    'Učestalost „{value}“ indikatora {code} nije jedna od učestalosti plana. Odaberite jednu sa padajuće liste.',
  'check.mePlan.responsible-missing':
    'Niko nije zadužen za prikupljanje podataka za indikator {code}. Navedite jedinicu ili osobu koja ih prikuplja.',
  'check.mePlan.responsible-unknown':
    'Onaj ko prikuplja podatke za indikator {code}, „{value}“, nije institucija plana. Upotrebite instituciju sa liste institucija (uz jedinicu, npr. „MUP – Odjeljenje X“) ili dodajte instituciju.',
  'check.activity.text-missing': 'Aktivnost {code} nema tekst. Opišite šta će se uraditi.',
  'check.activity.responsible-missing': 'Aktivnost {code} nema nosioca. Navedite nadležnu instituciju.',
  'check.activity.responsible-unknown':
    'Nosilac aktivnosti {code}, „{value}“, nije institucija plana. Upotrebite instituciju sa liste institucija (uz jedinicu, npr. „MUP – Odjeljenje X“) ili dodajte instituciju.',
  'check.activity.start-missing':
    'Aktivnost {code} nema datum početka. Unesite kvartal („I kvartal“, „Q1 2026“) ili datum.',
  'check.activity.completion-missing':
    'Aktivnost {code} nema planirani datum završetka. Unesite kvartal („IV kvartal“, „Q4 2026“) ili datum.',
  'check.activity.date-invalid':
    'Vrijednost „{value}“ ({field}) aktivnosti {code} ne može da se pročita kao datum. Napišite kvartal („II kvartal“, „Q2 2026“), godinu ili datum.',
  'check.activity.date-without-year':
    'Vrijednost „{value}“ ({field}) aktivnosti {code} nema godinu, a plan traje od {firstYear} do {lastYear}. Dodajte godinu (npr. „IV kvartal {firstYear}“).',
  'check.activity.dates-reversed':
    'Planirano je da se aktivnost {code} završi ({value}) prije nego što počne ({expected}). Ispravite datume.',
  'check.activity.date-outside-period':
    'Datum {value} ({field}) aktivnosti {code} je izvan perioda plana od {periodStart} do {periodEnd}. Postavite datum unutar perioda.',
  'check.activity.result-indicator-missing':
    'Aktivnost {code} nema indikator rezultata. Navedite šta će pokazati da je provedena (npr. „Održana najmanje četiri sastanka“).',
  'check.activity.financial-estimate-missing':
    'Finansijska procjena aktivnosti {code} ne navodi iznos niti kaže da sredstva nisu potrebna. Unesite iznos sa izvorom finansiranja ili „Nisu potrebna sredstva“.',
  'check.activity.amount-without-source':
    'Aktivnost {code} ima iznos ({value}), ali nema izvor finansiranja. Navedite budžet ili donatora iz kog se plaća.',
  'check.field.baseline': 'početna vrijednost',
  'check.field.baselineDate': 'datum početne vrijednosti',
  'check.field.midTarget': 'ciljna vrijednost na sredini perioda',
  'check.field.endTarget': 'ciljna vrijednost za kraj',
  'check.field.midDate': 'rok na sredini perioda',
  'check.field.endDate': 'krajnji rok',
  'check.field.start': 'datum početka',
  'check.field.completion': 'datum završetka',
  'checklist.a43-smart':
    'Ishodi i njihovi indikatori su specifični, mjerljivi, ostvarivi, realni i vremenski određeni (SMART).',
  'checklist.a43-influence':
    'Ishodi jasno određuju oblast rada u kojoj sve relevantne institucije i partneri mogu imati značajan uticaj.',
  'checklist.a43-worded-as-change':
    'Ishodi su formulisani kao promjene: šta se promijenilo, za koga (ako je važno) i kada.',
  'checklist.a43-gender':
    'Ishodi jasno uzimaju u obzir posebne interese i potrebe muškaraca, žena i/ili marginalizovanih grupa (ako je važno).',
  'checklist.a43-institutional-change':
    'Ishodi se odnose na promjene institucionalnih kapaciteta i ponašanja koje treba da dovedu do održivog poboljšanja.',
  'checklist.a43-conditions-not-products':
    'Ishodi govore o promjenama uslova i kapaciteta, a ne o isporuci proizvoda i usluga.',
  'checklist.a43-objectives-have-indicators':
    'Ishodi imaju indikatore koji pokazuju kako će se mjeriti željena promjena.',
  'checklist.a43-clear-picture':
    'Svaki ishod i njegovi indikatori daju jasnu i preciznu sliku toga kako budućnost treba da izgleda.',
  'checklist.a43-process-and-effect':
    'Postoje indikatori koji mjere i proces izrade rezultata i kvalitet ili efekat onoga što je urađeno.',
  'checklist.annex1-areas-have-objectives': 'Svaka strateška oblast ima operativne ciljeve.',
  'checklist.annex1-activities-each-area': 'Akcioni plan sadrži aktivnosti za svaku stratešku oblast.',
  'checklist.annex1-responsibilities': 'Svaka aktivnost ima jasno određenog nosioca.',
  'checklist.annex1-timelines': 'Svaka aktivnost ima datum početka i završetka unutar perioda plana.',
  'checklist.annex1-budget':
    'Svaka aktivnost ima budžetsku stavku: iznos sa izvorom finansiranja ili „nisu potrebna sredstva“.',
  'checklist.annex1-baselines': 'Svaki indikator ima početnu vrijednost, da bi se kasnije mogao ocijeniti napredak.',
  'checklist.annex1-measurable-indicators': 'Indikatori su mjerljivi, realni i vremenski određeni.',
  'checklist.annex1-qualitative-indicators':
    'Plan sadrži kvalitativne indikatore sa početnim vrijednostima i ciljnim vrijednostima.',
  'checklist.annex1-me-criteria':
    'Plan određuje praćenje, vrednovanje i preispitivanje: kako, koliko često i ko mjeri svaki indikator i kako se sprovode preispitivanje i izvještavanje.',
  'checklist.annex1-risks': 'Plan sadrži procjenu rizika i strategije za njihovo ublažavanje.',
  'checklist.annex1-realistic-resources':
    'Akcioni plan je realan s obzirom na ljudske i finansijske resurse i kapacitete odgovornih aktera.',
  'check.sheet.value-became-date':
    "Excel je ono što je upisano u koloni „{column}“ na listu „{sheet}“, red {row}, pretvorio u datum {value}. Ako je mišljen broj ili razlomak, upišite ga ponovo kao decimalni broj ili s apostrofom ispred ('3/4) da ostane tekst.",
};
