import type { forms as english } from '../en/forms';
import type { AreaCatalogue } from '../message';

export const forms: AreaCatalogue<typeof english> = {
  'forms.sheet.instructions': 'Udhëzime',
  'forms.sheet.form': 'Raporti i ecurisë',
  'forms.title': 'Raporti i ecurisë: {plan}',
  'forms.header.institution': 'Institucioni / organizata',
  'forms.header.contactPerson': 'Personi i kontaktit',
  'forms.header.period': 'Periudha e raportimit',
  'forms.header.dueDate': 'Ju lutemi ktheheni deri më',
  'forms.header.reportingTo': 'Raportohet te',
  'forms.header.observations': 'Vërejtje të përgjithshme',
  'forms.periodRange': '{period} ({start} deri më {end})',
  'forms.section.indicators': 'Treguesit e performancës',
  'forms.section.activities': 'Aktivitetet',
  'forms.row.area': 'Fusha {code}: {name}',
  'forms.row.outcome': 'Rezultati {code}: {text}',
  'forms.row.category': '   prej të cilave: {category}',
  'forms.col.code': 'Kodi',
  'forms.col.indicator': 'Treguesi',
  'forms.col.activity': 'Aktiviteti',
  'forms.col.unit': 'Njësia',
  'forms.col.baseline': 'Vlera bazë',
  'forms.col.midTarget': 'Vlera e synuar afatmesme',
  'forms.col.endTarget': 'Vlera e synuar përfundimtare',
  'forms.col.lastValue': 'Vlera juaj në periudhën e kaluar',
  'forms.col.value': 'Vlera në këtë periudhë',
  'forms.col.numerator': 'Numëruesi',
  'forms.col.denominator': 'Emëruesi',
  'forms.col.outputs': 'Produktet e arritura',
  'forms.col.activities': 'Aktivitetet e zbatuara',
  'forms.col.assessment': 'Vlerësimi',
  'forms.col.budgetSpent': 'Buxheti i shpenzuar',
  'forms.col.donors': 'Donatorët',
  'forms.col.comment': 'Komenti',
  'forms.col.start': 'Fillimi i planifikuar',
  'forms.col.completion': 'Përfundimi i planifikuar',
  'forms.col.implementation': 'Statusi i zbatimit',
  'forms.col.implementationDate': 'Data',
  'forms.instructions.title': 'Raporti i ecurisë: {plan}',
  'forms.instructions.for': 'Për: {agency}. Periudha e raportimit: {period}.',
  'forms.instructions.fill':
    'Plotësoni qelizat e verdha me kornizë blu në fletën „{sheet}“: personin e kontaktit, vërejtjet e përgjithshme dhe, për çdo tregues dhe aktivitet, çfarë arriti institucioni juaj në periudhë.',
  'forms.instructions.numbers':
    'Shkruani shifrat si numra të thjeshtë (12, jo „12 raste“); datat si data. Qelizat gri tregojnë planin (vlera bazë, vlerat e synuara) dhe vlerën tuaj të periudhës së kaluar: nuk mund të ndryshohen.',
  'forms.instructions.ratio':
    'Kur një tregues është pjesë, jepni numëruesin dhe emëruesin, jo përqindjen. Kur formulari kërkon ndarje (gra, burra, vajza, djem ose kategori të tjera), jepni çdo pjesë si dhe totalin.',
  'forms.instructions.assessment':
    'Vlerësoni vetë çdo tregues, Në rrugë të mbarë ose Jashtë rrugës, në mënyrë realiste kundrejt vlerave të synuara dhe rezultateve të arritura, dhe thoni pse te komenti.',
  'forms.instructions.activities':
    'Për çdo aktivitet zgjidhni statusin e zbatimit dhe jepni datën kur u përfundua ose u çua përpara për herë të fundit.',
  'forms.instructions.locked':
    'Mos shtoni, fshini ose zhvendosni rreshta apo fletë dhe mos i riemërtoni fletët e skedarit: formulari lexohet automatikisht.',
  'forms.instructions.deadline': 'Ju lutemi ktheheni formularin e plotësuar deri më {dueDate} te: {returnTo}.',
  'forms.instructions.coordinator': 'zyra që koordinon Planin Kombëtar të Veprimit',
  'forms.instructions.personalData':
    'Mos shkruani të dhëna personale të viktimave ose të personave të tjerë: pa emra, datëlindje, numra personalë ose pasaportash, adresa, numra telefoni ose adresa e-maili. Raportoni vetëm shifra dhe përshkrime anonime.',
  'forms.validation.title': 'Ju lutemi kontrolloni këtë vlerë',
  'forms.validation.number': 'Shkruani vetëm një numër, pa fjalë ose njësi (12, jo „12 raste“).',
  'forms.validation.notNegative': 'Shkruani një numër zero ose më shumë, pa fjalë ose njësi.',
  'forms.validation.date': 'Shkruani një datë, për shembull 2026-06-30.',
  'forms.validation.list': 'Zgjidhni një nga vlerat e listës.',
  'forms.error.unknownPeriod': 'Në {file}, plani nuk ka periudhë raportimi „{period}“. Periudhat e tij janë: {known}.',
  'forms.error.unknownAgency':
    'Në {file}, lista e institucioneve nuk ka institucionin „{agency}“. Institucionet janë: {known}.',
  'forms.settingIssue.notDays': 'Cilësimi {key} ka vlerën „{value}“, që nuk është numër ditësh; përdoren 15 ditë.',
  'forms.settingIssue.notADate':
    'Cilësimi {key} ka vlerën „{value}“, që nuk është datë (YYYY-MM-DD); përdoret 31 marsi.',
  'cli.forms.summary':
    'Shkruan formularin e raportimit (Aneksi 5) të çdo institucioni për një periudhë raportimi; skedari i planit nuk ndryshohet.',
  'cli.forms.usage':
    'Përdorimi: nap-monitor forms plan.xlsx --period PERIOD --out DOSJA [--agency KODI,...] [--force] [--language KODI]\n\n' +
    'Shkruan një formular ecurie .xlsx për çdo institucion përgjegjës për një tregues (plani i monitorimit) ose aktivitet, për\n' +
    'një periudhë raportimi të planit, në një dosje ekzistuese. Formularët janë të mbrojtur, me qelizat e hyrjes të shënuara.\n' +
    'Regjistrohen si të pritur në regjistrin e dorëzimeve të skedarit të planit; asgjë tjetër në skedar nuk ndryshon.\n\n' +
    'Opsione:\n' +
    '  --period PERIOD     periudha e raportimit, p.sh. 2026-Q2, 2026-H1 ose 2026, siç raporton plani\n' +
    '  --out DOSJA         dosja ku shkruhen formularët\n' +
    '  --agency KODI,...   vetëm këto institucione (parazgjedhur: çdo institucion që ka diçka për të raportuar)\n' +
    '  --force             zëvendëso formularët që janë tashmë në dosje\n' +
    '  --language KODI     gjuha e mesazheve: {languages} (parazgjedhur: en); formularët janë në gjuhën e planit',
  'cli.forms.written': '{file}\t{agency}\ttregues: {indicators}, aktivitete: {activities}',
  'cli.forms.skipped': 'Asnjë formular për {agencies}: asnjë tregues apo aktivitet nuk i përmend si përgjegjës.',
  'cli.forms.summaryLine': 'Formularë për {period}: {count}, afati {due}.',
  'cli.forms.planUntouched':
    '{file} u la siç ishte, prandaj këta formularë nuk janë në regjistrin e tij të dorëzimeve: {detail}. Krijojini nga paneli Formularët i shtojcës për t’i regjistruar.',
  'delivery.downloaded': '{file} po shkarkohet: kërkojeni në dosjen Shkarkimet.',
  'delivery.zipped': 'Skedarët ({count}) po shkarkohen si një skedar zip, {file}: kërkojeni në dosjen Shkarkimet.',
  'delivery.opened':
    'Excel hapi libra pune të rinj ({count}; mund të hapen pas kësaj dritareje): ruajeni secilin aty ku mbani formularët.',
  'delivery.unavailable.macNotWorkbook':
    'Excel për Mac nuk mund ta ruajë këtë skedar nga një shtojcë. Hapeni librin e punës në Excel për ueb ose përdorni linjën e komandave nap-monitor për ta marrë.',
  'delivery.unavailable.macNoCreateWorkbook':
    'Ky version i Excel për Mac nuk mund t’ju japë skedarë nga një shtojcë (kërkon Excel 2021 ose Microsoft 365). Në vend të kësaj përdorni Excel për ueb ose linjën e komandave nap-monitor.',
  'delivery.unavailable.mobile':
    'Excel në telefon ose tablet nuk mund të ruajë skedarë nga një shtojcë. Hapeni librin e punës në Excel në kompjuter ose në ueb.',
  'ui.tab.forms': 'Formularët',
  'ui.forms.heading': 'Formularët e ecurisë për institucionet',
  'ui.forms.intro':
    'Krijon formularin e ecurisë (Aneksi 5) të çdo institucioni për një periudhë raportimi, me treguesit dhe aktivitetet e tij, gati për t’u dërguar. Formularët regjistrohen si të pritur në fletën Dorëzimet.',
  'ui.forms.noPlan':
    'Së pari konfiguroni librin e punës të planit: formularët krijohen nga treguesit, aktivitetet dhe institucionet e tij.',
  'ui.forms.period': 'Periudha e raportimit',
  'ui.forms.periodOption': '{period} (afati {due})',
  'ui.forms.agencies': 'Institucionet',
  'ui.forms.share': 'Tregues: {indicators}, aktivitete: {activities}',
  'ui.forms.nothingToReport':
    'Asgjë për të raportuar: asnjë tregues apo aktivitet nuk e përmend këtë institucion si përgjegjës.',
  'ui.forms.run': { one: 'Krijo {count} formular', other: 'Krijo {count} formularë' },
  'ui.forms.running': 'Po krijohen formularët…',
  'ui.forms.noneChosen': 'Zgjidhni të paktën një institucion.',
  'ui.forms.zipName': 'formularet-e-ecurise-{period}.zip',
  'ui.forms.built': 'Formularë për {period}: {count}, afati {due}',
  'ui.forms.registered':
    'U shtuan në fletën Dorëzimet si të pritur: {count} (formularët që janë tashmë atje mbeten siç janë).',
  'setting.forms.dueDays': 'Formularët: ditë pas mbarimit të një periudhe raportimi deri në afatin e formularit',
  'setting.forms.reportDueDate':
    'Afati i raportit vjetor (i pari; vitet e mëvonshme në të njëjtën ditë dhe muaj). Afati i të dhënave: një muaj më parë',
  'setting.forms.returnTo': 'Formularët: kujt ia kthejnë institucionet (zyra, e-mail)',
  'setting.forms.password': 'Formularët: fjalëkalimi i mbrojtjes (lëreni bosh për asnjë)',
  'title.submissions': 'Dorëzimet: kush ka raportuar për cilën periudhë',
  'forms.category.women': 'gra',
  'forms.category.men': 'burra',
  'forms.category.girls': 'vajza',
  'forms.category.boys': 'djem',
  'forms.category.adults': 'të rritur',
  'forms.category.children': 'fëmijë',

  'col.submission.agency': 'Institucioni',
  'col.submission.period': 'Periudha',
  'col.submission.formId': 'ID e formularit',
  'col.submission.dueDate': 'Afati',
  'col.submission.issuedAt': 'Formulari u lëshua',
  'col.submission.receivedAt': 'Marrë',
  'col.submission.timeliness': 'Në kohë',
  'col.submission.state': 'Gjendja',
  'col.submission.fileName': 'Skedari',
  'col.submission.sha256': 'SHA-256',
  'col.submission.values': 'Vlerat',
  'col.submission.problems': 'Problemet',
  'sheet.submissions': 'Dorëzimet',
  'forms.state.expected': 'I pritur',
  'forms.state.accepted': 'I pranuar',
  'forms.state.acceptedWithWarnings': 'I pranuar me paralajmërime',
  'forms.state.refused': 'I refuzuar',
  'forms.state.superseded': 'I zëvendësuar',
  'forms.timeliness.onTime': 'Në kohë',
  'forms.timeliness.late': 'Me vonesë',
  'forms.timeliness.missing': 'Mungon',
  'cli.forms.registered': '{file}: formularë të regjistruar si të pritur në regjistrin e dorëzimeve: {count}.',
  'cli.forms.alreadyRegistered': '{file} nuk u ndryshua: këta formularë janë tashmë në regjistrin e tij të dorëzimeve.',
  'ui.forms.noPeriods':
    'Plani nuk ka asnjë periudhë raportimi: kontrolloni në fletën Cilësimet që periudha e planit të mbarojë pas fillimit.',
};
