import type { Catalogue } from '../message';
import { srLatn } from '../sr-Latn';
import { cyrillicCatalogue } from '../transliterate';

/** Serbian Cyrillic is never written by hand: it is Serbian Latin transliterated, so the two never drift. */
export const srCyrl: Catalogue = cyrillicCatalogue(srLatn);
