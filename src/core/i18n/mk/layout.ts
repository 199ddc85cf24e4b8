import type { layout as english } from '../en/layout';
import type { AreaCatalogue } from '../message';

export const layout: AreaCatalogue<typeof english> = {
  'sheet.areas': 'Области',
  'sheet.agencies': 'Институции',
  'sheet.objectives': 'Цели',
  'sheet.keyMeasures': 'Клучни мерки',
  'sheet.findings': 'Наоди',
  'sheet.indicatorStatus': 'Статус на индикаторите',
  'sheet.activityStatus': 'Статус на активностите',
  'sheet.marks': 'Ознаки',
  'sheet.markRules': 'Правила за ознаки',
  'title.areas': 'Стратешки области на планот',
  'title.agencies': 'Институции што известуваат за планот',
  'title.objectives': 'Национален акциски план: оперативни цели (Прилог 3)',
  'title.keyMeasures': 'Национален акциски план: клучни мерки (Прилог 3)',
  'title.findings': 'Наоди од последната проверка на планот',
  'title.indicatorStatus': 'Статус на секој индикатор за успешност',
  'title.activityStatus': 'Статус на секоја активност',
  'title.marks': 'Ќелии што последната проверка ги најде за погрешни. Овој лист го одржува NAP Monitor.',
  'title.markRules': 'Правила за бои што ги додал NAP Monitor. Овој лист го одржува NAP Monitor.',
  'setting.paperSize': 'Големина на хартијата за печатење',
  'list.header.paperSize': 'Големина на хартијата',
  'enum.paperSize.A4': 'A4',
  'enum.paperSize.letter': 'Letter',
  'print.pageOf': 'Страница {page} од {pages}',
  'degraded.noPageLayout':
    'Оваа верзија на Excel не може да ги подготви листовите за печатење (Excel 2021, Microsoft 365 или Excel за веб можат). Пред печатење изберете положено и „Собери ги сите колони на една страница“ во поставките за печатење.',
  'error.writeInterrupted':
    'Excel ја запре промената на половина ({detail}). Дел од неа можеби е веќе во работната книга: извршете го истото дејство повторно за да ја довршите; ништо нема да се додаде двапати.',
};
