import type { forms as english } from '../en/forms';
import type { AreaCatalogue } from '../message';

export const forms: AreaCatalogue<typeof english> = {
  'forms.sheet.instructions': 'Uputstvo',
  'forms.sheet.form': 'Izvještaj o napretku',
  'forms.title': 'Izvještaj o napretku: {plan}',
  'forms.header.institution': 'Institucija / organizacija',
  'forms.header.contactPerson': 'Kontakt osoba',
  'forms.header.period': 'Izvještajni period',
  'forms.header.dueDate': 'Molimo vratite do',
  'forms.header.reportingTo': 'Izvještava se',
  'forms.header.observations': 'Opća zapažanja',
  'forms.periodRange': '{period} ({start} do {end})',
  'forms.section.indicators': 'Indikatori učinka',
  'forms.section.activities': 'Aktivnosti',
  'forms.row.area': 'Oblast {code}: {name}',
  'forms.row.outcome': 'Ishod {code}: {text}',
  'forms.row.category': '   od toga: {category}',
  'forms.col.code': 'Šifra',
  'forms.col.indicator': 'Indikator',
  'forms.col.activity': 'Aktivnost',
  'forms.col.unit': 'Jedinica',
  'forms.col.baseline': 'Početna vrijednost',
  'forms.col.midTarget': 'Ciljna vrijednost na sredini perioda',
  'forms.col.endTarget': 'Ciljna vrijednost za kraj',
  'forms.col.lastValue': 'Vaša vrijednost u prošlom periodu',
  'forms.col.value': 'Vrijednost u ovom periodu',
  'forms.col.numerator': 'Brojilac',
  'forms.col.denominator': 'Imenilac',
  'forms.col.outputs': 'Ostvareni rezultati',
  'forms.col.activities': 'Provedene aktivnosti',
  'forms.col.assessment': 'Ocjena',
  'forms.col.budgetSpent': 'Utrošena sredstva',
  'forms.col.donors': 'Donatori',
  'forms.col.comment': 'Komentar',
  'forms.col.start': 'Planirani početak',
  'forms.col.completion': 'Planirani završetak',
  'forms.col.implementation': 'Status provođenja',
  'forms.col.implementationDate': 'Datum',
  'forms.instructions.title': 'Izvještaj o napretku: {plan}',
  'forms.instructions.for': 'Za: {agency}. Izvještajni period: {period}.',
  'forms.instructions.fill':
    'Popunite žute ćelije sa plavim okvirom na listu „{sheet}“: kontakt osobu, opća zapažanja i, za svaki indikator i aktivnost, šta je vaša institucija ostvarila u periodu.',
  'forms.instructions.numbers':
    'Brojke upisujte kao obične brojeve (12, a ne „12 slučajeva“), a datume kao datume. Sive ćelije prikazuju plan (početna vrijednost, ciljne vrijednosti) i vašu vrijednost iz prošlog perioda: ne mogu da se mijenjaju.',
  'forms.instructions.ratio':
    'Gdje je indikator udio, navedite brojilac i imenilac, a ne procenat. Gdje obrazac traži raščlanjavanje (žene, muškarci, djevojčice, dječaci ili druge kategorije), navedite svaki dio i ukupno.',
  'forms.instructions.assessment':
    'Sami ocijenite svaki indikator, U skladu sa planom ili Odstupa od plana, realno u odnosu na ciljne vrijednosti i ostvarene rezultate, i u komentaru navedite zašto.',
  'forms.instructions.activities':
    'Za svaku aktivnost odaberite status provođenja i navedite datum kada je završena ili posljednji put pomerena napred.',
  'forms.instructions.locked':
    'Ne dodajte, ne brišite i ne premještajte redove ili listove i ne preimenujte listove datoteke: obrazac se automatski čita.',
  'forms.instructions.deadline': 'Molimo vratite popunjen obrazac do {dueDate} na: {returnTo}.',
  'forms.instructions.coordinator': 'ureda koja koordinira nacionalni akcioni plan',
  'forms.instructions.personalData':
    'Ne unosite lične podatke žrtava niti drugih osoba: bez imena, datuma rođenja, matičnih brojeva ili brojeva pasoša, adresa, brojeva telefona ili adresa e-pošte. Navodite samo brojke i anonimne opise.',
  'forms.validation.title': 'Provjerite ovu vrijednost',
  'forms.validation.number': 'Upišite samo broj, bez riječi ili jedinica (12, a ne „12 slučajeva“).',
  'forms.validation.notNegative': 'Upišite broj nula ili veći, bez riječi ili jedinica.',
  'forms.validation.date': 'Upišite datum, na primjer 2026-06-30.',
  'forms.validation.list': 'Odaberite jednu od vrijednosti sa liste.',
  'forms.error.unknownPeriod':
    'U datoteci {file}, plan nema izvještajni period „{period}“. Njegovi periodi su: {known}.',
  'forms.error.unknownAgency':
    'U datoteci {file}, lista institucija nema instituciju „{agency}“. Institucije su: {known}.',
  'forms.settingIssue.notDays': 'Postavka {key} ima vrijednost „{value}“, koja nije broj dana; koristi se 15 dana.',
  'forms.settingIssue.notADate':
    'Postavka {key} ima vrijednost „{value}“, koja nije datum (YYYY-MM-DD); koristi se 31. mart.',
  'cli.forms.summary':
    'Upisuje obrazac za izvještavanje (Prilog 5) svake institucije za jedan izvještajni period; datoteka plana se ne mijenja.',
  'cli.forms.usage':
    'Upotreba: nap-monitor forms plan.xlsx --period PERIOD --out FASCIKLA [--agency ŠIFRA,...] [--force] [--language ŠIFRA]\n\n' +
    'Upisuje po jedan .xlsx obrazac o napretku za svaku instituciju odgovornu za indikator (plan praćenja) ili aktivnost,\n' +
    'za jedan izvještajni period plana, u postojeću fasciklu. Obrasci su zaštićeni, a ćelije za unos označene.\n' +
    'Bilježe se kao očekivani u registru dostava datoteke plana; ništa drugo se u datoteci ne mijenja.\n\n' +
    'Opcije:\n' +
    '  --period PERIOD     izvještajni period, npr. 2026-Q2, 2026-H1 ili 2026, kako plan izvještava\n' +
    '  --out FASCIKLA      fascikla u koju se upisuju obrasci\n' +
    '  --agency ŠIFRA,...   samo ove institucije (zadano: svaka institucija koja ima šta da prijavi)\n' +
    '  --force             zamijeni obrasce koji su već u fascikli\n' +
    '  --language ŠIFRA     jezik poruka: {languages} (zadano: en); obrasci su na jeziku plana',
  'cli.forms.written': '{file}\t{agency}\tindikatori: {indicators}, aktivnosti: {activities}',
  'cli.forms.skipped': 'Nema obrasca za {agencies}: nijedan indikator ni aktivnost ih ne navodi kao odgovorne.',
  'cli.forms.summaryLine': 'Obrasci za {period}: {count}, rok {due}.',
  'cli.forms.planUntouched':
    '{file} je ostala kakva jeste, pa ovi obrasci nisu u njenom registru dostava: {detail}. Napravite ih u panelu Obrasci u dodatku da ih zabilježite.',
  'delivery.downloaded': '{file} se preuzima: potražite je u fascikli Preuzimanja.',
  'delivery.zipped':
    'Datoteke ({count}) se preuzimaju kao jedna zip datoteka, {file}: potražite je u fascikli Preuzimanja.',
  'delivery.opened':
    'Excel je otvorio nove radne sveske ({count}; mogu se otvoriti iza ovog prozora): sačuvajte svaku tamo gdje čuvate obrasce.',
  'delivery.unavailable.macNotWorkbook':
    'Excel za Mac ne može da sačuva ovu datoteku iz dodatka. Otvorite radnu svesku u Excelu za web ili koristite komandnu liniju nap-monitor da biste je dobili.',
  'delivery.unavailable.macNoCreateWorkbook':
    'Ova verzija Excela za Mac ne može da vam preda datoteke iz dodatka (potreban je Excel 2021 ili Microsoft 365). Umjesto toga koristite Excel za web ili komandnu liniju nap-monitor.',
  'delivery.unavailable.mobile':
    'Excel na telefonu ili tabletu ne može da čuva datoteke iz dodatka. Otvorite radnu svesku u Excelu na računaru ili na webu.',
  'ui.tab.forms': 'Obrasci',
  'ui.forms.heading': 'Obrasci o napretku za institucije',
  'ui.forms.intro':
    'Pravi obrazac o napretku (Prilog 5) svake institucije za jedan izvještajni period, sa njenim indikatorima i aktivnostima, spreman za slanje. Obrasci se bilježe kao očekivani u listu Dostave.',
  'ui.forms.noPlan':
    'Najprije postavite radnu svesku plana: obrasci se prave od njenih indikatora, aktivnosti i institucija.',
  'ui.forms.period': 'Izvještajni period',
  'ui.forms.periodOption': '{period} (rok {due})',
  'ui.forms.agencies': 'Institucije',
  'ui.forms.share': 'Indikatori: {indicators}, aktivnosti: {activities}',
  'ui.forms.nothingToReport':
    'Nema šta da se prijavi: nijedan indikator ni aktivnost ne navodi ovu instituciju kao odgovornu.',
  'ui.forms.run': {
    one: 'Napravi {count} obrazac',
    few: 'Napravi {count} obrasca',
    other: 'Napravi {count} obrazaca',
  },
  'ui.forms.running': 'Pravljenje obrazaca…',
  'ui.forms.noneChosen': 'Odaberite bar jednu instituciju.',
  'ui.forms.zipName': 'obrasci-o-napretku-{period}.zip',
  'ui.forms.built': 'Obrasci za {period}: {count}, rok {due}',
  'ui.forms.registered': 'Dodato u list Dostave kao očekivano: {count} (obrasci koji su već tamo ostaju kakvi jesu).',
  'setting.forms.dueDays': 'Obrasci: broj dana od kraja izvještajnog perioda do roka za obrazac',
  'setting.forms.reportDueDate':
    'Rok za godišnji izvještaj (prvi; naredne godine istog dana i mjeseca). Rok za podatke: mjesec dana ranije',
  'setting.forms.returnTo': 'Obrasci: kome ih institucije vraćaju (ureda, e-pošta)',
  'setting.forms.password': 'Obrasci: lozinka za zaštitu (ostavite prazno ako je nema)',
  'title.submissions': 'Dostave: ko je izvijestio za koji period',
  'forms.category.women': 'žene',
  'forms.category.men': 'muškarci',
  'forms.category.girls': 'djevojčice',
  'forms.category.boys': 'dječaci',
  'forms.category.adults': 'odrasli',
  'forms.category.children': 'djeca',

  'col.submission.agency': 'Institucija',
  'col.submission.period': 'Period',
  'col.submission.formId': 'ID obrasca',
  'col.submission.dueDate': 'Rok',
  'col.submission.issuedAt': 'Obrazac izdat',
  'col.submission.receivedAt': 'Primljeno',
  'col.submission.timeliness': 'Na vrijeme',
  'col.submission.state': 'Stanje',
  'col.submission.fileName': 'Datoteka',
  'col.submission.sha256': 'SHA-256',
  'col.submission.values': 'Vrijednosti',
  'col.submission.problems': 'Problemi',
  'sheet.submissions': 'Dostave',
  'forms.state.expected': 'Očekivano',
  'forms.state.accepted': 'Prihvaćeno',
  'forms.state.acceptedWithWarnings': 'Prihvaćeno uz upozorenja',
  'forms.state.refused': 'Odbijeno',
  'forms.state.superseded': 'Zamijenjeno',
  'forms.timeliness.onTime': 'Na vrijeme',
  'forms.timeliness.late': 'Kasni',
  'forms.timeliness.missing': 'Nedostaje',
  'cli.forms.registered': '{file}: obrazaca zabilježenih kao očekivani u registru dostava: {count}.',
  'cli.forms.alreadyRegistered': '{file} nije izmijenjena: ovi obrasci su već u njenom registru dostava.',
  'ui.forms.noPeriods':
    'Plan nema nijedan izvještajni period: provjerite u listu Postavke da li se period plana završava poslije početka.',
};
