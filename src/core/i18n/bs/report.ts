import type { report as english } from '../en/report';
import type { AreaCatalogue } from '../message';

export const report: AreaCatalogue<typeof english> = {
  'report.title': 'Godišnji izvještaj o praćenju provođenja nacionalnog akcionog plana',
  'report.subtitle': '{plan}, {country}: {from} do {to}',
  'report.sheet': 'Izvještaj',
  'report.fileName': 'Izvještaj o praćenju NAP-a {from} do {to}',
  'report.sheet.areas': 'Indikatori po oblastima',
  'report.toc': 'Sadržaj',
  'report.page': 'Strana {page} od {pages}',
  'report.footer': '{title}: strana &P od &N',

  'report.titleBlock.plan': 'Plan',
  'report.titleBlock.country': 'Zemlja',
  'report.titleBlock.period': 'Izvještajni period',
  'report.titleBlock.asOf': 'Podaci na dan',
  'report.titleBlock.deadline': 'Godišnji rok za podatke',
  'report.titleBlock.generated': 'Napravljeno',
  'report.titleBlock.notSet': 'nije postavljeno',
  'report.titleBlock.range': '{from} do {to}',

  'report.section.intro': '1. Uvod',
  'report.section.developments': '2. Zapažanja o kretanjima u oblasti trgovine ljudima',
  'report.section.policy': '3. Nacionalne politike i pravni okvir za borbu protiv trgovine ljudima',
  'report.section.compliance': '4. Usklađenost sa međunarodnim pravnim standardima',
  'report.section.progress': '5. Napredak u provođenju nacionalnog akcionog plana ({from} do {to})',
  'report.section.general': 'a. Opća zapažanja',
  'report.section.overall': 'b. Ukupni rezultati i postignuća u izvještajnom periodu',
  'report.section.detailed': 'Detaljni rezultati i postignuća u izvještajnom periodu',
  'report.section.observations': 'c. Zapažanja, komentari',
  'report.section.lessons': 'd. Naučene lekcije',
  'report.section.nextSteps': 'e. Sljedeći koraci / dalji pravac',
  'report.section.outcomeComment': 'Komentar na ishod {code}',
  'report.section.summary': 'Sažetak',
  'report.section.outcomes': 'Ishodi u skladu sa planom i oni koji odstupaju od plana',

  'report.guidance.intro':
    'Ko izvještava o čemu (institucija, kontakt osoba); izvještajni period; kome se izvještaj podnosi; ko je učestvovao u izvještavanju.',
  'report.guidance.developments':
    'Priroda i obim problema i kretanja; promjene u načinu dijelovanja učinilaca; promjene u profilu žrtava.',
  'report.guidance.policy': 'Promjene politika i pravnog okvira.',
  'report.guidance.compliance':
    'Stanje i/ili promjene pravnog okvira u vezi sa usklađenošću sa međunarodnim pravnim standardima.',
  'report.guidance.general':
    'Kako je teklo provođenje u izvještajnoj fazi; institucionalni aranžmani za provođenje; uočeni izazovi; planirano ili započeto preispitivanje ili vrednovanje.',
  'report.guidance.overall':
    'Ukupni rezultati i postignuća provođenja u odnosu na ciljeve i ishode: promjene koje se mogu pripisati aktivnostima akcionog plana.',
  'report.guidance.outcomeComment':
    'Vaš komentar na ovaj ishod: ono što brojke ne kažu i zašto odstupa od plana tamo gdje odstupa.',
  'report.guidance.observations': 'Sva zapažanja ili komentari u vezi sa provođenjem NAP-a.',
  'report.guidance.lessons':
    'Lekcije naučene u izvještajnom periodu koje zahtijevaju drugačiji pristup u sljedećem izvještajnom periodu.',
  'report.guidance.nextSteps':
    'Kako će se borba protiv trgovine ljudima nastaviti u sljedećem izvještajnom periodu: institucionalne promjene, promjene težišta, postupanje po preispitivanju ili vrednovanju, planirano izvještavanje.',
  'report.notWritten': '(još nije napisano)',

  'report.summary.group.indicators': 'Indikatori',
  'report.summary.group.activities': 'Aktivnosti',
  'report.summary.group.reporting': 'Institucije koje izvještavaju',
  'report.summary.group.rule': 'Kako se računa status',
  'report.summary.expected': 'Očekivani izvještaji',
  'report.summary.received': 'Primljeni izvještaji',
  'report.summary.rate': 'Stopa izvještavanja',
  'report.summary.rateValue': '{rate} %',
  'report.summary.missing': 'Izvještaji koji nedostaju',
  'report.summary.reportingLine':
    'Institucije koje izvještavaju: primljeno {received} od {expected} očekivanih izvještaja ({rate} %).',
  'report.summary.reportingNone':
    'Institucije koje izvještavaju: u izvještajnom periodu nije bilo očekivanih izvještaja.',

  'report.col.key': 'Ključ',
  'report.col.section': 'Odjeljak',
  'report.col.text': 'Vaš tekst',
  'report.col.item': 'Stavka',
  'report.col.count': 'Broj',
  'report.col.area': 'Strateška oblast',
  'report.col.outcomeCode': 'Ishod',
  'report.col.outcome': 'Tekst ishoda',
  'report.col.code': 'Šifra',
  'report.col.indicator': 'Indikator',
  'report.col.unit': 'Jedinica',
  'report.col.baseline': 'Početna vrijednost',
  'report.col.value': 'Vrijednost na kraju perioda',
  'report.col.target': 'Ciljna vrijednost',
  'report.col.targetDate': 'Rok za ciljnu vrijednost',
  'report.col.status': 'Status',
  'report.col.reason': 'Obrazloženje',
  'report.col.agencyView': 'Sopstvena ocjena institucija',
  'report.col.assessment': 'Ocjena (u odnosu na indikatore)',
  'report.col.onTrackCount': 'Indikatori u skladu sa planom',
  'report.col.achievements': 'Postignuća',
  'report.col.activities': 'Provedene aktivnosti',
  'report.col.comments': 'Komentari (zašto, ako odstupa od plana)',
  'report.col.resources': 'Utrošena sredstva',
  'report.col.donors': 'Donatori',
  'report.col.year': 'Godina',
  'report.col.twoWay': 'U skladu sa planom / odstupa od plana',

  'report.attributed': '{text} ({agency}, {period})',
  'report.activityReported': '{code} {text}: {implementation}',
  'report.agencyView': '{agency} ({period}): {assessment}',
  'report.agencyViewDiffers': '{agency} ({period}): {assessment}, a podaci pokazuju: {status}',
  'report.onTrackCount': '{good} od {assessable}',
  'report.resources': '{amount} {currency}',
  'report.none': '—',
  'report.chart.title': 'Indikatori po statusu u svakoj strateškoj oblasti',
  'report.areaHeading': 'Strateška oblast {code}: {name}',
  'report.outcomeHeading': 'Ishod {code}: {text}',
  'report.areaAssessment': 'Ocjena oblasti: {status}. {reason}',
  'report.indicatorsHeading': 'Indikatori',

  'report.error.badRange': 'Izvještajni period mora da počne prije svog kraja ili istog dana: {from} do {to}.',
  'report.error.outsidePlan': 'Izvještajni period od {from} do {to} je izvan plana, koji traje od {start} do {end}.',

  'cli.report.summary': 'Godišnji izvještaj o praćenju (Prilog 6) za godinu ili raspon, kao .docx, .xlsx ili .csv.',
  'cli.report.usage':
    'Upotreba: nap-monitor report plan.xlsx (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) --out DATOTEKA\n' +
    '                          [--deadline YYYY-MM-DD] [--language ŠIFRA] [--force]\n\n' +
    'Upisuje izvještaj o praćenju za skupštinu iz plana, tabele Napredak i narativa u listu Izvještaj.\n' +
    'Format slijedi naziv datoteke: .docx (Prilog 6), .xlsx (samo vrijednosti) ili .csv (jedan red po indikatoru\n' +
    'i godini). Datoteka plana se ne mijenja; list Izvještaj se pravi u dodatku.\n\n' +
    'Opcije:\n' +
    '  --year YYYY          kalendarska godina o kojoj se izvještava\n' +
    '  --from, --to         bilo koji raspon dana umjesto godine\n' +
    '  --out DATOTEKA       datoteka za upis: report.docx, report.xlsx ili report.csv\n' +
    '  --deadline DATUM     godišnji rok za podatke, prikazan u zaglavlju\n' +
    '  --language ŠIFRA      jezik izvještaja: {languages} (zadano: en)\n' +
    '  --force              zamijeni DATOTEKU ako postoji',
  'cli.report.written':
    'Upisana je datoteka {file}: indikatori: {indicators}; primljeno {received} od {expected} izvještaja.',
  'cli.report.badFormat': 'Format datoteke {file} nije jasan: dajte joj nastavak {formats}.',
  'cli.report.badYear': '--year mora biti godina kao 2026, a ne „{value}“.',
  'report.export.docx': 'Izvještaj za Word (.docx)',
  'report.export.xlsx': 'Radna sveska samo sa vrijednostima (.xlsx)',
  'report.export.csv': 'Rezultati indikatora (.csv)',

  'ui.tab.report': 'Izvještaj',
  'ui.report.heading': 'Godišnji izvještaj o praćenju',
  'ui.report.intro':
    'Pravi izvještaj iz Priloga 6 u listu Izvještaj iz plana, tabele Napredak i statusa na kraju perioda. Odjeljke 1–4, komentare i lekcije pišite u listu: čuvaju se kada ponovo pravite izvještaj. Zatim ga izvezite za skupštinu.',
  'ui.report.noPlan': 'Ova radna sveska još nema plan: najprije ga postavite.',
  'ui.report.year': 'Godina',
  'ui.report.customRange': 'Bilo koji raspon datuma',
  'ui.report.from': 'Od',
  'ui.report.to': 'Do',
  'ui.report.deadline': 'Godišnji rok za podatke (nije obavezno)',
  'ui.report.deadlineHint': 'Prikazuje se u zaglavlju; vodič ga postavlja mjesec dana prije roka za izvještaj.',
  'ui.report.invalidYear': 'Unesite godinu kao 2026.',
  'ui.report.invalidRange': 'Unesite dva datuma, prvi prije drugog ili isti.',
  'ui.report.run': 'Napravi list Izvještaj',
  'ui.report.running': 'Pravljenje izvještaja…',
  'ui.report.built': 'Izvještaj je u listu „{sheet}“.',
  'ui.report.outcomes': 'Ishodi: u skladu sa planom {onTrack}, odstupa od plana {offTrack}, od ukupno {total}.',
  'ui.report.exports': 'Izvoz za skupštinu',
  'ui.report.exporting': 'Priprema datoteke…',
  'report.section.kept': 'Tekst sačuvan iz ranijeg izvještaja',
  'report.guidance.kept':
    'Tekst koji više ne pripada nijednom odjeljku izvještaja: premjestite ga gdje pripada ili ga obrišite.',
  'report.error.narrativeColumn':
    'Tabela {table} na listu „{sheet}“ izgubila je kolonu „{column}“: vratite kolonu (poništite), pa ponovo napravite izvještaj. Ništa nije promijenjeno.',
};
