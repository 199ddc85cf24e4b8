import type { report as english } from '../en/report';
import type { AreaCatalogue } from '../message';

export const report: AreaCatalogue<typeof english> = {
  'report.title': 'Godišnji izveštaj o praćenju sprovođenja nacionalnog akcionog plana',
  'report.subtitle': '{plan}, {country}: {from} do {to}',
  'report.sheet': 'Izveštaj',
  'report.fileName': 'Izveštaj o praćenju NAP-a {from} do {to}',
  'report.sheet.areas': 'Pokazatelji po oblastima',
  'report.toc': 'Sadržaj',
  'report.page': 'Strana {page} od {pages}',
  'report.footer': '{title}: strana &P od &N',

  'report.titleBlock.plan': 'Plan',
  'report.titleBlock.country': 'Zemlja',
  'report.titleBlock.period': 'Izveštajni period',
  'report.titleBlock.asOf': 'Podaci na dan',
  'report.titleBlock.deadline': 'Godišnji rok za podatke',
  'report.titleBlock.generated': 'Napravljeno',
  'report.titleBlock.notSet': 'nije podešeno',
  'report.titleBlock.range': '{from} do {to}',

  'report.section.intro': '1. Uvod',
  'report.section.developments': '2. Zapažanja o kretanjima u oblasti trgovine ljudima',
  'report.section.policy': '3. Nacionalne politike i pravni okvir za borbu protiv trgovine ljudima',
  'report.section.compliance': '4. Usklađenost sa međunarodnim pravnim standardima',
  'report.section.progress': '5. Napredak u sprovođenju nacionalnog akcionog plana ({from} do {to})',
  'report.section.general': 'a. Opšta zapažanja',
  'report.section.overall': 'b. Ukupni rezultati i postignuća u izveštajnom periodu',
  'report.section.detailed': 'Detaljni rezultati i postignuća u izveštajnom periodu',
  'report.section.observations': 'c. Zapažanja, komentari',
  'report.section.lessons': 'd. Naučene lekcije',
  'report.section.nextSteps': 'e. Sledeći koraci / dalji pravac',
  'report.section.outcomeComment': 'Komentar na ishod {code}',
  'report.section.summary': 'Sažetak',
  'report.section.outcomes': 'Ishodi u skladu sa planom i oni koji odstupaju od plana',

  'report.guidance.intro':
    'Ko izveštava o čemu (institucija, kontakt osoba); izveštajni period; kome se izveštaj podnosi; ko je učestvovao u izveštavanju.',
  'report.guidance.developments':
    'Priroda i obim problema i kretanja; promene u načinu delovanja učinilaca; promene u profilu žrtava.',
  'report.guidance.policy': 'Promene politika i pravnog okvira.',
  'report.guidance.compliance':
    'Stanje i/ili promene pravnog okvira u vezi sa usklađenošću sa međunarodnim pravnim standardima.',
  'report.guidance.general':
    'Kako je teklo sprovođenje u izveštajnoj fazi; institucionalni aranžmani za sprovođenje; uočeni izazovi; planirano ili započeto preispitivanje ili vrednovanje.',
  'report.guidance.overall':
    'Ukupni rezultati i postignuća sprovođenja u odnosu na ciljeve i ishode: promene koje se mogu pripisati aktivnostima akcionog plana.',
  'report.guidance.outcomeComment':
    'Vaš komentar na ovaj ishod: ono što brojke ne kažu i zašto odstupa od plana tamo gde odstupa.',
  'report.guidance.observations': 'Sva zapažanja ili komentari u vezi sa sprovođenjem NAP-a.',
  'report.guidance.lessons':
    'Lekcije naučene u izveštajnom periodu koje zahtevaju drugačiji pristup u sledećem izveštajnom periodu.',
  'report.guidance.nextSteps':
    'Kako će se borba protiv trgovine ljudima nastaviti u sledećem izveštajnom periodu: institucionalne promene, promene težišta, postupanje po preispitivanju ili vrednovanju, planirano izveštavanje.',
  'report.notWritten': '(još nije napisano)',

  'report.summary.group.indicators': 'Pokazatelji',
  'report.summary.group.activities': 'Aktivnosti',
  'report.summary.group.reporting': 'Institucije koje izveštavaju',
  'report.summary.group.rule': 'Kako se računa status',
  'report.summary.expected': 'Očekivani izveštaji',
  'report.summary.received': 'Primljeni izveštaji',
  'report.summary.rate': 'Stopa izveštavanja',
  'report.summary.rateValue': '{rate} %',
  'report.summary.missing': 'Izveštaji koji nedostaju',
  'report.summary.reportingLine':
    'Institucije koje izveštavaju: primljeno {received} od {expected} očekivanih izveštaja ({rate} %).',
  'report.summary.reportingNone': 'Institucije koje izveštavaju: u izveštajnom periodu nije bilo očekivanih izveštaja.',

  'report.col.key': 'Ključ',
  'report.col.section': 'Odeljak',
  'report.col.text': 'Vaš tekst',
  'report.col.item': 'Stavka',
  'report.col.count': 'Broj',
  'report.col.area': 'Strateška oblast',
  'report.col.outcomeCode': 'Ishod',
  'report.col.outcome': 'Tekst ishoda',
  'report.col.code': 'Šifra',
  'report.col.indicator': 'Pokazatelj',
  'report.col.unit': 'Jedinica',
  'report.col.baseline': 'Početna vrednost',
  'report.col.value': 'Vrednost na kraju perioda',
  'report.col.target': 'Ciljna vrednost',
  'report.col.targetDate': 'Rok za ciljnu vrednost',
  'report.col.status': 'Status',
  'report.col.reason': 'Obrazloženje',
  'report.col.agencyView': 'Sopstvena ocena institucija',
  'report.col.assessment': 'Ocena (u odnosu na pokazatelje)',
  'report.col.onTrackCount': 'Pokazatelji u skladu sa planom',
  'report.col.achievements': 'Postignuća',
  'report.col.activities': 'Sprovedene aktivnosti',
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
  'report.chart.title': 'Pokazatelji po statusu u svakoj strateškoj oblasti',
  'report.areaHeading': 'Strateška oblast {code}: {name}',
  'report.outcomeHeading': 'Ishod {code}: {text}',
  'report.areaAssessment': 'Ocena oblasti: {status}. {reason}',
  'report.indicatorsHeading': 'Pokazatelji',

  'report.error.badRange': 'Izveštajni period mora da počne pre svog kraja ili istog dana: {from} do {to}.',
  'report.error.outsidePlan': 'Izveštajni period od {from} do {to} je izvan plana, koji traje od {start} do {end}.',

  'cli.report.summary': 'Godišnji izveštaj o praćenju (Prilog 6) za godinu ili raspon, kao .docx, .xlsx ili .csv.',
  'cli.report.usage':
    'Upotreba: nap-monitor report plan.xlsx (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) --out DATOTEKA\n' +
    '                          [--deadline YYYY-MM-DD] [--language ŠIFRA] [--force]\n\n' +
    'Upisuje izveštaj o praćenju za skupštinu iz plana, tabele Napredak i narativa u listu Izveštaj.\n' +
    'Format sledi naziv datoteke: .docx (Prilog 6), .xlsx (samo vrednosti) ili .csv (jedan red po pokazatelju\n' +
    'i godini). Datoteka plana se ne menja; list Izveštaj se pravi u dodatku.\n\n' +
    'Opcije:\n' +
    '  --year YYYY          kalendarska godina o kojoj se izveštava\n' +
    '  --from, --to         bilo koji raspon dana umesto godine\n' +
    '  --out DATOTEKA       datoteka za upis: report.docx, report.xlsx ili report.csv\n' +
    '  --deadline DATUM     godišnji rok za podatke, prikazan u zaglavlju\n' +
    '  --language ŠIFRA      jezik izveštaja: {languages} (podrazumevano: en)\n' +
    '  --force              zameni DATOTEKU ako postoji',
  'cli.report.written':
    'Upisana je datoteka {file}: pokazatelji: {indicators}; primljeno {received} od {expected} izveštaja.',
  'cli.report.badFormat': 'Format datoteke {file} nije jasan: dajte joj nastavak {formats}.',
  'cli.report.badYear': '--year mora biti godina kao 2026, a ne „{value}“.',
  'report.export.docx': 'Izveštaj za Word (.docx)',
  'report.export.xlsx': 'Radna sveska samo sa vrednostima (.xlsx)',
  'report.export.csv': 'Rezultati pokazatelja (.csv)',

  'ui.tab.report': 'Izveštaj',
  'ui.report.heading': 'Godišnji izveštaj o praćenju',
  'ui.report.intro':
    'Pravi izveštaj iz Priloga 6 u listu Izveštaj iz plana, tabele Napredak i statusa na kraju perioda. Odeljke 1–4, komentare i lekcije pišite u listu: čuvaju se kada ponovo pravite izveštaj. Zatim ga izvezite za skupštinu.',
  'ui.report.noPlan': 'Ova radna sveska još nema plan: najpre ga postavite.',
  'ui.report.year': 'Godina',
  'ui.report.customRange': 'Bilo koji raspon datuma',
  'ui.report.from': 'Od',
  'ui.report.to': 'Do',
  'ui.report.deadline': 'Godišnji rok za podatke (nije obavezno)',
  'ui.report.deadlineHint': 'Prikazuje se u zaglavlju; vodič ga postavlja mesec dana pre roka za izveštaj.',
  'ui.report.invalidYear': 'Unesite godinu kao 2026.',
  'ui.report.invalidRange': 'Unesite dva datuma, prvi pre drugog ili isti.',
  'ui.report.run': 'Napravi list Izveštaj',
  'ui.report.running': 'Pravljenje izveštaja…',
  'ui.report.built': 'Izveštaj je u listu „{sheet}“.',
  'ui.report.outcomes': 'Ishodi: u skladu sa planom {onTrack}, odstupa od plana {offTrack}, od ukupno {total}.',
  'ui.report.exports': 'Izvoz za skupštinu',
  'ui.report.exporting': 'Priprema datoteke…',
  'report.section.kept': 'Tekst sačuvan iz ranijeg izveštaja',
  'report.guidance.kept':
    'Tekst koji više ne pripada nijednom odeljku izveštaja: premestite ga gde pripada ili ga obrišite.',
  'report.error.narrativeColumn':
    'Tabela {table} na listu „{sheet}“ izgubila je kolonu „{column}“: vratite kolonu (poništite), pa ponovo napravite izveštaj. Ništa nije promenjeno.',
};
