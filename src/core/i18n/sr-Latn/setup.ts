import type { setup as english } from '../en/setup';
import type { AreaCatalogue } from '../message';

export const setup: AreaCatalogue<typeof english> = {
  'setup.result.created': 'Radna sveska plana je postavljena (tabele: {tables}, listovi: {sheets}).',
  'setup.result.createdExample':
    'Radna sveska plana je postavljena sa primerom plana (pokazatelji: {indicators}, aktivnosti: {activities}, strateške oblasti: {areas}).',
  'setup.result.existing': 'Ove tabele su već postojale u radnoj svesci i ostale su kakve jesu: {tables}.',
  'setup.result.alreadyComplete': 'Radna sveska plana je već potpuna. Ništa nije promenjeno.',
  'setup.result.addedColumns':
    'Tabela na listu „{sheet}“, koju je postavila ranija verzija NAP Monitora, dobila je kolone koje su joj nedostajale: {columns}.',
  'setup.result.addedPlanId':
    'Plan nije imao ID; sada ga ima ({planId}), a nose ga i njegovi obrasci za izveštavanje, kako bi ih uvoz prepoznao.',
  'setup.result.renamedSheet': 'Naziv lista „{wanted}“ je zauzet, pa se novi list zove „{used}“.',
  'setup.error.invalidSettings': 'Podešavanja nisu ispravna: {detail}',
  'setup.error.periodReversed': 'Period plana se završava pre nego što počinje.',
};
