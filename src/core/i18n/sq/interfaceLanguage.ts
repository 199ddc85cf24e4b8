import type { interfaceLanguage as english } from '../en/interfaceLanguage';
import type { AreaCatalogue } from '../message';

export const interfaceLanguage: AreaCatalogue<typeof english> = {
  'interfaceLanguage.label': 'Gjuha e këtij paneli',
  'interfaceLanguage.hint': 'Fletët, formularët dhe raportet përdorin gjuhën e planit, të caktuar te Cilësimet.',
};
