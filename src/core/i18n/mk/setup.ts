import type { setup as english } from '../en/setup';
import type { AreaCatalogue } from '../message';

export const setup: AreaCatalogue<typeof english> = {
  'setup.result.created': 'Работната книга на планот е поставена (табели: {tables}, листови: {sheets}).',
  'setup.result.createdExample':
    'Работната книга на планот е поставена со примерот на план (индикатори: {indicators}, активности: {activities}, стратешки области: {areas}).',
  'setup.result.existing': 'Овие табели веќе беа во работната книга и останаа какви што се: {tables}.',
  'setup.result.alreadyComplete': 'Работната книга на планот е веќе целосна. Ништо не е променето.',
  'setup.result.addedColumns':
    'Табелата на листот „{sheet}“, поставена од претходна верзија на NAP Monitor, ги доби колоните што ѝ недостигаа: {columns}.',
  'setup.result.addedPlanId':
    'Планот немаше ID; сега има ({planId}), кој го носат и неговите обрасци за известување за да ги препознае увозот.',
  'setup.result.renamedSheet': 'Името на листот „{wanted}“ е зафатено, па новиот лист се вика „{used}“.',
  'setup.error.invalidSettings': 'Поставките не се исправни: {detail}',
  'setup.error.periodReversed': 'Периодот на планот завршува пред да започне.',
};
