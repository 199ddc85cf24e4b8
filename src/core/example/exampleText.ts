import { latinToCyrillic } from '../i18n/transliterate';
import type { Language } from '../model/enums';
import type { ExampleText } from './text/en';

type Deep = string | readonly Deep[] | { readonly [key: string]: Deep };

function cyrillic<T extends Deep>(text: T): T {
  if (typeof text === 'string') return latinToCyrillic(text) as T;
  if (Array.isArray(text)) return text.map((item: Deep) => cyrillic(item)) as unknown as T;
  return Object.fromEntries(Object.entries(text).map(([key, value]) => [key, cyrillic(value as Deep)])) as T;
}

/**
 * The example plan's words in a plan language, loaded when a plan is set up with the example: they are
 * document content in six languages that the task pane need not carry before then. Serbian Cyrillic is
 * Serbian Latin transliterated.
 */
export async function exampleText(language: Language): Promise<ExampleText> {
  switch (language) {
    case 'en':
      return (await import(/* webpackChunkName: "example-en" */ './text/en')).en;
    case 'sr-Latn':
      return (await import(/* webpackChunkName: "example-sr" */ './text/sr-Latn')).srLatn;
    case 'sr-Cyrl':
      return cyrillic((await import(/* webpackChunkName: "example-sr" */ './text/sr-Latn')).srLatn);
    case 'sq':
      return (await import(/* webpackChunkName: "example-sq" */ './text/sq')).sq;
    case 'mk':
      return (await import(/* webpackChunkName: "example-mk" */ './text/mk')).mk;
    case 'bs':
      return (await import(/* webpackChunkName: "example-bs" */ './text/bs')).bs;
  }
}
