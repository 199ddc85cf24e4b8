import type { report as english } from '../en/report';
import type { AreaCatalogue } from '../message';

export const report: AreaCatalogue<typeof english> = {
  'report.title': 'Годишен извештај за следењето на спроведувањето на националниот акциски план',
  'report.subtitle': '{plan}, {country}: {from} до {to}',
  'report.sheet': 'Извештај',
  'report.fileName': 'Извештај за следење на НАП {from} до {to}',
  'report.sheet.areas': 'Индикатори по области',
  'report.toc': 'Содржина',
  'report.page': 'Страница {page} од {pages}',
  'report.footer': '{title}: страница &P од &N',

  'report.titleBlock.plan': 'План',
  'report.titleBlock.country': 'Земја',
  'report.titleBlock.period': 'Извештаен период',
  'report.titleBlock.asOf': 'Податоци на ден',
  'report.titleBlock.deadline': 'Годишен рок за податоците',
  'report.titleBlock.generated': 'Создадено на',
  'report.titleBlock.notSet': 'не е поставено',
  'report.titleBlock.range': '{from} до {to}',

  'report.section.intro': '1. Вовед',
  'report.section.developments': '2. Забелешки за случувањата во областа на трговијата со луѓе',
  'report.section.policy': '3. Националните политики и правната рамка за борба против трговијата со луѓе',
  'report.section.compliance': '4. Усогласеност со меѓународните правни стандарди',
  'report.section.progress': '5. Напредок во спроведувањето на националниот акциски план ({from} до {to})',
  'report.section.general': 'a. Општи забелешки',
  'report.section.overall': 'b. Вкупни резултати и достигнувања во извештајниот период',
  'report.section.detailed': 'Детални резултати и достигнувања во извештајниот период',
  'report.section.observations': 'c. Забелешки, коментари',
  'report.section.lessons': 'd. Научени лекции',
  'report.section.nextSteps': 'e. Следни чекори / натамошна насока',
  'report.section.outcomeComment': 'Коментар за исходот {code}',
  'report.section.summary': 'Резиме',
  'report.section.outcomes': 'Исходи според планот и исходи што отстапуваат од планот',

  'report.guidance.intro':
    'Кој известува за што (институција, лице за контакт); извештајниот период; до кого оди извештајот; кој учествувал во известувањето.',
  'report.guidance.developments':
    'Природата и обемот на проблемот и случувањата; промени во начинот на дејствување на сторителите; промени во профилот на жртвите.',
  'report.guidance.policy': 'Промени во политиките и правната рамка.',
  'report.guidance.compliance':
    'Состојба и/или промени во правната рамка во врска со усогласеноста со меѓународните правни стандарди.',
  'report.guidance.general':
    'Како течеше спроведувањето во извештајната фаза; институционални аранжмани за спроведување; утврдени предизвици; планиран или започнат преглед или евалуација.',
  'report.guidance.overall':
    'Вкупни резултати и достигнувања од спроведувањето во однос на целите и исходите: промените што може да им се припишат на активностите од акцискиот план.',
  'report.guidance.outcomeComment':
    'Вашиот коментар за овој исход: она што бројките не го кажуваат и зошто отстапува од планот таму каде што отстапува.',
  'report.guidance.observations': 'Сите забелешки или коментари во врска со спроведувањето на НАП.',
  'report.guidance.lessons':
    'Лекции научени во извештајниот период што бараат поинаков пристап во следниот извештаен период.',
  'report.guidance.nextSteps':
    'Како ќе продолжи борбата против трговијата со луѓе во следниот извештаен период: институционални промени, промени во фокусот, постапување по преглед или евалуација, планирано известување.',
  'report.notWritten': '(сè уште не е напишано)',

  'report.summary.group.indicators': 'Индикатори',
  'report.summary.group.activities': 'Активности',
  'report.summary.group.reporting': 'Институции што известуваат',
  'report.summary.group.rule': 'Како се пресметува статусот',
  'report.summary.expected': 'Очекувани извештаи',
  'report.summary.received': 'Примени извештаи',
  'report.summary.rate': 'Стапка на известување',
  'report.summary.rateValue': '{rate} %',
  'report.summary.missing': 'Извештаи што недостасуваат',
  'report.summary.reportingLine':
    'Институции што известуваат: примени {received} од {expected} очекувани извештаи ({rate} %).',
  'report.summary.reportingNone': 'Институции што известуваат: во извештајниот период немаше очекувани извештаи.',

  'report.col.key': 'Клуч',
  'report.col.section': 'Оддел',
  'report.col.text': 'Ваш текст',
  'report.col.item': 'Ставка',
  'report.col.count': 'Број',
  'report.col.area': 'Стратешка област',
  'report.col.outcomeCode': 'Исход',
  'report.col.outcome': 'Текст на исходот',
  'report.col.code': 'Шифра',
  'report.col.indicator': 'Индикатор',
  'report.col.unit': 'Единица',
  'report.col.baseline': 'Почетна вредност',
  'report.col.value': 'Вредност на крајот на периодот',
  'report.col.target': 'Целна вредност',
  'report.col.targetDate': 'Рок за целната вредност',
  'report.col.status': 'Статус',
  'report.col.reason': 'Образложение',
  'report.col.agencyView': 'Сопствена оценка на институциите',
  'report.col.assessment': 'Оценка (во однос на индикаторите)',
  'report.col.onTrackCount': 'Индикатори според планот',
  'report.col.achievements': 'Достигнувања',
  'report.col.activities': 'Спроведени активности',
  'report.col.comments': 'Коментари (зошто, ако отстапува од планот)',
  'report.col.resources': 'Потрошени средства',
  'report.col.donors': 'Донатори',
  'report.col.year': 'Година',
  'report.col.twoWay': 'Според планот / отстапува од планот',

  'report.attributed': '{text} ({agency}, {period})',
  'report.activityReported': '{code} {text}: {implementation}',
  'report.agencyView': '{agency} ({period}): {assessment}',
  'report.agencyViewDiffers': '{agency} ({period}): {assessment}, а податоците покажуваат: {status}',
  'report.onTrackCount': '{good} од {assessable}',
  'report.resources': '{amount} {currency}',
  'report.none': '—',
  'report.chart.title': 'Индикатори по статус во секоја стратешка област',
  'report.areaHeading': 'Стратешка област {code}: {name}',
  'report.outcomeHeading': 'Исход {code}: {text}',
  'report.areaAssessment': 'Оценка на областа: {status}. {reason}',
  'report.indicatorsHeading': 'Индикатори',

  'report.error.badRange': 'Извештајниот период мора да започне пред својот крај или истиот ден: {from} до {to}.',
  'report.error.outsidePlan': 'Извештајниот период од {from} до {to} е надвор од планот, кој трае од {start} до {end}.',

  'cli.report.summary': 'Годишниот извештај за следење (Прилог 6) за година или опсег, како .docx, .xlsx или .csv.',
  'cli.report.usage':
    'Употреба: nap-monitor report plan.xlsx (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) --out ДАТОТЕКА\n' +
    '                          [--deadline YYYY-MM-DD] [--language ШИФРА] [--force]\n\n' +
    'Го запишува извештајот за следење за собранието од планот, табелата Напредок и наративот во листот Извештај.\n' +
    'Форматот го следи името на датотеката: .docx (Прилог 6), .xlsx (само вредности) или .csv (еден ред по индикатор\n' +
    'и година). Датотеката на планот не се менува; листот Извештај се прави во додатокот.\n\n' +
    'Опции:\n' +
    '  --year YYYY          календарската година за која се известува\n' +
    '  --from, --to         кој било опсег на денови наместо година\n' +
    '  --out ДАТОТЕКА       датотеката за запишување: report.docx, report.xlsx или report.csv\n' +
    '  --deadline ДАТУМ     годишниот рок за податоците, прикажан во заглавието\n' +
    '  --language ШИФРА      јазик на извештајот: {languages} (стандардно: en)\n' +
    '  --force              замени ја ДАТОТЕКАТА ако постои',
  'cli.report.written':
    'Запишана е датотеката {file}: индикатори: {indicators}; примени {received} од {expected} извештаи.',
  'cli.report.badFormat': 'Форматот на {file} не е јасен: дајте ѝ наставка {formats}.',
  'cli.report.badYear': '--year мора да биде година како 2026, а не „{value}“.',
  'report.export.docx': 'Извештај за Word (.docx)',
  'report.export.xlsx': 'Работна книга само со вредности (.xlsx)',
  'report.export.csv': 'Резултати на индикаторите (.csv)',

  'ui.tab.report': 'Извештај',
  'ui.report.heading': 'Годишен извештај за следење',
  'ui.report.intro':
    'Го прави извештајот од Прилог 6 во листот Извештај од планот, табелата Напредок и статусот на крајот на периодот. Одделите 1–4, коментарите и лекциите пишувајте ги во листот: се чуваат кога повторно го правите извештајот. Потоа извезете го за собранието.',
  'ui.report.noPlan': 'Оваа работна книга сè уште нема план: најпрвин поставете го.',
  'ui.report.year': 'Година',
  'ui.report.customRange': 'Кој било опсег на датуми',
  'ui.report.from': 'Од',
  'ui.report.to': 'До',
  'ui.report.deadline': 'Годишен рок за податоците (не е задолжително)',
  'ui.report.deadlineHint': 'Се прикажува во заглавието; водичот го поставува еден месец пред рокот за извештајот.',
  'ui.report.invalidYear': 'Внесете година како 2026.',
  'ui.report.invalidRange': 'Внесете два датума, првиот пред вториот или ист.',
  'ui.report.run': 'Направи го листот Извештај',
  'ui.report.running': 'Се прави извештајот…',
  'ui.report.built': 'Извештајот е во листот „{sheet}“.',
  'ui.report.outcomes': 'Исходи: според планот {onTrack}, отстапува од планот {offTrack}, од вкупно {total}.',
  'ui.report.exports': 'Извоз за собранието',
  'ui.report.exporting': 'Се подготвува датотеката…',
  'report.section.kept': 'Текст зачуван од претходен извештај',
  'report.guidance.kept':
    'Текст што повеќе не припаѓа на ниту еден оддел од извештајот: преместете го каде што припаѓа или избришете го.',
  'report.error.narrativeColumn':
    'Табелата {table} на листот „{sheet}“ ја изгубила колоната „{column}“: вратете ја колоната (поништете), потоа повторно направете го извештајот. Ништо не е променето.',
};
