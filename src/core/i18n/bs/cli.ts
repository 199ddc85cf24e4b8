import type { cli as english } from '../en/cli';
import type { AreaCatalogue } from '../message';

export const cli: AreaCatalogue<typeof english> = {
  'cli.usage':
    'Upotreba: nap-monitor <komanda> [opcije]\n\nKomande:\n{commands}\n\nPokrenite „nap-monitor help <komanda>“ za opcije jedne komande.',
  'cli.help.summary': 'Prikaži ovu pomoć ili opcije jedne komande.',
  'cli.help.usage': 'Upotreba: nap-monitor help [komanda]\n\nPrikazuje komande ili opcije jedne komande.',
  'cli.init.summary': 'Napravi novu radnu svesku plana (.xlsx), praznu ili sa primjerom plana.',
  'cli.init.usage':
    'Upotreba: nap-monitor init --out plan.xlsx [opcije]\n\n' +
    'Pravi radnu svesku plana sa tabelama NAP-a (Prilog 3) i plana praćenja (Prilog 4).\n\n' +
    'Opcije:\n' +
    '  --out DATOTEKA      radna sveska koja se pravi (obavezno)\n' +
    '  --example           popuni je primjerom plana iz vodiča za praktičare\n' +
    '  --title TEKST       naziv plana\n' +
    '  --country TEKST     zemlja\n' +
    '  --start YYYY-MM-DD  prvi dan perioda plana (zadano: 1. januar ove godine)\n' +
    '  --end YYYY-MM-DD    posljednji dan perioda plana (zadano: 31. decembar dvije godine kasnije)\n' +
    '  --reporting UČESTALOST    koliko često institucije izvještavaju: {frequencies} (zadano: quarterly)\n' +
    '  --language ŠIFRA     jezik radne sveske: {languages} (zadano: en)\n' +
    '  --force             zamijeni DATOTEKU ako postoji',
  'cli.init.written': 'Upisana je datoteka {file}.',
  'cli.check.summary': 'Provjeri potpunost radne sveske plana po SMART mjerilima; datoteka se ne mijenja.',
  'cli.check.usage':
    'Upotreba: nap-monitor check plan.xlsx [--json] [--language ŠIFRA]\n\n' +
    'Provjerava svaki indikator i aktivnost: početna vrijednost, ciljne vrijednosti sa rokovima, izvor verifikacije, učestalost,\n' +
    'nosilac, mjerljivost i vremenska određenost. Završava sa 0 kada je provjera izvršena, bez obzira na nalaze.\n\n' +
    'Opcije:\n' +
    '  --json              ispiši nalaze kao JSON niz (rule, severity, sheet, cell, code, message)\n' +
    '  --language ŠIFRA     jezik poruka: {languages} (zadano: en)',
  'cli.check.summaryLine':
    'Greške: {errors}, upozorenja: {warnings}. Potpuno, bez grešaka: {share} (indikatori {indicatorsOk}/{indicators}, aktivnosti {activitiesOk}/{activities}).',
  'cli.status.summary':
    'U skladu sa planom / odstupa od plana za svaki indikator, aktivnost, ishod i oblast na određeni dan.',
  'cli.status.usage':
    'Upotreba: nap-monitor status plan.xlsx [--as-of YYYY-MM-DD] [--json] [--language ŠIFRA]\n\n' +
    'Računa status iz početnih vrijednosti, ciljnih vrijednosti, rokova i vrijednosti u tabeli Napredak, sa\n' +
    'pragovima iz lista Postavke. Datoteka se ne mijenja.\n\n' +
    'Opcije:\n' +
    '  --as-of YYYY-MM-DD  datum na koji se ocjenjuje (zadano: danas)\n' +
    '  --json              ispiši indikatore, aktivnosti, ishode i oblasti kao JSON\n' +
    '  --language ŠIFRA     jezik obrazloženja: {languages} (zadano: en)',
  'cli.status.area': 'Oblast',
  'cli.error.cannotRead': 'Datoteka {file} ne može da se pročita: {detail}',
  'cli.error.unknownCommand': 'Ne postoji komanda „{command}“.',
  'cli.error.unknownOption': 'Komanda „{command}“ nema opciju {option}.',
  'cli.error.missingValue': 'Opciji {option} je potrebna vrijednost.',
  'cli.error.missingOption': 'Opcija {option} je obavezna.',
  'cli.error.unexpectedArgument': 'Neočekivan argument „{value}“.',
  'cli.error.badDate':
    'Opciji {option} je potreban datum napisan kao YYYY-MM-DD, na primjer 2026-01-31; „{value}“ to nije.',
  'cli.error.badChoice': 'Opcija {option} mora biti jedno od: {choices}; „{value}“ nije.',
  'cli.error.fileExists':
    '{file} već postoji. Odaberite drugi naziv datoteke ili dodajte --force da biste je zamijenili.',
  'cli.error.cannotWrite': 'Datoteka {file} ne može da se upiše: {detail}',
  'cli.error.seeHelp': 'Pokrenite „nap-monitor help {command}“ da vidite opcije.',
};
