import type { importReturns as english } from '../en/import';
import type { AreaCatalogue } from '../message';

export const importReturns: AreaCatalogue<typeof english> = {
  'col.progress.submission': 'Dostava',
  'col.progress.supersededBy': 'Zamijenjeno sa',
  'sheet.audit': 'Revizija',
  'title.audit': 'Revizijski trag: uvozi, zamjene, zatvoreni i ponovo otvoreni periodi',
  'col.audit.time': 'Vrijeme',
  'col.audit.who': 'Ko',
  'col.audit.action': 'Radnja',
  'col.audit.period': 'Period',
  'col.audit.agency': 'Institucija',
  'col.audit.formId': 'ID obrasca',
  'col.audit.fileName': 'Datoteka',
  'col.audit.sha256': 'SHA-256',
  'col.audit.values': 'Vrijednosti',
  'col.audit.superseded': 'Zamijenjeno',
  'col.audit.problems': 'Problemi',
  'col.audit.reason': 'Razlog',
  'import.cell.notANumber': '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ nije broj. Upišite samo broj.',
  'import.cell.numberWithWords':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ ima riječi pored broja. Upišite samo broj ({number}); objašnjenje stavite u komentar.',
  'import.cell.decimal.dot':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ koristi zarez za decimale, a ovaj plan piše decimale tačkom (12.5). Upišite ponovo sa tačkom.',
  'import.cell.decimal.comma':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ koristi tačku za decimale, a ovaj plan piše decimale zarezom (12,5). Upišite ponovo sa zarezom.',
  'import.cell.negative':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): {value} je manje od nule; broj ili iznos to ne može biti.',
  'import.cell.percentOver100': '{file}, list „{sheet}“, ćelija {cell} ({code}): {value} % je više od 100 %.',
  'import.cell.numeratorAboveDenominator':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): brojilac ({numerator}) je veći od imenioca ({denominator}).',
  'import.cell.partsDoNotAddUp':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): dijelovi daju zbir {sum}, a ukupno je {total}.',
  'import.cell.partsIncomplete':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): popunjeni su samo neki dijelovi ({sum} od ukupno {total}).',
  'import.cell.totalFromParts':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): ukupan iznos je prazan; kao ukupno se uzima zbir dijelova.',
  'import.cell.outsideList':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ nije jedan od izbora sa liste. Odaberite sa padajuće liste.',
  'import.cell.notADate':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ nije stvaran datum. Napišite ga kao 2026-06-30.',
  'import.cell.required': '{file}, list „{sheet}“, ćelija {cell} ({code}): ova vrijednost je obavezna, a prazna je.',
  'import.cell.unknownCode': '{file}, list „{sheet}“, ćelija {cell}: šifra {code} nije u ovom planu.',
  'import.privacy.email': 'adresu e-pošte',
  'import.privacy.phone': 'broj telefona',
  'import.privacy.personalNumber': 'jedinstveni matični broj (JMBG/EMBG)',
  'import.privacy.passport': 'broj pasoša ili lične karte',
  'import.privacy.birthDate': 'datum rođenja',
  'import.privacy.flag':
    '{file}, list „{sheet}“, ćelija {cell} ({code}) izgleda da sadrži {what}. Lični podaci žrtava ne smiju ući u radnu svesku plana: uklonite ih ili potvrdite da nisu lični podaci.',
  'import.privacy.undecided':
    '{file} nije primijenjena: ćelija koje izgleda da sadrže lične podatke: {count}. Najprije uklonite ili potvrdite svaku.',
  'import.privacy.removed': 'Iz datoteke {file} uklonjeno je ličnih podataka prije upisa: {count}.',
  'import.refused.notAWorkbook': '{file} nije Excel radna sveska (.xlsx), pa nije obrazac za izvještavanje.',
  'import.refused.notAForm': '{file} nije obrazac za izvještavanje NAP Monitora: nema list sa podacima o obrascu.',
  'import.refused.otherPlan': '{file} je obrazac za izvještavanje drugog plana ({planId}), a ne ovog.',
  'import.refused.otherLayout':
    '{file} je napravljena sa starijim rasporedom obrasca (verzija {version}; ovaj plan koristi verziju {expected}). Pošaljite instituciji novi obrazac.',
  'import.refused.unknownAgency': '{file} je za instituciju koju ovaj plan nema ({agency}).',
  'import.refused.unknownPeriod': '{file} je za izvještajni period koji ovaj plan nema ({period}).',
  'import.refused.unknownForm': '{file} ima broj obrasca koji nikada nije izdat ({formId}).',
  'import.refused.tampered':
    '{file}, list „{sheet}“: unapred popunjene ćelije (šifre, tekstovi, početne vrijednosti ili ciljne vrijednosti) su izmijenjene. Zamolite instituciju da popuni novi primjerak obrasca.',
  'import.refused.rowsChanged':
    '{file}, list „{sheet}“: redovi su dodati ili uklonjeni (red {row}). Zamolite instituciju da popuni novi primjerak obrasca.',
  'import.refused.sheetMissing': '{file}: list „{sheet}“ nedostaje ili je preimenovan.',
  'import.refused.damaged': '{file} nije mogla da se pročita: {reason}',
  'import.refused.sameFileTwice': '{file} je odabrana dva puta; uvozi se jednom.',
  'import.error.noLedger':
    '{file} nema tabelu Napredak ({table}) u koju bi se uvozilo. Najprije pokrenite Postavljanje na ovoj radnoj svesci.',
  'import.closed':
    '{file} nije uvezena: period {period} je zatvorio {who} dana {date} ({reason}). Najprije ga ponovo otvorite uz obrazloženje.',
  'import.problems.notApplied':
    '{file} ima pogrešnih ćelija: {count}; ništa iz nje nije upisano. Prihvatite njene ispravne redove ili vratite obrazac uz kopiju sa povratnim informacijama.',
  'import.reminder.subject': 'Podsetnik: izvještaj o napretku {period} za {plan}',
  'import.reminder.body':
    'Poštovani/a {name},\n\nizvještaj o napretku institucije {agency} za {period} dospio je {dueDate} i još nam nije stigao. Molimo vas da popunite obrazac za izvještavanje koji ste primili i vratite ga što prije. Ne unosite lične podatke žrtava.\n\nHvala.',
  'import.status.refused': 'odbijeno',
  'import.status.closed': 'period zatvoren',
  'import.status.unchanged': 'bez promjena',
  'import.status.problems': 'pogrešne ćelije',
  'import.status.personalData': 'lični podaci za provjeru',
  'import.status.ready': 'spremno za uvoz',
  'import.status.applied': 'uvezeno',
  'import.severity.error': 'Greška',
  'import.severity.warning': 'Upozorenje',
  'import.summary.counts':
    'nove vrijednosti: {added}, izmijenjene: {changed}, izostavljene: {dropped} u odnosu na raniju dostavu; zamijenjene ranije vrijednosti: {superseded}',
  'import.summary.change': '{code} {category}: {before} → {after}',
  'import.reminder.line': '{agency} nije poslala izvještaj za {period} (rok {dueDate}); kontakt: {email}',
  'cli.import.summary':
    'Uvoz vraćenih obrazaca u plan: provjerava ih, pa dodaje njihove vrijednosti u evidenciju Napredak.',
  'cli.import.usage':
    'Upotreba: nap-monitor import plan.xlsx OBRAZAC.xlsx... [opcije]\n\n' +
    'Čita svaki vraćeni obrazac, odbija datoteke koje nisu obrasci ovog plana, navodi pogrešne ćelije i tekst koji\n' +
    'liči na lične podatke, i dodaje vrijednosti u evidenciju Napredak, registar dostava i tabelu Revizija.\n' +
    'Mijenjaju se samo ti dijelovi datoteke plana.\n\n' +
    'Opcije:\n' +
    '  --dry-run                  prikaži šta bi bilo dodato i izmijenjeno; ništa ne upisuj\n' +
    '  --out DATOTEKA             upiši rezultat u kopiju umjesto u datoteku plana\n' +
    '  --accept-valid-rows        prihvati ispravne redove obrazaca koji imaju pogrešne ćelije\n' +
    '  --personal-data RADNJA     ukloni ili zadrži tekst označen kao lični podaci (bez ove opcije takvi obrasci čekaju)\n' +
    '  --who IME                  ko uvozi, za tabelu Revizija\n' +
    '  --json                     ispiši rezultat kao JSON\n' +
    '  --force                    zamijeni DATOTEKU zadatu sa --out ako postoji\n' +
    '  --language ŠIFRA            jezik poruka: {languages} (zadano: en)',
  'cli.import.noForms':
    'Navedite bar jedan vraćeni obrazac poslije datoteke plana: nap-monitor import plan.xlsx forms/*.xlsx',
  'cli.import.defaultWho': 'komandna linija nap-monitor',
  'cli.import.dryRun': 'Proba: {file} nije izmijenjena.',
  'cli.import.written': 'Upisana je datoteka {file}.',
  'cli.import.nothingWritten': 'Nema šta da se upiše: {file} nije izmijenjena.',
  'import.unchanged': '{file} je već uvezena ({date}); ništa se nije promijenilo.',
  'import.audit.import': 'Uvoz',
  'import.audit.supersede': 'Zamijenjeno ponovnom dostavom',
  'import.audit.refuse': 'Odbijeno',
  'import.audit.lock': 'Period zatvoren',
  'import.audit.reopen': 'Period ponovo otvoren',
  'import.summary.file':
    '{file}: vrijednosti za dodavanje: {added}, izmijenjene u odnosu na raniju dostavu: {changed}, pogrešne ćelije: {errors}, upozorenja: {warnings}.',
  'import.summary.applied':
    'Uvezeno datoteka: {files}; dodate vrijednosti: {added}, zamijenjene ranije vrijednosti: {superseded}.',
  'import.rate.line': '{period}: primljeno {received} od {expected} ({rate}), na vrijeme {onTime} ({onTimeRate}).',
  'ui.tab.import': 'Uvoz',
  'ui.import.heading': 'Uvoz vraćenih obrazaca',
  'ui.import.intro':
    'Odaberite obrasce koje su institucije vratile. Svaki se najprije provjerava: ništa se ne upisuje dok ne primijenite.',
  'ui.import.noPlan': 'Ova radna sveska još nema plan. Najprije ga postavite.',
  'ui.import.pick': 'Vraćeni obrasci (.xlsx), jedan ili više',
  'ui.import.drop': 'Datoteke možete i prevući ovdje.',
  'ui.import.reading': 'Čitanje datoteka…',
  'ui.import.dryRunHeading': 'Šta bi uvoz uradio',
  'ui.import.resultHeading': 'Šta je uvezeno',
  'ui.import.changes': 'Vrijednosti koje se mijenjaju',
  'ui.import.problems': 'Problemi',
  'ui.import.moreProblems': 'i još {count} (svi su na listi povratnih informacija)',
  'ui.import.acceptValid': {
    one: 'Ipak uvezi ispravne redove (izostavlja se {count} pogrešna ćelija)',
    few: 'Ipak uvezi ispravne redove (izostavljaju se {count} pogrešne ćelije)',
    other: 'Ipak uvezi ispravne redove (izostavlja se {count} pogrešnih ćelija)',
  },
  'ui.import.decide': 'Lični podaci u ćeliji {cell}',
  'ui.import.remove': 'Ukloni ih',
  'ui.import.keep': 'Zadrži: nisu lični podaci',
  'ui.import.apply': 'Primijeni',
  'ui.import.applying': 'Upisivanje u radnu svesku…',
  'ui.import.applied': 'Uvezeno datoteka: {files} od {of}',
  'ui.import.clear': 'Počni iznova',
  'ui.import.register': 'Ko je izvijestio',
  'ui.import.late': 'Kasne: {agencies}.',
  'ui.import.missing': 'Izvještaji koji nedostaju',
  'ui.import.missingLine': '{agency}, {period} (rok {dueDate}):',
  'ui.import.remind': 'napiši podsjetnik za {name}',
  'ui.import.noEmail': 'nema adrese e-pošte u tabeli institucija',
  'ui.import.who': 'Okno zadataka',
  'import.feedback.sheet': 'Problemi',
  'import.feedback.title': 'Molimo ispravite ćelije označene crvenom bojom i vratite obrazac',
  'import.feedback.col.sheet': 'List',
  'import.feedback.col.cell': 'Ćelija',
  'import.feedback.col.message': 'Šta nije u redu',
  'cli.import.feedbackWritten': {
    one: 'Upisana je datoteka {file} ({count} problem za ispravku).',
    few: 'Upisana je datoteka {file} ({count} problema za ispravku).',
    other: 'Upisana je datoteka {file} ({count} problema za ispravku).',
  },
  'ui.import.feedback': 'Kopije s povratnim informacijama za institucije',
  'ui.import.feedbackZip': 'kopije-s-povratnim-informacijama.zip',
  'ui.import.noFeedback': 'Nijedan obrazac nema probleme koje treba vratiti.',
  'import.error.reasonRequired':
    'Navedite zašto se period zatvara ili ponovo otvara: razlog se upisuje u tabelu Revizija.',
  'import.error.unknownPeriod': '{file} nema izvještajni period {period}. Njegovi periodi su: {known}.',
  'cli.period.summary':
    'Zatvori izvještajni period za uvoz ili ga ponovo otvori, uz razlog koji se čuva u tabeli Revizija.',
  'cli.period.usage':
    'Upotreba: nap-monitor period plan.xlsx (--close PERIOD | --reopen PERIOD) --reason TEKST [--who IME] [--out kopija.xlsx]\n\nZatvoren period odbija vraćene obrasce dok se ponovo ne otvori. Oba se bilježe u tabeli Revizija.\n\nOpcije:\n  --close PERIOD     zatvori period (npr. 2026-Q2)\n  --reopen PERIOD    ponovo ga otvori\n  --reason TEKST     zašto (obavezno)\n  --who IME          ko to radi, za tabelu Revizija\n  --out DATOTEKA     upiši rezultat u kopiju umjesto u datoteku plana\n  --force            zamijeni DATOTEKU zadanu s --out ako postoji\n  --language ŠIFRA   jezik poruka: {languages} (zadano: en)',
  'cli.period.closed': 'Period {period} je zatvoren za uvoz ({file}).',
  'cli.period.reopened': 'Period {period} je ponovo otvoren za uvoz ({file}).',
  'cli.period.already': 'Ništa nije promijenjeno: period {period} je već {state}.',
  'cli.period.stateClosed': 'zatvoren',
  'cli.period.stateOpen': 'otvoren',
  'cli.period.oneAction': 'Navedite ili --close PERIOD ili --reopen PERIOD.',
  'ui.period.heading': 'Zatvaranje i ponovno otvaranje izvještajnog perioda',
  'ui.period.intro':
    'Vraćeni obrasci zatvorenog perioda odbijaju se dok se period ponovo ne otvori. Oba koraka se upisuju u tabelu Revizija, s razlogom.',
  'ui.period.period': 'Period koji zatvarate ili ponovo otvarate',
  'ui.period.optionOpen': '{period}: otvoren',
  'ui.period.optionClosed': '{period}: zatvoren',
  'ui.period.stateOpen': 'Period {period} je otvoren: njegovi obrasci se mogu uvesti.',
  'ui.period.stateClosed': 'Period {period} je zatvorio {who} dana {date}, uz razlog: {reason}',
  'ui.period.reason': 'Razlog',
  'ui.period.who': 'Vaše ime, za tabelu Revizija',
  'ui.period.whoHint':
    'Office ne govori dodatku ko ga koristi. Ako polje ostavite prazno, u tabeli Revizija piše „{fallback}“.',
  'ui.period.close': 'Zatvori {period}',
  'ui.period.reopen': 'Ponovo otvori {period}',
  'ui.period.writing': 'Upisivanje u tabelu Revizija…',
  'ui.period.closed': 'Period {period} je zatvoren: obrasci za njega odbijaju se dok se ponovo ne otvori.',
  'ui.period.reopened': 'Period {period} je ponovo otvoren: njegovi obrasci se ponovo mogu uvesti.',
  'ui.period.alreadyClosed': 'Ništa nije promijenjeno: period {period} je već bio zatvoren.',
  'ui.period.alreadyOpen': 'Ništa nije promijenjeno: period {period} je već bio otvoren.',
};
