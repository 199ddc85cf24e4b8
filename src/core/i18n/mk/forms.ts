import type { forms as english } from '../en/forms';
import type { AreaCatalogue } from '../message';

export const forms: AreaCatalogue<typeof english> = {
  'forms.sheet.instructions': 'Упатство',
  'forms.sheet.form': 'Извештај за напредокот',
  'forms.title': 'Извештај за напредокот: {plan}',
  'forms.header.institution': 'Институција / организација',
  'forms.header.contactPerson': 'Лице за контакт',
  'forms.header.period': 'Извештаен период',
  'forms.header.dueDate': 'Ве молиме вратете до',
  'forms.header.reportingTo': 'Се известува до',
  'forms.header.observations': 'Општи забелешки',
  'forms.periodRange': '{period} ({start} до {end})',
  'forms.section.indicators': 'Индикатори за успешност',
  'forms.section.activities': 'Активности',
  'forms.row.area': 'Област {code}: {name}',
  'forms.row.outcome': 'Исход {code}: {text}',
  'forms.row.category': '   од тоа: {category}',
  'forms.col.code': 'Шифра',
  'forms.col.indicator': 'Индикатор',
  'forms.col.activity': 'Активност',
  'forms.col.unit': 'Единица',
  'forms.col.baseline': 'Почетна вредност',
  'forms.col.midTarget': 'Целна вредност на средината на периодот',
  'forms.col.endTarget': 'Целна вредност за крајот',
  'forms.col.lastValue': 'Ваша вредност во претходниот период',
  'forms.col.value': 'Вредност во овој период',
  'forms.col.numerator': 'Броител',
  'forms.col.denominator': 'Именител',
  'forms.col.outputs': 'Остварени резултати',
  'forms.col.activities': 'Спроведени активности',
  'forms.col.assessment': 'Оценка',
  'forms.col.budgetSpent': 'Потрошени средства',
  'forms.col.donors': 'Донатори',
  'forms.col.comment': 'Коментар',
  'forms.col.start': 'Планиран почеток',
  'forms.col.completion': 'Планирано завршување',
  'forms.col.implementation': 'Статус на спроведување',
  'forms.col.implementationDate': 'Датум',
  'forms.instructions.title': 'Извештај за напредокот: {plan}',
  'forms.instructions.for': 'За: {agency}. Извештаен период: {period}.',
  'forms.instructions.fill':
    'Пополнете ги жолтите ќелии со сина рамка на листот „{sheet}“: лицето за контакт, општите забелешки и, за секој индикатор и активност, што постигнала вашата институција во периодот.',
  'forms.instructions.numbers':
    'Бројките внесувајте ги како обични броеви (12, а не „12 случаи“), а датумите како датуми. Сивите ќелии го прикажуваат планот (почетна вредност, целни вредности) и вашата вредност од претходниот период: не можат да се менуваат.',
  'forms.instructions.ratio':
    'Каде што индикаторот е удел, наведете ги броителот и именителот, а не процентот. Каде што образецот бара расчленување (жени, мажи, девојчиња, момчиња или други категории), наведете го секој дел и вкупно.',
  'forms.instructions.assessment':
    'Сами оценете го секој индикатор, Според планот или Отстапува од планот, реално во однос на целните вредности и постигнатите резултати, и во коментарот наведете зошто.',
  'forms.instructions.activities':
    'За секоја активност изберете статус на спроведување и наведете го датумот кога е завршена или последен пат придвижена напред.',
  'forms.instructions.locked':
    'Не додавајте, не бришете и не преместувајте редови или листови и не ги преименувајте листовите на датотеката: образецот се чита автоматски.',
  'forms.instructions.deadline': 'Ве молиме вратете го пополнетиот образец до {dueDate} на: {returnTo}.',
  'forms.instructions.coordinator': 'канцеларијата што го координира националниот акциски план',
  'forms.instructions.personalData':
    'Не внесувајте лични податоци на жртвите или на други лица: без имиња, датуми на раѓање, матични броеви или броеви на пасоши, адреси, телефонски броеви или адреси на е-пошта. Наведувајте само бројки и анонимни описи.',
  'forms.validation.title': 'Проверете ја оваа вредност',
  'forms.validation.number': 'Внесете само број, без зборови или единици (12, а не „12 случаи“).',
  'forms.validation.notNegative': 'Внесете број нула или поголем, без зборови или единици.',
  'forms.validation.date': 'Внесете датум, на пример 2026-06-30.',
  'forms.validation.list': 'Изберете една од вредностите во листата.',
  'forms.error.unknownPeriod':
    'Во датотеката {file}, планот нема извештаен период „{period}“. Неговите периоди се: {known}.',
  'forms.error.unknownAgency':
    'Во датотеката {file}, листата на институции ја нема институцијата „{agency}“. Институциите се: {known}.',
  'forms.settingIssue.notDays':
    'Поставката {key} ја има вредноста „{value}“, која не е број на денови; се користат 15 дена.',
  'forms.settingIssue.notADate':
    'Поставката {key} ја има вредноста „{value}“, која не е датум (YYYY-MM-DD); се користи 31 март.',
  'cli.forms.summary':
    'Го запишува образецот за известување (Прилог 5) на секоја институција за еден извештаен период; датотеката на планот не се менува.',
  'cli.forms.usage':
    'Употреба: nap-monitor forms plan.xlsx --period PERIOD --out ПАПКА [--agency ШИФРА,...] [--force] [--language ШИФРА]\n\n' +
    'Запишува по еден .xlsx образец за напредокот за секоја институција одговорна за индикатор (план за следење) или активност,\n' +
    'за еден извештаен период на планот, во постојна папка. Обрасците се заштитени, а ќелиите за внес означени.\n' +
    'Се запишуваат како очекувани во регистарот на доставувања на датотеката на планот; ништо друго во датотеката не се менува.\n\n' +
    'Опции:\n' +
    '  --period PERIOD     извештајниот период, на пр. 2026-Q2, 2026-H1 или 2026, како што известува планот\n' +
    '  --out ПАПКА         папката во која се запишуваат обрасците\n' +
    '  --agency ШИФРА,...   само овие институции (стандардно: секоја институција што има што да пријави)\n' +
    '  --force             замени ги обрасците што веќе се во папката\n' +
    '  --language ШИФРА     јазик на пораките: {languages} (стандардно: en); обрасците се на јазикот на планот',
  'cli.forms.written': '{file}\t{agency}\tиндикатори: {indicators}, активности: {activities}',
  'cli.forms.skipped': 'Нема образец за {agencies}: ниту еден индикатор или активност не ги наведува како одговорни.',
  'cli.forms.summaryLine': 'Обрасци за {period}: {count}, рок {due}.',
  'cli.forms.planUntouched':
    '{file} остана каква што беше, па овие обрасци не се во нејзиниот регистар на доставувања: {detail}. Направете ги во панелот Обрасци во додатокот за да ги запишете.',
  'delivery.downloaded': '{file} се презема: побарајте ја во папката Преземања.',
  'delivery.zipped':
    'Датотеките ({count}) се преземаат како една zip-датотека, {file}: побарајте ја во папката Преземања.',
  'delivery.opened':
    'Excel отвори нови работни книги ({count}; може да се отворат зад овој прозорец): зачувајте ја секоја каде што ги чувате обрасците.',
  'delivery.unavailable.macNotWorkbook':
    'Excel за Mac не може да ја зачува оваа датотека од додаток. Отворете ја работната книга во Excel за веб или користете ја командната линија nap-monitor за да ја добиете.',
  'delivery.unavailable.macNoCreateWorkbook':
    'Оваа верзија на Excel за Mac не може да ви предаде датотеки од додаток (потребен е Excel 2021 или Microsoft 365). Наместо тоа користете Excel за веб или командната линија nap-monitor.',
  'delivery.unavailable.mobile':
    'Excel на телефон или таблет не може да зачувува датотеки од додаток. Отворете ја работната книга во Excel на компјутер или на веб.',
  'ui.tab.forms': 'Обрасци',
  'ui.forms.heading': 'Обрасци за напредокот за институциите',
  'ui.forms.intro':
    'Го прави образецот за напредокот (Прилог 5) на секоја институција за еден извештаен период, со нејзините индикатори и активности, подготвен за испраќање. Обрасците се запишуваат како очекувани во листот Доставувања.',
  'ui.forms.noPlan':
    'Најпрвин поставете ја работната книга на планот: обрасците се прават од нејзините индикатори, активности и институции.',
  'ui.forms.period': 'Извештаен период',
  'ui.forms.periodOption': '{period} (рок {due})',
  'ui.forms.agencies': 'Институции',
  'ui.forms.share': 'Индикатори: {indicators}, активности: {activities}',
  'ui.forms.nothingToReport':
    'Нема што да се пријави: ниту еден индикатор или активност не ја наведува оваа институција како одговорна.',
  'ui.forms.run': { one: 'Направи {count} образец', other: 'Направи {count} обрасци' },
  'ui.forms.running': 'Се прават обрасците…',
  'ui.forms.noneChosen': 'Изберете барем една институција.',
  'ui.forms.zipName': 'obrasci-za-napredok-{period}.zip',
  'ui.forms.built': 'Обрасци за {period}: {count}, рок {due}',
  'ui.forms.registered':
    'Додадено во листот Доставувања како очекувано: {count} (обрасците што веќе се таму остануваат какви што се).',
  'setting.forms.dueDays': 'Обрасци: денови од крајот на извештајниот период до рокот за образецот',
  'setting.forms.reportDueDate':
    'Рок за годишниот извештај (првиот; следните години на истиот ден и месец). Рок за податоците: еден месец порано',
  'setting.forms.returnTo': 'Обрасци: на кого институциите ги враќаат (канцеларија, е-пошта)',
  'setting.forms.password': 'Обрасци: лозинка за заштита (оставете празно ако нема)',
  'title.submissions': 'Доставувања: кој известил за кој период',
  'forms.category.women': 'жени',
  'forms.category.men': 'мажи',
  'forms.category.girls': 'девојчиња',
  'forms.category.boys': 'момчиња',
  'forms.category.adults': 'возрасни',
  'forms.category.children': 'деца',

  'col.submission.agency': 'Институција',
  'col.submission.period': 'Период',
  'col.submission.formId': 'ID на образецот',
  'col.submission.dueDate': 'Рок',
  'col.submission.issuedAt': 'Образецот е издаден',
  'col.submission.receivedAt': 'Примено',
  'col.submission.timeliness': 'Навреме',
  'col.submission.state': 'Состојба',
  'col.submission.fileName': 'Датотека',
  'col.submission.sha256': 'SHA-256',
  'col.submission.values': 'Вредности',
  'col.submission.problems': 'Проблеми',
  'sheet.submissions': 'Доставувања',
  'forms.state.expected': 'Очекувано',
  'forms.state.accepted': 'Прифатено',
  'forms.state.acceptedWithWarnings': 'Прифатено со предупредувања',
  'forms.state.refused': 'Одбиено',
  'forms.state.superseded': 'Заменето',
  'forms.timeliness.onTime': 'Навреме',
  'forms.timeliness.late': 'Доцни',
  'forms.timeliness.missing': 'Недостасува',
  'cli.forms.registered': '{file}: обрасци запишани како очекувани во регистарот на доставувања: {count}.',
  'cli.forms.alreadyRegistered': '{file} не е изменета: овие обрасци веќе се во нејзиниот регистар на доставувања.',
  'ui.forms.noPeriods':
    'Планот нема ниту еден извештаен период: проверете во листот Поставки дали периодот на планот завршува по почетокот.',
};
