import type { forms as english } from '../en/forms';
import type { AreaCatalogue } from '../message';

export const forms: AreaCatalogue<typeof english> = {
  'forms.sheet.instructions': 'Uputstvo',
  'forms.sheet.form': 'Izveštaj o napretku',
  'forms.title': 'Izveštaj o napretku: {plan}',
  'forms.header.institution': 'Institucija / organizacija',
  'forms.header.contactPerson': 'Kontakt osoba',
  'forms.header.period': 'Izveštajni period',
  'forms.header.dueDate': 'Molimo vratite do',
  'forms.header.reportingTo': 'Izveštava se',
  'forms.header.observations': 'Opšta zapažanja',
  'forms.periodRange': '{period} ({start} do {end})',
  'forms.section.indicators': 'Pokazatelji učinka',
  'forms.section.activities': 'Aktivnosti',
  'forms.row.area': 'Oblast {code}: {name}',
  'forms.row.outcome': 'Ishod {code}: {text}',
  'forms.row.category': '   od toga: {category}',
  'forms.col.code': 'Šifra',
  'forms.col.indicator': 'Pokazatelj',
  'forms.col.activity': 'Aktivnost',
  'forms.col.unit': 'Jedinica',
  'forms.col.baseline': 'Početna vrednost',
  'forms.col.midTarget': 'Ciljna vrednost na sredini perioda',
  'forms.col.endTarget': 'Ciljna vrednost za kraj',
  'forms.col.lastValue': 'Vaša vrednost u prošlom periodu',
  'forms.col.value': 'Vrednost u ovom periodu',
  'forms.col.numerator': 'Brojilac',
  'forms.col.denominator': 'Imenilac',
  'forms.col.outputs': 'Ostvareni rezultati',
  'forms.col.activities': 'Sprovedene aktivnosti',
  'forms.col.assessment': 'Ocena',
  'forms.col.budgetSpent': 'Utrošena sredstva',
  'forms.col.donors': 'Donatori',
  'forms.col.comment': 'Komentar',
  'forms.col.start': 'Planirani početak',
  'forms.col.completion': 'Planirani završetak',
  'forms.col.implementation': 'Status sprovođenja',
  'forms.col.implementationDate': 'Datum',
  'forms.instructions.title': 'Izveštaj o napretku: {plan}',
  'forms.instructions.for': 'Za: {agency}. Izveštajni period: {period}.',
  'forms.instructions.fill':
    'Popunite žute ćelije sa plavim okvirom na listu „{sheet}“: kontakt osobu, opšta zapažanja i, za svaki pokazatelj i aktivnost, šta je vaša institucija ostvarila u periodu.',
  'forms.instructions.numbers':
    'Brojke upisujte kao obične brojeve (12, a ne „12 slučajeva“), a datume kao datume. Sive ćelije prikazuju plan (početna vrednost, ciljne vrednosti) i vašu vrednost iz prošlog perioda: ne mogu da se menjaju.',
  'forms.instructions.ratio':
    'Gde je pokazatelj udeo, navedite brojilac i imenilac, a ne procenat. Gde obrazac traži raščlanjavanje (žene, muškarci, devojčice, dečaci ili druge kategorije), navedite svaki deo i ukupno.',
  'forms.instructions.assessment':
    'Sami ocenite svaki pokazatelj, U skladu sa planom ili Odstupa od plana, realno u odnosu na ciljne vrednosti i ostvarene rezultate, i u komentaru navedite zašto.',
  'forms.instructions.activities':
    'Za svaku aktivnost izaberite status sprovođenja i navedite datum kada je završena ili poslednji put pomerena napred.',
  'forms.instructions.locked':
    'Ne dodajte, ne brišite i ne premeštajte redove ili listove i ne preimenujte listove datoteke: obrazac se automatski čita.',
  'forms.instructions.deadline': 'Molimo vratite popunjen obrazac do {dueDate} na: {returnTo}.',
  'forms.instructions.coordinator': 'kancelarija koja koordinira nacionalni akcioni plan',
  'forms.instructions.personalData':
    'Ne unosite lične podatke žrtava niti drugih osoba: bez imena, datuma rođenja, matičnih brojeva ili brojeva pasoša, adresa, brojeva telefona ili adresa e-pošte. Navodite samo brojke i anonimne opise.',
  'forms.validation.title': 'Proverite ovu vrednost',
  'forms.validation.number': 'Upišite samo broj, bez reči ili jedinica (12, a ne „12 slučajeva“).',
  'forms.validation.notNegative': 'Upišite broj nula ili veći, bez reči ili jedinica.',
  'forms.validation.date': 'Upišite datum, na primer 2026-06-30.',
  'forms.validation.list': 'Izaberite jednu od vrednosti sa liste.',
  'forms.error.unknownPeriod':
    'U datoteci {file}, plan nema izveštajni period „{period}“. Njegovi periodi su: {known}.',
  'forms.error.unknownAgency':
    'U datoteci {file}, lista institucija nema instituciju „{agency}“. Institucije su: {known}.',
  'forms.settingIssue.notDays': 'Podešavanje {key} ima vrednost „{value}“, koja nije broj dana; koristi se 15 dana.',
  'forms.settingIssue.notADate':
    'Podešavanje {key} ima vrednost „{value}“, koja nije datum (YYYY-MM-DD); koristi se 31. mart.',
  'cli.forms.summary':
    'Upisuje obrazac za izveštavanje (Prilog 5) svake institucije za jedan izveštajni period; datoteka plana se ne menja.',
  'cli.forms.usage':
    'Upotreba: nap-monitor forms plan.xlsx --period PERIOD --out FASCIKLA [--agency ŠIFRA,...] [--force] [--language ŠIFRA]\n\n' +
    'Upisuje po jedan .xlsx obrazac o napretku za svaku instituciju odgovornu za pokazatelj (plan praćenja) ili aktivnost,\n' +
    'za jedan izveštajni period plana, u postojeću fasciklu. Obrasci su zaštićeni, a ćelije za unos označene.\n' +
    'Beleže se kao očekivani u registru dostava datoteke plana; ništa drugo se u datoteci ne menja.\n\n' +
    'Opcije:\n' +
    '  --period PERIOD     izveštajni period, npr. 2026-Q2, 2026-H1 ili 2026, kako plan izveštava\n' +
    '  --out FASCIKLA      fascikla u koju se upisuju obrasci\n' +
    '  --agency ŠIFRA,...   samo ove institucije (podrazumevano: svaka institucija koja ima šta da prijavi)\n' +
    '  --force             zameni obrasce koji su već u fascikli\n' +
    '  --language ŠIFRA     jezik poruka: {languages} (podrazumevano: en); obrasci su na jeziku plana',
  'cli.forms.written': '{file}\t{agency}\tpokazatelji: {indicators}, aktivnosti: {activities}',
  'cli.forms.skipped': 'Nema obrasca za {agencies}: nijedan pokazatelj ni aktivnost ih ne navodi kao odgovorne.',
  'cli.forms.summaryLine': 'Obrasci za {period}: {count}, rok {due}.',
  'cli.forms.planUntouched':
    '{file} je ostala kakva jeste, pa ovi obrasci nisu u njenom registru dostava: {detail}. Napravite ih u panelu Obrasci u dodatku da biste ih zabeležili.',
  'delivery.downloaded': '{file} se preuzima: potražite je u fascikli Preuzimanja.',
  'delivery.zipped':
    'Datoteke ({count}) se preuzimaju kao jedna zip datoteka, {file}: potražite je u fascikli Preuzimanja.',
  'delivery.opened':
    'Excel je otvorio nove radne sveske ({count}; mogu se otvoriti iza ovog prozora): sačuvajte svaku tamo gde čuvate obrasce.',
  'delivery.unavailable.macNotWorkbook':
    'Excel za Mac ne može da sačuva ovu datoteku iz dodatka. Otvorite radnu svesku u Excelu za veb ili koristite komandnu liniju nap-monitor da biste je dobili.',
  'delivery.unavailable.macNoCreateWorkbook':
    'Ova verzija Excela za Mac ne može da vam preda datoteke iz dodatka (potreban je Excel 2021 ili Microsoft 365). Umesto toga koristite Excel za veb ili komandnu liniju nap-monitor.',
  'delivery.unavailable.mobile':
    'Excel na telefonu ili tabletu ne može da čuva datoteke iz dodatka. Otvorite radnu svesku u Excelu na računaru ili na vebu.',
  'ui.tab.forms': 'Obrasci',
  'ui.forms.heading': 'Obrasci o napretku za institucije',
  'ui.forms.intro':
    'Pravi obrazac o napretku (Prilog 5) svake institucije za jedan izveštajni period, sa njenim pokazateljima i aktivnostima, spreman za slanje. Obrasci se beleže kao očekivani u listu Dostave.',
  'ui.forms.noPlan':
    'Najpre postavite radnu svesku plana: obrasci se prave od njenih pokazatelja, aktivnosti i institucija.',
  'ui.forms.period': 'Izveštajni period',
  'ui.forms.periodOption': '{period} (rok {due})',
  'ui.forms.agencies': 'Institucije',
  'ui.forms.share': 'Pokazatelji: {indicators}, aktivnosti: {activities}',
  'ui.forms.nothingToReport':
    'Nema šta da se prijavi: nijedan pokazatelj ni aktivnost ne navodi ovu instituciju kao odgovornu.',
  'ui.forms.run': {
    one: 'Napravi {count} obrazac',
    few: 'Napravi {count} obrasca',
    other: 'Napravi {count} obrazaca',
  },
  'ui.forms.running': 'Pravljenje obrazaca…',
  'ui.forms.noneChosen': 'Izaberite bar jednu instituciju.',
  'ui.forms.zipName': 'obrasci-o-napretku-{period}.zip',
  'ui.forms.built': 'Obrasci za {period}: {count}, rok {due}',
  'ui.forms.registered': 'Dodato u list Dostave kao očekivano: {count} (obrasci koji su već tamo ostaju kakvi jesu).',
  'setting.forms.dueDays': 'Obrasci: broj dana od kraja izveštajnog perioda do roka za obrazac',
  'setting.forms.reportDueDate':
    'Rok za godišnji izveštaj (prvi; naredne godine istog dana i meseca). Rok za podatke: mesec dana ranije',
  'setting.forms.returnTo': 'Obrasci: kome ih institucije vraćaju (kancelarija, e-pošta)',
  'setting.forms.password': 'Obrasci: lozinka za zaštitu (ostavite prazno ako je nema)',
  'title.submissions': 'Dostave: ko je izvestio za koji period',
  'forms.category.women': 'žene',
  'forms.category.men': 'muškarci',
  'forms.category.girls': 'devojčice',
  'forms.category.boys': 'dečaci',
  'forms.category.adults': 'odrasli',
  'forms.category.children': 'deca',

  'col.submission.agency': 'Institucija',
  'col.submission.period': 'Period',
  'col.submission.formId': 'ID obrasca',
  'col.submission.dueDate': 'Rok',
  'col.submission.issuedAt': 'Obrazac izdat',
  'col.submission.receivedAt': 'Primljeno',
  'col.submission.timeliness': 'Na vreme',
  'col.submission.state': 'Stanje',
  'col.submission.fileName': 'Datoteka',
  'col.submission.sha256': 'SHA-256',
  'col.submission.values': 'Vrednosti',
  'col.submission.problems': 'Problemi',
  'sheet.submissions': 'Dostave',
  'forms.state.expected': 'Očekivano',
  'forms.state.accepted': 'Prihvaćeno',
  'forms.state.acceptedWithWarnings': 'Prihvaćeno uz upozorenja',
  'forms.state.refused': 'Odbijeno',
  'forms.state.superseded': 'Zamenjeno',
  'forms.timeliness.onTime': 'Na vreme',
  'forms.timeliness.late': 'Kasni',
  'forms.timeliness.missing': 'Nedostaje',
  'cli.forms.registered': '{file}: obrazaca zabeleženih kao očekivani u registru dostava: {count}.',
  'cli.forms.alreadyRegistered': '{file} nije izmenjena: ovi obrasci su već u njenom registru dostava.',
  'ui.forms.noPeriods':
    'Plan nema nijedan izveštajni period: proverite u listu Podešavanja da li se period plana završava posle početka.',
};
