import { latinToCyrillic } from '../i18n/transliterate';
import type { Language } from '../model/enums';
import { bs } from './text/bs';
import { en, type ExampleText } from './text/en';
import { mk } from './text/mk';
import { sq } from './text/sq';
import { srLatn } from './text/sr-Latn';

type Deep = string | readonly Deep[] | { readonly [key: string]: Deep };

function cyrillic<T extends Deep>(text: T): T {
  if (typeof text === 'string') return latinToCyrillic(text) as T;
  if (Array.isArray(text)) return text.map((item: Deep) => cyrillic(item)) as unknown as T;
  return Object.fromEntries(Object.entries(text).map(([key, value]) => [key, cyrillic(value as Deep)])) as T;
}

let srCyrl: ExampleText | undefined;

/** The example plan's words in a plan language; Serbian Cyrillic is Serbian Latin transliterated, made once. */
export function exampleText(language: Language): ExampleText {
  switch (language) {
    case 'en':
      return en;
    case 'sr-Latn':
      return srLatn;
    case 'sr-Cyrl':
      return (srCyrl ??= cyrillic(srLatn));
    case 'sq':
      return sq;
    case 'mk':
      return mk;
    case 'bs':
      return bs;
  }
}
