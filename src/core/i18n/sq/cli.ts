import type { cli as english } from '../en/cli';
import type { AreaCatalogue } from '../message';

export const cli: AreaCatalogue<typeof english> = {
  'cli.usage':
    'Përdorimi: nap-monitor <komanda> [opsione]\n\nKomandat:\n{commands}\n\nEkzekutoni „nap-monitor help <komanda>“ për opsionet e një komande.',
  'cli.help.summary': 'Shfaq këtë ndihmë ose opsionet e një komande.',
  'cli.help.usage': 'Përdorimi: nap-monitor help [komanda]\n\nShfaq komandat ose opsionet e një komande.',
  'cli.init.summary': 'Krijo një libër pune të ri të planit (.xlsx), bosh ose me planin shembull.',
  'cli.init.usage':
    'Përdorimi: nap-monitor init --out plan.xlsx [opsione]\n\n' +
    'Krijon një libër pune të planit me tabelat e PKV-së (Aneksi 3) dhe të planit të monitorimit (Aneksi 4).\n\n' +
    'Opsione:\n' +
    '  --out SKEDARI       libri i punës që krijohet (i detyrueshëm)\n' +
    '  --example           mbushe me planin shembull të udhëzuesit për praktikuesit\n' +
    '  --title TEKSTI      titulli i planit\n' +
    '  --country TEKSTI    vendi\n' +
    '  --start YYYY-MM-DD  dita e parë e periudhës së planit (parazgjedhur: 1 janar i këtij viti)\n' +
    '  --end YYYY-MM-DD    dita e fundit e periudhës së planit (parazgjedhur: 31 dhjetor dy vjet më vonë)\n' +
    '  --reporting SHPESHTËSIA    sa shpesh raportojnë institucionet: {frequencies} (parazgjedhur: quarterly)\n' +
    '  --language KODI     gjuha e librit të punës: {languages} (parazgjedhur: en)\n' +
    '  --force             zëvendëso SKEDARIN nëse ekziston',
  'cli.init.written': 'U shkrua {file}.',
  'cli.check.summary': 'Kontrollo plotësinë SMART të një libri pune të planit; skedari nuk ndryshohet.',
  'cli.check.usage':
    'Përdorimi: nap-monitor check plan.xlsx [--json] [--language KODI]\n\n' +
    'Kontrollon çdo tregues dhe aktivitet: vlera bazë, vlerat e synuara me afate, mjetet e verifikimit, shpeshtësia,\n' +
    'përgjegjësi, i matshëm dhe i përcaktuar në kohë. Mbaron me 0 kur kontrolli u krye, çfarëdo që të gjejë.\n\n' +
    'Opsione:\n' +
    '  --json              printo gjetjet si varg JSON (rule, severity, sheet, cell, code, message)\n' +
    '  --language KODI     gjuha e mesazheve: {languages} (parazgjedhur: en)',
  'cli.check.summaryLine':
    'Gabime: {errors}, paralajmërime: {warnings}. I plotë, pa gabime: {share} (tregues {indicatorsOk}/{indicators}, aktivitete {activitiesOk}/{activities}).',
  'cli.status.summary': 'Në rrugë të mbarë / jashtë rrugës për çdo tregues, aktivitet, rezultat dhe fushë në një datë.',
  'cli.status.usage':
    'Përdorimi: nap-monitor status plan.xlsx [--as-of YYYY-MM-DD] [--json] [--language KODI]\n\n' +
    'Llogarit statusin nga vlerat bazë, vlerat e synuara, afatet dhe vlerat në tabelën Ecuria, me\n' +
    'pragjet në fletën Cilësimet. Skedari nuk ndryshohet.\n\n' +
    'Opsione:\n' +
    '  --as-of YYYY-MM-DD  data në të cilën vlerësohet (parazgjedhur: sot)\n' +
    '  --json              printo treguesit, aktivitetet, rezultatet dhe fushat si JSON\n' +
    '  --language KODI     gjuha e arsyeve: {languages} (parazgjedhur: en)',
  'cli.status.area': 'Fusha',
  'cli.error.cannotRead': '{file} nuk mund të lexohej: {detail}',
  'cli.error.unknownCommand': 'Nuk ka komandë „{command}“.',
  'cli.error.unknownOption': 'Komanda „{command}“ nuk ka opsionin {option}.',
  'cli.error.missingValue': 'Opsioni {option} ka nevojë për një vlerë.',
  'cli.error.missingOption': 'Opsioni {option} është i detyrueshëm.',
  'cli.error.unexpectedArgument': 'Argument i papritur „{value}“.',
  'cli.error.badDate':
    'Opsioni {option} ka nevojë për një datë të shkruar si YYYY-MM-DD, për shembull 2026-01-31; „{value}“ nuk është e tillë.',
  'cli.error.badChoice': 'Opsioni {option} duhet të jetë një nga: {choices}; „{value}“ nuk është.',
  'cli.error.fileExists':
    '{file} ekziston tashmë. Zgjidhni një emër tjetër skedari ose shtoni --force për ta zëvendësuar.',
  'cli.error.cannotWrite': '{file} nuk mund të shkruhej: {detail}',
  'cli.error.seeHelp': 'Ekzekutoni „nap-monitor help {command}“ për të parë opsionet.',
};
