import type { cli as english } from '../en/cli';
import type { AreaCatalogue } from '../message';

export const cli: AreaCatalogue<typeof english> = {
  'cli.usage':
    'Употреба: nap-monitor <команда> [опции]\n\nКоманди:\n{commands}\n\nИзвршете „nap-monitor help <команда>“ за опциите на една команда.',
  'cli.help.summary': 'Прикажи ја оваа помош или опциите на една команда.',
  'cli.help.usage': 'Употреба: nap-monitor help [команда]\n\nГи прикажува командите или опциите на една команда.',
  'cli.init.summary': 'Создај нова работна книга на планот (.xlsx), празна или со примерот на план.',
  'cli.init.usage':
    'Употреба: nap-monitor init --out plan.xlsx [опции]\n\n' +
    'Создава работна книга на планот со табелите на НАП (Прилог 3) и планот за следење (Прилог 4).\n\n' +
    'Опции:\n' +
    '  --out ДАТОТЕКА      работната книга што се создава (задолжително)\n' +
    '  --example           пополни ја со примерот на план од водичот за практичари\n' +
    '  --title ТЕКСТ       наслов на планот\n' +
    '  --country ТЕКСТ     земја\n' +
    '  --start YYYY-MM-DD  прв ден од периодот на планот (стандардно: 1 јануари оваа година)\n' +
    '  --end YYYY-MM-DD    последен ден од периодот на планот (стандардно: 31 декември две години подоцна)\n' +
    '  --reporting ЗАЧЕСТЕНОСТ    колку често известуваат институциите: {frequencies} (стандардно: quarterly)\n' +
    '  --language ШИФРА     јазик на работната книга: {languages} (стандардно: en)\n' +
    '  --force             замени ја ДАТОТЕКАТА ако постои',
  'cli.init.written': 'Запишана е датотеката {file}.',
  'cli.check.summary': 'Провери ја целосноста на работната книга на планот според SMART; датотеката не се менува.',
  'cli.check.usage':
    'Употреба: nap-monitor check plan.xlsx [--json] [--language ШИФРА]\n\n' +
    'Го проверува секој индикатор и активност: почетна вредност, целни вредности со рокови, извор на верификација, зачестеност,\n' +
    'носител, мерливост и временска определеност. Завршува со 0 кога проверката е извршена, без оглед на наодите.\n\n' +
    'Опции:\n' +
    '  --json              испечати ги наодите како JSON-низа (rule, severity, sheet, cell, code, message)\n' +
    '  --language ШИФРА     јазик на пораките: {languages} (стандардно: en)',
  'cli.check.summaryLine':
    'Грешки: {errors}, предупредувања: {warnings}. Целосно, без грешки: {share} (индикатори {indicatorsOk}/{indicators}, активности {activitiesOk}/{activities}).',
  'cli.status.summary':
    'Според планот / отстапува од планот за секој индикатор, активност, исход и област на одреден ден.',
  'cli.status.usage':
    'Употреба: nap-monitor status plan.xlsx [--as-of YYYY-MM-DD] [--json] [--language ШИФРА]\n\n' +
    'Го пресметува статусот од почетните вредности, целните вредности, роковите и вредностите во табелата Напредок, со\n' +
    'праговите од листот Поставки. Датотеката не се менува.\n\n' +
    'Опции:\n' +
    '  --as-of YYYY-MM-DD  датумот на кој се оценува (стандардно: денес)\n' +
    '  --json              испечати ги индикаторите, активностите, исходите и областите како JSON\n' +
    '  --language ШИФРА     јазик на образложенијата: {languages} (стандардно: en)',
  'cli.status.area': 'Област',
  'cli.error.cannotRead': 'Датотеката {file} не може да се прочита: {detail}',
  'cli.error.unknownCommand': 'Не постои команда „{command}“.',
  'cli.error.unknownOption': 'Командата „{command}“ нема опција {option}.',
  'cli.error.missingValue': 'На опцијата {option} ѝ е потребна вредност.',
  'cli.error.missingOption': 'Опцијата {option} е задолжителна.',
  'cli.error.unexpectedArgument': 'Неочекуван аргумент „{value}“.',
  'cli.error.badDate':
    'На опцијата {option} ѝ е потребен датум напишан како YYYY-MM-DD, на пример 2026-01-31; „{value}“ не е таков.',
  'cli.error.badChoice': 'Опцијата {option} мора да биде едно од: {choices}; „{value}“ не е.',
  'cli.error.fileExists': '{file} веќе постои. Изберете друго име на датотеката или додајте --force за да ја замените.',
  'cli.error.cannotWrite': 'Датотеката {file} не може да се запише: {detail}',
  'cli.error.seeHelp': 'Извршете „nap-monitor help {command}“ за да ги видите опциите.',
};
