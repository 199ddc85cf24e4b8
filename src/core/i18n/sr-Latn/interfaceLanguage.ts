import type { interfaceLanguage as english } from '../en/interfaceLanguage';
import type { AreaCatalogue } from '../message';

export const interfaceLanguage: AreaCatalogue<typeof english> = {
  'interfaceLanguage.label': 'Jezik ovog okna',
  'interfaceLanguage.hint': 'Listovi, obrasci i izveštaji koriste jezik plana, podešen u Podešavanjima.',
};
