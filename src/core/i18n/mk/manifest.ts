import type { manifest as english } from '../en/manifest';
import type { AreaCatalogue } from '../message';

export const manifest: AreaCatalogue<typeof english> = {
  'manifest.displayName': 'NAP Monitor',
  'manifest.description':
    'Планирање, проверка и следење на национален акциски план за борба против трговија со луѓе во Excel: листови на планот, проверки на податоците, статус на напредокот и извештаи за координаторите на НАП.',
  'manifest.getStartedTitle': 'NAP Monitor е подготвен',
  'manifest.getStartedDescription':
    'Отворете го NAP Monitor од картичката Почетна за да го поставите, проверите и да известувате за вашиот национален акциски план.',
  'manifest.groupLabel': 'NAP Monitor',
  'manifest.buttonLabel': 'NAP Monitor',
  'manifest.buttonTooltip':
    'Отворете го NAP Monitor за да го планирате, проверувате и следите вашиот национален акциски план во оваа работна книга.',
};
