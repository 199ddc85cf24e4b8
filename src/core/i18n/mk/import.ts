import type { importReturns as english } from '../en/import';
import type { AreaCatalogue } from '../message';

export const importReturns: AreaCatalogue<typeof english> = {
  'col.progress.submission': 'Доставување',
  'col.progress.supersededBy': 'Заменето со',
  'sheet.audit': 'Ревизија',
  'title.audit': 'Ревизорска трага: увози, замени, затворени и повторно отворени периоди',
  'col.audit.time': 'Време',
  'col.audit.who': 'Кој',
  'col.audit.action': 'Дејство',
  'col.audit.period': 'Период',
  'col.audit.agency': 'Институција',
  'col.audit.formId': 'ID на образецот',
  'col.audit.fileName': 'Датотека',
  'col.audit.sha256': 'SHA-256',
  'col.audit.values': 'Вредности',
  'col.audit.superseded': 'Заменето',
  'col.audit.problems': 'Проблеми',
  'col.audit.reason': 'Причина',
  'import.cell.notANumber': '{file}, лист „{sheet}“, ќелија {cell} ({code}): „{value}“ не е број. Внесете само број.',
  'import.cell.numberWithWords':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): „{value}“ има зборови покрај бројот. Внесете само број ({number}); објаснувањето ставете го во коментарот.',
  'import.cell.decimal.dot':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): „{value}“ користи запирка за децимали, а овој план пишува децимали со точка (12.5). Внесете повторно со точка.',
  'import.cell.decimal.comma':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): „{value}“ користи точка за децимали, а овој план пишува децимали со запирка (12,5). Внесете повторно со запирка.',
  'import.cell.negative':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): {value} е под нула; број или износ не може да биде.',
  'import.cell.percentOver100': '{file}, лист „{sheet}“, ќелија {cell} ({code}): {value} % е повеќе од 100 %.',
  'import.cell.numeratorAboveDenominator':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): броителот ({numerator}) е поголем од именителот ({denominator}).',
  'import.cell.partsDoNotAddUp':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): деловите даваат збир {sum}, а вкупно е {total}.',
  'import.cell.partsIncomplete':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): пополнети се само некои делови ({sum} од вкупно {total}).',
  'import.cell.totalFromParts':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): вкупниот износ е празен; како вкупно се зема збирот на деловите.',
  'import.cell.outsideList':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): „{value}“ не е еден од изборите во листата. Изберете од паѓачката листа.',
  'import.cell.notADate':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}): „{value}“ не е вистински датум. Напишете го како 2026-06-30.',
  'import.cell.required': '{file}, лист „{sheet}“, ќелија {cell} ({code}): оваа вредност е задолжителна, а е празна.',
  'import.cell.unknownCode': '{file}, лист „{sheet}“, ќелија {cell}: шифрата {code} не е во овој план.',
  'import.privacy.email': 'адреса на е-пошта',
  'import.privacy.phone': 'телефонски број',
  'import.privacy.personalNumber': 'единствен матичен број (ЕМБГ/JMBG)',
  'import.privacy.passport': 'број на пасош или лична карта',
  'import.privacy.birthDate': 'датум на раѓање',
  'import.privacy.flag':
    '{file}, лист „{sheet}“, ќелија {cell} ({code}) изгледа дека содржи {what}. Личните податоци на жртвите не смеат да влезат во работната книга на планот: отстранете ги или потврдете дека не се лични податоци.',
  'import.privacy.undecided':
    '{file} не е применета: ќелии што изгледа дека содржат лични податоци: {count}. Најпрвин отстранете ја или потврдете ја секоја.',
  'import.privacy.removed': 'Од датотеката {file} се отстранети лични податоци пред запишувањето: {count}.',
  'import.refused.notAWorkbook': '{file} не е работна книга на Excel (.xlsx), па не е образец за известување.',
  'import.refused.notAForm': '{file} не е образец за известување на NAP Monitor: нема лист со податоци за образецот.',
  'import.refused.otherPlan': '{file} е образец за известување на друг план ({planId}), а не на овој.',
  'import.refused.otherLayout':
    '{file} е направена со постар распоред на образецот (верзија {version}; овој план користи верзија {expected}). Испратете ѝ на институцијата нов образец.',
  'import.refused.unknownAgency': '{file} е за институција што овој план ја нема ({agency}).',
  'import.refused.unknownPeriod': '{file} е за извештаен период што овој план го нема ({period}).',
  'import.refused.unknownForm': '{file} има број на образец што никогаш не е издаден ({formId}).',
  'import.refused.tampered':
    '{file}, лист „{sheet}“: однапред пополнетите ќелии (шифри, текстови, почетни вредности или целни вредности) се изменети. Замолете ја институцијата да пополни нов примерок од образецот.',
  'import.refused.rowsChanged':
    '{file}, лист „{sheet}“: додадени се или отстранети редови (ред {row}). Замолете ја институцијата да пополни нов примерок од образецот.',
  'import.refused.sheetMissing': '{file}: листот „{sheet}“ недостасува или е преименуван.',
  'import.refused.damaged': '{file} не можеше да се прочита: {reason}',
  'import.refused.sameFileTwice': '{file} е избрана двапати; се увезува еднаш.',
  'import.error.noLedger':
    '{file} нема табела Напредок ({table}) во која би се увезувало. Најпрвин извршете Поставување на оваа работна книга.',
  'import.closed':
    '{file} не е увезена: периодот {period} го затвори {who} на {date} ({reason}). Најпрвин повторно отворете го со образложение.',
  'import.problems.notApplied':
    '{file} има погрешни ќелии: {count}; ништо од неа не е запишано. Прифатете ги нејзините исправни редови или вратете го образецот со копијата со повратни информации.',
  'import.reminder.subject': 'Потсетник: извештај за напредокот {period} за {plan}',
  'import.reminder.body':
    'Почитуван/а {name},\n\nизвештајот за напредокот на {agency} за {period} требаше да пристигне до {dueDate} и сè уште не е кај нас. Ве молиме пополнете го образецот за известување што го добивте и вратете го што поскоро. Не внесувајте лични податоци на жртвите.\n\nВи благодариме.',
  'import.status.refused': 'одбиено',
  'import.status.closed': 'периодот е затворен',
  'import.status.unchanged': 'без промени',
  'import.status.problems': 'погрешни ќелии',
  'import.status.personalData': 'лични податоци за проверка',
  'import.status.ready': 'подготвено за увоз',
  'import.status.applied': 'увезено',
  'import.severity.error': 'Грешка',
  'import.severity.warning': 'Предупредување',
  'import.summary.counts':
    'нови вредности: {added}, изменети: {changed}, изоставени: {dropped} во однос на претходното доставување; заменети претходни вредности: {superseded}',
  'import.summary.change': '{code} {category}: {before} → {after}',
  'import.reminder.line': '{agency} не го испрати извештајот за {period} (рок {dueDate}); контакт: {email}',
  'cli.import.summary':
    'Увоз на вратените обрасци во планот: ги проверува, потоа ги додава нивните вредности во евиденцијата Напредок.',
  'cli.import.usage':
    'Употреба: nap-monitor import plan.xlsx ОБРАЗЕЦ.xlsx... [опции]\n\n' +
    'Го чита секој вратен образец, ги одбива датотеките што не се обрасци на овој план, ги наведува погрешните ќелии и текстот што\n' +
    'личи на лични податоци и ги додава вредностите во евиденцијата Напредок, регистарот на доставувања и табелата Ревизија.\n' +
    'Се менуваат само тие делови од датотеката на планот.\n\n' +
    'Опции:\n' +
    '  --dry-run                  прикажи што би се додало и изменило; ништо не запишувај\n' +
    '  --out ДАТОТЕКА             запиши го резултатот во копија наместо во датотеката на планот\n' +
    '  --accept-valid-rows        прифати ги исправните редови од обрасците што имаат погрешни ќелии\n' +
    '  --personal-data ДЕЈСТВО    отстрани го или задржи го текстот означен како лични податоци (без ова, таквите обрасци чекаат)\n' +
    '  --who ИМЕ                  кој увезува, за табелата Ревизија\n' +
    '  --json                     испечати го резултатот како JSON\n' +
    '  --force                    замени ја ДАТОТЕКАТА зададена со --out ако постои\n' +
    '  --language ШИФРА            јазик на пораките: {languages} (стандардно: en)',
  'cli.import.noForms':
    'Наведете барем еден вратен образец по датотеката на планот: nap-monitor import plan.xlsx forms/*.xlsx',
  'cli.import.defaultWho': 'командна линија nap-monitor',
  'cli.import.dryRun': 'Проба: {file} не е изменета.',
  'cli.import.written': 'Запишана е датотеката {file}.',
  'cli.import.nothingWritten': 'Нема што да се запише: {file} не е изменета.',
  'import.unchanged': '{file} е веќе увезена ({date}); ништо не се промени.',
  'import.audit.import': 'Увоз',
  'import.audit.supersede': 'Заменето со повторно доставување',
  'import.audit.refuse': 'Одбиено',
  'import.audit.lock': 'Периодот е затворен',
  'import.audit.reopen': 'Периодот е повторно отворен',
  'import.summary.file':
    '{file}: вредности за додавање: {added}, изменети во однос на претходното доставување: {changed}, погрешни ќелии: {errors}, предупредувања: {warnings}.',
  'import.summary.applied':
    'Увезени датотеки: {files}; додадени вредности: {added}, заменети претходни вредности: {superseded}.',
  'import.rate.line': '{period}: примени {received} од {expected} ({rate}), навреме {onTime} ({onTimeRate}).',
  'ui.tab.import': 'Увоз',
  'ui.import.heading': 'Увоз на вратените обрасци',
  'ui.import.intro':
    'Изберете ги обрасците што институциите ги вратија. Секој најпрвин се проверува: ништо не се запишува додека не примените.',
  'ui.import.noPlan': 'Оваа работна книга сè уште нема план. Најпрвин поставете го.',
  'ui.import.pick': 'Вратени обрасци (.xlsx), еден или повеќе',
  'ui.import.drop': 'Датотеките можете и да ги повлечете тука.',
  'ui.import.reading': 'Се читаат датотеките…',
  'ui.import.dryRunHeading': 'Што би направил увозот',
  'ui.import.resultHeading': 'Што е увезено',
  'ui.import.changes': 'Вредности што се менуваат',
  'ui.import.problems': 'Проблеми',
  'ui.import.moreProblems': 'и уште {count} (сите се во листата со повратни информации)',
  'ui.import.acceptValid': {
    one: 'Сепак увези ги исправните редови ({count} погрешна ќелија се изоставува)',
    other: 'Сепак увези ги исправните редови ({count} погрешни ќелии се изоставуваат)',
  },
  'ui.import.decide': 'Лични податоци во ќелијата {cell}',
  'ui.import.remove': 'Отстрани ги',
  'ui.import.keep': 'Задржи: не се лични податоци',
  'ui.import.apply': 'Примени',
  'ui.import.applying': 'Се запишува во работната книга…',
  'ui.import.applied': 'Увезени датотеки: {files} од {of}',
  'ui.import.clear': 'Почни одново',
  'ui.import.register': 'Кој известил',
  'ui.import.late': 'Доцнат: {agencies}.',
  'ui.import.missing': 'Извештаи што недостасуваат',
  'ui.import.missingLine': '{agency}, {period} (рок {dueDate}):',
  'ui.import.remind': 'напиши потсетник до {name}',
  'ui.import.noEmail': 'нема адреса на е-пошта во табелата со институции',
  'ui.import.who': 'Окно со задачи',
  'import.feedback.sheet': 'Проблеми',
  'import.feedback.title': 'Ве молиме поправете ги ќелиите означени со црвено и вратете го образецот',
  'import.feedback.col.sheet': 'Лист',
  'import.feedback.col.cell': 'Ќелија',
  'import.feedback.col.message': 'Што не е во ред',
  'cli.import.feedbackWritten': {
    one: 'Запишана е датотеката {file} ({count} проблем за поправка).',
    other: 'Запишана е датотеката {file} ({count} проблеми за поправка).',
  },
  'ui.import.feedback': 'Копии со повратни информации за институциите',
  'ui.import.feedbackZip': 'kopii-so-povratni-informacii.zip',
  'ui.import.noFeedback': 'Ниту еден образец нема проблеми за враќање.',
  'import.error.reasonRequired':
    'Наведете зошто периодот се затвора или повторно се отвора: причината се запишува во табелата Ревизија.',
  'import.error.unknownPeriod': '{file} нема извештаен период {period}. Неговите периоди се: {known}.',
  'cli.period.summary':
    'Затвори извештаен период за увоз или повторно отвори го, со причина што се чува во табелата Ревизија.',
  'cli.period.usage':
    'Употреба: nap-monitor period plan.xlsx (--close PERIOD | --reopen PERIOD) --reason ТЕКСТ [--who ИМЕ] [--out kopija.xlsx]\n\nЗатворен период ги одбива вратените обрасци додека повторно не се отвори. И двете се запишуваат во табелата Ревизија.\n\nОпции:\n  --close PERIOD     затвори го периодот (на пр. 2026-Q2)\n  --reopen PERIOD    повторно отвори го\n  --reason ТЕКСТ     зошто (задолжително)\n  --who ИМЕ          кој го прави тоа, за табелата Ревизија\n  --out ДАТОТЕКА     запиши го резултатот во копија наместо во датотеката на планот\n  --force            замени ја ДАТОТЕКАТА зададена со --out ако постои\n  --language ШИФРА   јазик на пораките: {languages} (стандардно: en)',
  'cli.period.closed': 'Периодот {period} е затворен за увоз ({file}).',
  'cli.period.reopened': 'Периодот {period} е повторно отворен за увоз ({file}).',
  'cli.period.already': 'Ништо не е променето: периодот {period} веќе беше {state}.',
  'cli.period.stateClosed': 'затворен',
  'cli.period.stateOpen': 'отворен',
  'cli.period.oneAction': 'Наведете или --close PERIOD или --reopen PERIOD.',
  'ui.period.heading': 'Затворање и повторно отворање на извештаен период',
  'ui.period.intro':
    'Вратените обрасци на затворен период се одбиваат додека периодот не се отвори повторно. Двата чекора се запишуваат во табелата Ревизија, со причината.',
  'ui.period.period': 'Период што го затворате или повторно го отворате',
  'ui.period.optionOpen': '{period}: отворен',
  'ui.period.optionClosed': '{period}: затворен',
  'ui.period.stateOpen': 'Периодот {period} е отворен: неговите обрасци може да се увезат.',
  'ui.period.stateClosed': 'Периодот {period} го затвори {who} на {date}, со причина: {reason}',
  'ui.period.reason': 'Причина',
  'ui.period.who': 'Вашето име, за табелата Ревизија',
  'ui.period.whoHint':
    'Office не му кажува на додатокот кој го користи. Ако полето остане празно, во табелата Ревизија пишува „{fallback}“.',
  'ui.period.close': 'Затвори го {period}',
  'ui.period.reopen': 'Повторно отвори го {period}',
  'ui.period.writing': 'Запишување во табелата Ревизија…',
  'ui.period.closed': 'Периодот {period} е затворен: увозите за него се одбиваат додека не се отвори повторно.',
  'ui.period.reopened': 'Периодот {period} е повторно отворен: неговите обрасци повторно може да се увезат.',
  'ui.period.alreadyClosed': 'Ништо не е променето: периодот {period} веќе беше затворен.',
  'ui.period.alreadyOpen': 'Ништо не е променето: периодот {period} веќе беше отворен.',
};
