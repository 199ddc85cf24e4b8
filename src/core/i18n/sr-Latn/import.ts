import type { importReturns as english } from '../en/import';
import type { AreaCatalogue } from '../message';

export const importReturns: AreaCatalogue<typeof english> = {
  'col.progress.submission': 'Dostava',
  'col.progress.supersededBy': 'Zamenjeno sa',
  'sheet.audit': 'Revizija',
  'title.audit': 'Revizijski trag: uvozi, zamene, zatvoreni i ponovo otvoreni periodi',
  'col.audit.time': 'Vreme',
  'col.audit.who': 'Ko',
  'col.audit.action': 'Radnja',
  'col.audit.period': 'Period',
  'col.audit.agency': 'Institucija',
  'col.audit.formId': 'ID obrasca',
  'col.audit.fileName': 'Datoteka',
  'col.audit.sha256': 'SHA-256',
  'col.audit.values': 'Vrednosti',
  'col.audit.superseded': 'Zamenjeno',
  'col.audit.problems': 'Problemi',
  'col.audit.reason': 'Razlog',
  'import.cell.notANumber': '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ nije broj. Upišite samo broj.',
  'import.cell.numberWithWords':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ ima reči pored broja. Upišite samo broj ({number}); objašnjenje stavite u komentar.',
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
    '{file}, list „{sheet}“, ćelija {cell} ({code}): delovi daju zbir {sum}, a ukupno je {total}.',
  'import.cell.partsIncomplete':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): popunjeni su samo neki delovi ({sum} od ukupno {total}).',
  'import.cell.totalFromParts':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): ukupan iznos je prazan; kao ukupno se uzima zbir delova.',
  'import.cell.outsideList':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ nije jedan od izbora sa liste. Izaberite sa padajuće liste.',
  'import.cell.notADate':
    '{file}, list „{sheet}“, ćelija {cell} ({code}): „{value}“ nije stvaran datum. Napišite ga kao 2026-06-30.',
  'import.cell.required': '{file}, list „{sheet}“, ćelija {cell} ({code}): ova vrednost je obavezna, a prazna je.',
  'import.cell.unknownCode': '{file}, list „{sheet}“, ćelija {cell}: šifra {code} nije u ovom planu.',
  'import.privacy.email': 'adresu e-pošte',
  'import.privacy.phone': 'broj telefona',
  'import.privacy.personalNumber': 'jedinstveni matični broj (JMBG/EMBG)',
  'import.privacy.passport': 'broj pasoša ili lične karte',
  'import.privacy.birthDate': 'datum rođenja',
  'import.privacy.flag':
    '{file}, list „{sheet}“, ćelija {cell} ({code}) izgleda da sadrži {what}. Lični podaci žrtava ne smeju ući u radnu svesku plana: uklonite ih ili potvrdite da nisu lični podaci.',
  'import.privacy.undecided':
    '{file} nije primenjena: ćelija koje izgleda da sadrže lične podatke: {count}. Najpre uklonite ili potvrdite svaku.',
  'import.privacy.removed': 'Iz datoteke {file} uklonjeno je ličnih podataka pre upisa: {count}.',
  'import.refused.notAWorkbook': '{file} nije Excel radna sveska (.xlsx), pa nije obrazac za izveštavanje.',
  'import.refused.notAForm': '{file} nije obrazac za izveštavanje NAP Monitora: nema list sa podacima o obrascu.',
  'import.refused.otherPlan': '{file} je obrazac za izveštavanje drugog plana ({planId}), a ne ovog.',
  'import.refused.otherLayout':
    '{file} je napravljena sa starijim rasporedom obrasca (verzija {version}; ovaj plan koristi verziju {expected}). Pošaljite instituciji novi obrazac.',
  'import.refused.unknownAgency': '{file} je za instituciju koju ovaj plan nema ({agency}).',
  'import.refused.unknownPeriod': '{file} je za izveštajni period koji ovaj plan nema ({period}).',
  'import.refused.unknownForm': '{file} ima broj obrasca koji nikada nije izdat ({formId}).',
  'import.refused.tampered':
    '{file}, list „{sheet}“: unapred popunjene ćelije (šifre, tekstovi, početne vrednosti ili ciljne vrednosti) su izmenjene. Zamolite instituciju da popuni novi primerak obrasca.',
  'import.refused.rowsChanged':
    '{file}, list „{sheet}“: redovi su dodati ili uklonjeni (red {row}). Zamolite instituciju da popuni novi primerak obrasca.',
  'import.refused.sheetMissing': '{file}: list „{sheet}“ nedostaje ili je preimenovan.',
  'import.refused.damaged': '{file} nije mogla da se pročita: {reason}',
  'import.refused.sameFileTwice': '{file} je izabrana dva puta; uvozi se jednom.',
  'import.error.noLedger':
    '{file} nema tabelu Napredak ({table}) u koju bi se uvozilo. Najpre pokrenite Postavljanje na ovoj radnoj svesci.',
  'import.closed':
    '{file} nije uvezena: period {period} je zatvorio {who} dana {date} ({reason}). Najpre ga ponovo otvorite uz obrazloženje.',
  'import.problems.notApplied':
    '{file} ima pogrešnih ćelija: {count}; ništa iz nje nije upisano. Prihvatite njene ispravne redove ili vratite obrazac uz kopiju sa povratnim informacijama.',
  'import.reminder.subject': 'Podsetnik: izveštaj o napretku {period} za {plan}',
  'import.reminder.body':
    'Poštovani/a {name},\n\nizveštaj o napretku institucije {agency} za {period} dospeo je {dueDate} i još nam nije stigao. Molimo vas da popunite obrazac za izveštavanje koji ste primili i vratite ga što pre. Ne unosite lične podatke žrtava.\n\nHvala.',
  'import.status.refused': 'odbijeno',
  'import.status.closed': 'period zatvoren',
  'import.status.unchanged': 'bez promena',
  'import.status.problems': 'pogrešne ćelije',
  'import.status.personalData': 'lični podaci za proveru',
  'import.status.ready': 'spremno za uvoz',
  'import.status.applied': 'uvezeno',
  'import.severity.error': 'Greška',
  'import.severity.warning': 'Upozorenje',
  'import.summary.counts':
    'nove vrednosti: {added}, izmenjene: {changed}, izostavljene: {dropped} u odnosu na raniju dostavu; zamenjene ranije vrednosti: {superseded}',
  'import.summary.change': '{code} {category}: {before} → {after}',
  'import.reminder.line': '{agency} nije poslala izveštaj za {period} (rok {dueDate}); kontakt: {email}',
  'cli.import.summary':
    'Uvoz vraćenih obrazaca u plan: proverava ih, pa dodaje njihove vrednosti u evidenciju Napredak.',
  'cli.import.usage':
    'Upotreba: nap-monitor import plan.xlsx OBRAZAC.xlsx... [opcije]\n\n' +
    'Čita svaki vraćeni obrazac, odbija datoteke koje nisu obrasci ovog plana, navodi pogrešne ćelije i tekst koji\n' +
    'liči na lične podatke, i dodaje vrednosti u evidenciju Napredak, registar dostava i tabelu Revizija.\n' +
    'Menjaju se samo ti delovi datoteke plana.\n\n' +
    'Opcije:\n' +
    '  --dry-run                  prikaži šta bi bilo dodato i izmenjeno; ništa ne upisuj\n' +
    '  --out DATOTEKA             upiši rezultat u kopiju umesto u datoteku plana\n' +
    '  --accept-valid-rows        prihvati ispravne redove obrazaca koji imaju pogrešne ćelije\n' +
    '  --personal-data RADNJA     ukloni ili zadrži tekst označen kao lični podaci (bez ove opcije takvi obrasci čekaju)\n' +
    '  --who IME                  ko uvozi, za tabelu Revizija\n' +
    '  --json                     ispiši rezultat kao JSON\n' +
    '  --force                    zameni DATOTEKU zadatu sa --out ako postoji\n' +
    '  --language ŠIFRA            jezik poruka: {languages} (podrazumevano: en)',
  'cli.import.noForms':
    'Navedite bar jedan vraćeni obrazac posle datoteke plana: nap-monitor import plan.xlsx forms/*.xlsx',
  'cli.import.defaultWho': 'komandna linija nap-monitor',
  'cli.import.dryRun': 'Proba: {file} nije izmenjena.',
  'cli.import.written': 'Upisana je datoteka {file}.',
  'cli.import.nothingWritten': 'Nema šta da se upiše: {file} nije izmenjena.',
  'import.unchanged': '{file} je već uvezena ({date}); ništa se nije promenilo.',
  'import.audit.import': 'Uvoz',
  'import.audit.supersede': 'Zamenjeno ponovnom dostavom',
  'import.audit.refuse': 'Odbijeno',
  'import.audit.lock': 'Period zatvoren',
  'import.audit.reopen': 'Period ponovo otvoren',
  'import.summary.file':
    '{file}: vrednosti za dodavanje: {added}, izmenjene u odnosu na raniju dostavu: {changed}, pogrešne ćelije: {errors}, upozorenja: {warnings}.',
  'import.summary.applied':
    'Uvezeno datoteka: {files}; dodate vrednosti: {added}, zamenjene ranije vrednosti: {superseded}.',
  'import.rate.line': '{period}: primljeno {received} od {expected} ({rate}), na vreme {onTime} ({onTimeRate}).',
  'ui.tab.import': 'Uvoz',
  'ui.import.heading': 'Uvoz vraćenih obrazaca',
  'ui.import.intro':
    'Izaberite obrasce koje su institucije vratile. Svaki se najpre proverava: ništa se ne upisuje dok ne primenite.',
  'ui.import.noPlan': 'Ova radna sveska još nema plan. Najpre ga postavite.',
  'ui.import.pick': 'Vraćeni obrasci (.xlsx), jedan ili više',
  'ui.import.drop': 'Datoteke možete i prevući ovde.',
  'ui.import.reading': 'Čitanje datoteka…',
  'ui.import.dryRunHeading': 'Šta bi uvoz uradio',
  'ui.import.resultHeading': 'Šta je uvezeno',
  'ui.import.changes': 'Vrednosti koje se menjaju',
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
  'ui.import.apply': 'Primeni',
  'ui.import.applying': 'Upisivanje u radnu svesku…',
  'ui.import.applied': 'Uvezeno datoteka: {files} od {of}',
  'ui.import.clear': 'Počni iznova',
  'ui.import.register': 'Ko je izvestio',
  'ui.import.late': 'Kasne: {agencies}.',
  'ui.import.missing': 'Izveštaji koji nedostaju',
  'ui.import.missingLine': '{agency}, {period} (rok {dueDate}):',
  'ui.import.remind': 'napiši podsetnik za {name}',
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
  'ui.import.feedback': 'Kopije sa povratnim informacijama za institucije',
  'ui.import.feedbackZip': 'kopije-sa-povratnim-informacijama.zip',
  'ui.import.noFeedback': 'Nijedan obrazac nema probleme koje treba vratiti.',
  'import.error.reasonRequired':
    'Navedite zašto se period zatvara ili ponovo otvara: razlog se upisuje u tabelu Revizija.',
  'import.error.unknownPeriod': '{file} nema izveštajni period {period}. Njegovi periodi su: {known}.',
  'cli.period.summary':
    'Zatvori izveštajni period za uvoz ili ga ponovo otvori, uz razlog koji se čuva u tabeli Revizija.',
  'cli.period.usage':
    'Upotreba: nap-monitor period plan.xlsx (--close PERIOD | --reopen PERIOD) --reason TEKST [--who IME] [--out kopija.xlsx]\n\nZatvoren period odbija vraćene obrasce dok se ponovo ne otvori. Oba se beleže u tabeli Revizija.\n\nOpcije:\n  --close PERIOD     zatvori period (npr. 2026-Q2)\n  --reopen PERIOD    ponovo ga otvori\n  --reason TEKST     zašto (obavezno)\n  --who IME          ko to radi, za tabelu Revizija\n  --out DATOTEKA     upiši rezultat u kopiju umesto u datoteku plana\n  --force            zameni DATOTEKU zadatu sa --out ako postoji\n  --language ŠIFRA   jezik poruka: {languages} (podrazumevano: en)',
  'cli.period.closed': 'Period {period} je zatvoren za uvoz ({file}).',
  'cli.period.reopened': 'Period {period} je ponovo otvoren za uvoz ({file}).',
  'cli.period.already': 'Ništa nije promenjeno: period {period} je već {state}.',
  'cli.period.stateClosed': 'zatvoren',
  'cli.period.stateOpen': 'otvoren',
  'cli.period.oneAction': 'Navedite ili --close PERIOD ili --reopen PERIOD.',
  'ui.period.heading': 'Zatvaranje i ponovno otvaranje izveštajnog perioda',
  'ui.period.intro':
    'Vraćeni obrasci zatvorenog perioda odbijaju se dok se period ponovo ne otvori. Oba koraka se upisuju u tabelu Revizija, sa razlogom.',
  'ui.period.period': 'Period koji zatvarate ili ponovo otvarate',
  'ui.period.optionOpen': '{period}: otvoren',
  'ui.period.optionClosed': '{period}: zatvoren',
  'ui.period.stateOpen': 'Period {period} je otvoren: njegovi obrasci mogu da se uvezu.',
  'ui.period.stateClosed': 'Period {period} je zatvorio {who} dana {date}, uz razlog: {reason}',
  'ui.period.reason': 'Razlog',
  'ui.period.who': 'Vaše ime, za tabelu Revizija',
  'ui.period.whoHint':
    'Office ne saopštava dodatku ko ga koristi. Ako polje ostavite prazno, u tabeli Revizija piše „{fallback}“.',
  'ui.period.close': 'Zatvori {period}',
  'ui.period.reopen': 'Ponovo otvori {period}',
  'ui.period.writing': 'Upisivanje u tabelu Revizija…',
  'ui.period.closed': 'Period {period} je zatvoren: obrasci za njega odbijaju se dok se ponovo ne otvori.',
  'ui.period.reopened': 'Period {period} je ponovo otvoren: njegovi obrasci ponovo mogu da se uvezu.',
  'ui.period.alreadyClosed': 'Ništa nije promenjeno: period {period} je već bio zatvoren.',
  'ui.period.alreadyOpen': 'Ništa nije promenjeno: period {period} je već bio otvoren.',
};
