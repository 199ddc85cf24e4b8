import type { setup as english } from '../en/setup';
import type { AreaCatalogue } from '../message';

export const setup: AreaCatalogue<typeof english> = {
  'setup.result.created': 'Libri i punës i planit u konfigurua (tabela: {tables}, fletë: {sheets}).',
  'setup.result.createdExample':
    'Libri i punës i planit u konfigurua me planin shembull (tregues: {indicators}, aktivitete: {activities}, fusha strategjike: {areas}).',
  'setup.result.existing': 'Këto tabela ishin tashmë në librin e punës dhe u lanë siç ishin: {tables}.',
  'setup.result.alreadyComplete': 'Libri i punës i planit është tashmë i plotë. Asgjë nuk u ndryshua.',
  'setup.result.addedColumns':
    'Tabela në fletën „{sheet}“, e konfiguruar nga një version i mëparshëm i NAP Monitor, mori kolonat që i mungonin: {columns}.',
  'setup.result.addedPlanId':
    'Plani nuk kishte ID; tani ka një ({planId}), të cilën e mbartin formularët e tij të raportimit që importi t’i njohë.',
  'setup.result.renamedSheet': 'Emri i fletës „{wanted}“ ishte i zënë, prandaj fleta e re quhet „{used}“.',
  'setup.error.invalidSettings': 'Cilësimet nuk janë të vlefshme: {detail}',
  'setup.error.periodReversed': 'Periudha e planit mbaron para se të fillojë.',
};
