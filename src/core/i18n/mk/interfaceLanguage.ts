import type { interfaceLanguage as english } from '../en/interfaceLanguage';
import type { AreaCatalogue } from '../message';

export const interfaceLanguage: AreaCatalogue<typeof english> = {
  'interfaceLanguage.label': 'Јазик на ова окно',
  'interfaceLanguage.hint': 'Листовите, образците и извештаите се на јазикот на планот, поставен во Поставки.',
};
