import type { importReturns as english } from '../en/import';
import type { AreaCatalogue } from '../message';

export const importReturns: AreaCatalogue<typeof english> = {
  'col.progress.submission': 'Dorëzimi',
  'col.progress.supersededBy': 'Zëvendësuar nga',
  'sheet.audit': 'Auditimi',
  'title.audit': 'Gjurma e auditimit: importet, zëvendësimet, periudhat e mbyllura dhe të rihapura',
  'col.audit.time': 'Koha',
  'col.audit.who': 'Kush',
  'col.audit.action': 'Veprimi',
  'col.audit.period': 'Periudha',
  'col.audit.agency': 'Institucioni',
  'col.audit.formId': 'ID e formularit',
  'col.audit.fileName': 'Skedari',
  'col.audit.sha256': 'SHA-256',
  'col.audit.values': 'Vlerat',
  'col.audit.superseded': 'Zëvendësuar',
  'col.audit.problems': 'Problemet',
  'col.audit.reason': 'Arsyeja',
  'import.cell.notANumber':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): „{value}“ nuk është numër. Shkruani vetëm numrin.',
  'import.cell.numberWithWords':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): „{value}“ ka fjalë pranë numrit. Shkruani vetëm numrin ({number}); shpjegimin vendoseni te komenti.',
  'import.cell.decimal.dot':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): „{value}“ përdor presje për dhjetëshet, por ky plan i shkruan dhjetëshet me pikë (12.5). Shkruajeni përsëri me pikë.',
  'import.cell.decimal.comma':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): „{value}“ përdor pikë për dhjetëshet, por ky plan i shkruan dhjetëshet me presje (12,5). Shkruajeni përsëri me presje.',
  'import.cell.negative':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): {value} është nën zero; një numërim ose një shumë nuk mund të jetë.',
  'import.cell.percentOver100': '{file}, fleta „{sheet}“, qeliza {cell} ({code}): {value} % është më shumë se 100 %.',
  'import.cell.numeratorAboveDenominator':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): numëruesi ({numerator}) është më i madh se emëruesi ({denominator}).',
  'import.cell.partsDoNotAddUp':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): pjesët japin shumën {sum}, por totali është {total}.',
  'import.cell.partsIncomplete':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): janë plotësuar vetëm disa pjesë ({sum} nga totali {total}).',
  'import.cell.totalFromParts':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): totali është bosh; si total merret shuma e pjesëve.',
  'import.cell.outsideList':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): „{value}“ nuk është një nga zgjedhjet e listës. Zgjidhni një nga lista rënëse.',
  'import.cell.notADate':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): „{value}“ nuk është datë e vërtetë. Shkruajeni si 2026-06-30.',
  'import.cell.required':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}): kjo vlerë është e detyrueshme dhe është bosh.',
  'import.cell.unknownCode': '{file}, fleta „{sheet}“, qeliza {cell}: kodi {code} nuk është në këtë plan.',
  'import.privacy.email': 'një adresë e-maili',
  'import.privacy.phone': 'një numër telefoni',
  'import.privacy.personalNumber': 'një numër personal identifikimi (JMBG/EMBG)',
  'import.privacy.passport': 'një numër pasaporte ose karte identiteti',
  'import.privacy.birthDate': 'një datëlindje',
  'import.privacy.flag':
    '{file}, fleta „{sheet}“, qeliza {cell} ({code}) duket se përmban {what}. Të dhënat personale të viktimave nuk duhet të hyjnë në librin e punës të planit: hiqini, ose konfirmoni se nuk janë të dhëna personale.',
  'import.privacy.undecided':
    '{file} nuk u zbatua: qeliza që duket se përmbajnë të dhëna personale: {count}. Së pari hiqni ose konfirmoni secilën.',
  'import.privacy.removed': 'Nga {file} u hoqën të dhëna personale para se të shkruhej: {count}.',
  'import.refused.notAWorkbook': '{file} nuk është libër pune Excel (.xlsx), prandaj nuk është formular raportimi.',
  'import.refused.notAForm':
    '{file} nuk është formular raportimi i NAP Monitor: nuk ka fletë me të dhënat e formularit.',
  'import.refused.otherPlan': '{file} është formular raportimi i një plani tjetër ({planId}), jo i këtij.',
  'import.refused.otherLayout':
    '{file} është bërë me një strukturë më të vjetër formulari (versioni {version}; ky plan përdor versionin {expected}). Dërgojini institucionit një formular të ri.',
  'import.refused.unknownAgency': '{file} është për një institucion që ky plan nuk e ka ({agency}).',
  'import.refused.unknownPeriod': '{file} është për një periudhë raportimi që ky plan nuk e ka ({period}).',
  'import.refused.unknownForm': '{file} ka një numër formulari që nuk është lëshuar kurrë ({formId}).',
  'import.refused.tampered':
    '{file}, fleta „{sheet}“: qelizat e paraplotësuara (kode, tekste, vlera bazë ose vlera të synuara) janë ndryshuar. Kërkojini institucionit të plotësojë një kopje të re të formularit.',
  'import.refused.rowsChanged':
    '{file}, fleta „{sheet}“: janë shtuar ose hequr rreshta (rreshti {row}). Kërkojini institucionit të plotësojë një kopje të re të formularit.',
  'import.refused.sheetMissing': '{file}: fleta „{sheet}“ mungon ose është riemërtuar.',
  'import.refused.damaged': '{file} nuk mund të lexohej: {reason}',
  'import.refused.sameFileTwice': '{file} u zgjodh dy herë; importohet një herë.',
  'import.error.noLedger':
    '{file} nuk ka tabelë Ecuria ({table}) ku të importohet. Së pari ekzekutoni Konfigurimin në këtë libër pune.',
  'import.closed':
    '{file} nuk u importua: periudha {period} u mbyll më {date} nga {who} ({reason}). Së pari rihapeni me një arsye.',
  'import.problems.notApplied':
    '{file} ka qeliza të gabuara: {count}; asgjë prej tij nuk u shkrua. Pranoni rreshtat e tij të vlefshëm, ose ktheni formularin me kopjen me komente.',
  'import.reminder.subject': 'Kujtesë: raporti i ecurisë {period} për {plan}',
  'import.reminder.body':
    'I/E nderuar {name},\n\nraporti i ecurisë i {agency} për {period} duhej dorëzuar më {dueDate} dhe ende nuk na ka arritur. Ju lutemi plotësoni formularin e raportimit që morët dhe ktheheni sa më shpejt. Mos shkruani të dhëna personale të viktimave.\n\nFaleminderit.',
  'import.status.refused': 'refuzuar',
  'import.status.closed': 'periudhë e mbyllur',
  'import.status.unchanged': 'pa ndryshim',
  'import.status.problems': 'qeliza të gabuara',
  'import.status.personalData': 'të dhëna personale për t’u kontrolluar',
  'import.status.ready': 'gati për import',
  'import.status.applied': 'importuar',
  'import.severity.error': 'Gabim',
  'import.severity.warning': 'Paralajmërim',
  'import.summary.counts':
    'vlera të reja: {added}, të ndryshuara: {changed}, të lëna jashtë: {dropped} krahasuar me dorëzimin e mëparshëm; vlera të mëparshme të zëvendësuara: {superseded}',
  'import.summary.change': '{code} {category}: {before} → {after}',
  'import.reminder.line': '{agency} nuk e ka dërguar raportin për {period} (afati {dueDate}); kontakti: {email}',
  'cli.import.summary':
    'Importo formularët e kthyer në plan: kontrollon ato, pastaj shton vlerat e tyre në regjistrin Ecuria.',
  'cli.import.usage':
    'Përdorimi: nap-monitor import plan.xlsx FORMULARI.xlsx... [opsione]\n\n' +
    'Lexon çdo formular të kthyer, refuzon skedarët që nuk janë formularë të këtij plani, liston qelizat e gabuara dhe tekstin që\n' +
    'duket si të dhëna personale, dhe shton vlerat në regjistrin Ecuria, regjistrin e dorëzimeve dhe tabelën Auditimi.\n' +
    'Ndryshojnë vetëm këto pjesë të skedarit të planit.\n\n' +
    'Opsione:\n' +
    '  --dry-run                  trego çfarë do të shtohej dhe ndryshohej; mos shkruaj asgjë\n' +
    '  --out SKEDARI              shkruaje rezultatin në një kopje në vend të skedarit të planit\n' +
    '  --accept-valid-rows        merr rreshtat e vlefshëm të formularëve që kanë qeliza të gabuara\n' +
    '  --personal-data VEPRIMI    hiq ose mbaj tekstin e shënuar si të dhëna personale (pa këtë, formularë të tillë presin)\n' +
    '  --who EMRI                 kush importon, për tabelën Auditimi\n' +
    '  --json                     printo rezultatin si JSON\n' +
    '  --force                    zëvendëso SKEDARIN e dhënë me --out nëse ekziston\n' +
    '  --language KODI            gjuha e mesazheve: {languages} (parazgjedhur: en)',
  'cli.import.noForms':
    'Jepni të paktën një formular të kthyer pas skedarit të planit: nap-monitor import plan.xlsx forms/*.xlsx',
  'cli.import.defaultWho': 'linja e komandave nap-monitor',
  'cli.import.dryRun': 'Provë: {file} nuk u ndryshua.',
  'cli.import.written': 'U shkrua {file}.',
  'cli.import.nothingWritten': 'Asgjë për të shkruar: {file} nuk u ndryshua.',
  'import.unchanged': '{file} është importuar më parë ({date}); asgjë nuk ndryshoi.',
  'import.audit.import': 'Import',
  'import.audit.supersede': 'Zëvendësuar nga një ridorëzim',
  'import.audit.refuse': 'Refuzuar',
  'import.audit.lock': 'Periudha u mbyll',
  'import.audit.reopen': 'Periudha u rihap',
  'import.summary.file':
    '{file}: vlera për t’u shtuar: {added}, të ndryshuara krahasuar me dorëzimin e mëparshëm: {changed}, qeliza të gabuara: {errors}, paralajmërime: {warnings}.',
  'import.summary.applied':
    'U importuan skedarë: {files}; vlera të shtuara: {added}, vlera të mëparshme të zëvendësuara: {superseded}.',
  'import.rate.line': '{period}: marrë {received} nga {expected} ({rate}), në kohë {onTime} ({onTimeRate}).',
  'ui.tab.import': 'Importi',
  'ui.import.heading': 'Importo formularët e kthyer',
  'ui.import.intro':
    'Zgjidhni formularët që institucionet kthyen. Secili kontrollohet së pari: asgjë nuk shkruhet derisa të zbatoni.',
  'ui.import.noPlan': 'Ky libër pune nuk ka ende plan. Së pari konfigurojeni.',
  'ui.import.pick': 'Formularët e kthyer (.xlsx), një ose shumë',
  'ui.import.drop': 'Mund t’i lëshoni skedarët edhe këtu.',
  'ui.import.reading': 'Po lexohen skedarët…',
  'ui.import.dryRunHeading': 'Çfarë do të bënte importi',
  'ui.import.resultHeading': 'Çfarë u importua',
  'ui.import.changes': 'Vlerat që ndryshojnë',
  'ui.import.problems': 'Problemet',
  'ui.import.moreProblems': 'dhe {count} të tjera (të gjitha janë në listën e komenteve)',
  'ui.import.acceptValid': {
    one: 'Importo gjithsesi rreshtat e vlefshëm ({count} qelizë e gabuar lihet jashtë)',
    other: 'Importo gjithsesi rreshtat e vlefshëm ({count} qeliza të gabuara lihen jashtë)',
  },
  'ui.import.decide': 'Të dhëna personale në qelizën {cell}',
  'ui.import.remove': 'Hiqe',
  'ui.import.keep': 'Mbaje: nuk janë të dhëna personale',
  'ui.import.apply': 'Zbato',
  'ui.import.applying': 'Po shkruhet në librin e punës…',
  'ui.import.applied': 'U importuan {files} nga {of} skedarë',
  'ui.import.clear': 'Fillo nga e para',
  'ui.import.register': 'Kush ka raportuar',
  'ui.import.late': 'Me vonesë: {agencies}.',
  'ui.import.missing': 'Raportet që mungojnë',
  'ui.import.missingLine': '{agency}, {period} (afati {dueDate}):',
  'ui.import.remind': 'shkruaj një kujtesë për {name}',
  'ui.import.noEmail': 'nuk ka adresë e-maili në tabelën e institucioneve',
  'ui.import.who': 'Paneli i detyrave',
  'import.feedback.sheet': 'Problemet',
  'import.feedback.title': 'Ju lutemi ndreqni qelizat e shënuara me të kuqe dhe ktheheni formularin',
  'import.feedback.col.sheet': 'Fleta',
  'import.feedback.col.cell': 'Qeliza',
  'import.feedback.col.message': 'Çfarë nuk shkon',
  'cli.import.feedbackWritten': {
    one: 'U shkrua {file} ({count} problem për t’u ndrequr).',
    other: 'U shkrua {file} ({count} probleme për t’u ndrequr).',
  },
  'ui.import.feedback': 'Kopjet me komente për institucionet',
  'ui.import.feedbackZip': 'kopjet-me-komente.zip',
  'ui.import.noFeedback': 'Asnjë formular nuk ka probleme për t’u kthyer.',
  'import.error.reasonRequired': 'Thoni pse periudha mbyllet ose rihapet: arsyeja shkon në tabelën Auditimi.',
  'import.error.unknownPeriod': '{file} nuk ka periudhë raportimi {period}. Periudhat e tij janë: {known}.',
  'cli.period.summary':
    'Mbyll një periudhë raportimi për importet, ose rihape, me një arsye që ruhet në tabelën Auditimi.',
  'cli.period.usage':
    'Përdorimi: nap-monitor period plan.xlsx (--close PERIOD | --reopen PERIOD) --reason TEKSTI [--who EMRI] [--out kopje.xlsx]\n\nNjë periudhë e mbyllur refuzon formularët e kthyer derisa të rihapet. Të dyja regjistrohen në tabelën Auditimi.\n\nOpsione:\n  --close PERIOD     mbyll periudhën (p.sh. 2026-Q2)\n  --reopen PERIOD    rihape\n  --reason TEKSTI    pse (e detyrueshme)\n  --who EMRI         kush e bën, për tabelën Auditimi\n  --out SKEDARI      shkruaje rezultatin në një kopje në vend të skedarit të planit\n  --force            zëvendëso SKEDARIN e dhënë me --out nëse ekziston\n  --language KODI    gjuha e mesazheve: {languages} (parazgjedhur: en)',
  'cli.period.closed': 'Periudha {period} është mbyllur për importet ({file}).',
  'cli.period.reopened': 'Periudha {period} është përsëri e hapur për importet ({file}).',
  'cli.period.already': 'Asgjë nuk ndryshoi: periudha {period} ishte tashmë {state}.',
  'cli.period.stateClosed': 'e mbyllur',
  'cli.period.stateOpen': 'e hapur',
  'cli.period.oneAction': 'Jepni ose --close PERIOD ose --reopen PERIOD.',
  'ui.period.heading': 'Mbyllni ose rihapni një periudhë raportimi',
  'ui.period.intro':
    'Formularët e kthyer të një periudhe të mbyllur refuzohen derisa ajo të rihapet. Të dyja shënohen në tabelën Auditimi, me arsyen.',
  'ui.period.period': 'Periudha që mbyllni ose rihapni',
  'ui.period.optionOpen': '{period}: e hapur',
  'ui.period.optionClosed': '{period}: e mbyllur',
  'ui.period.stateOpen': 'Periudha {period} është e hapur: formularët e saj mund të importohen.',
  'ui.period.stateClosed': 'Periudha {period} u mbyll më {date} nga {who}. Arsyeja: {reason}',
  'ui.period.reason': 'Arsyeja',
  'ui.period.who': 'Emri juaj, për tabelën Auditimi',
  'ui.period.whoHint':
    'Office nuk i tregon shtesës kush e përdor. Nëse e lini bosh, në tabelën Auditimi shkruhet „{fallback}“.',
  'ui.period.close': 'Mbyll {period}',
  'ui.period.reopen': 'Rihap {period}',
  'ui.period.writing': 'Po shkruhet në tabelën Auditimi…',
  'ui.period.closed': 'Periudha {period} u mbyll: importet për të refuzohen derisa të rihapet.',
  'ui.period.reopened': 'Periudha {period} u rihap: formularët e saj mund të importohen përsëri.',
  'ui.period.alreadyClosed': 'Asgjë nuk ndryshoi: periudha {period} ishte tashmë e mbyllur.',
  'ui.period.alreadyOpen': 'Asgjë nuk ndryshoi: periudha {period} ishte tashmë e hapur.',
};
