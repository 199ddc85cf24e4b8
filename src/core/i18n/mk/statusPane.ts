import type { statusPane as english } from '../en/statusPane';
import type { AreaCatalogue } from '../message';

export const statusPane: AreaCatalogue<typeof english> = {
  'ui.status.asOfHint': 'Стандардно, крајот на последниот завршен извештаен период.',
  'ui.status.nothingAssessable':
    'Статус на ден {asOf}: ниту еден индикатор сè уште не може да се оцени (сè уште не достасало: {notDueYet}, без податоци: {noData}, не може да се оцени: {notAssessable}). Внесете пријавени вредности во листот Напредок или изберете подоцнежен датум.',
  'ui.status.noIndicators':
    'Статус на ден {asOf}: планот сè уште нема индикатори. Додајте ги во табелата со индикатори во листот НАП, потоа повторно пресметајте го статусот.',
  'ui.status.progress': '{percent} % од очекуваниот напредок',
  'ui.status.movedAway': 'Се оддалечи од целната вредност',
  'ui.status.agencyView': '{agency} наведува: {assessment} ({period})',
  'ui.status.goTo': '{code} {name}: оди на неговиот ред во листот',
  'ui.status.sameReason': 'Ставки: {count}, исто образложение:',
};
