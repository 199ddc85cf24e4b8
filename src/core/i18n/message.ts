import type { MessageKey } from './en';

/**
 * A message whose words depend on a number, chosen by Intl.PluralRules from the `count` parameter. CLDR
 * asks one and other of English, Albanian and Macedonian, and one, few and other of Serbian and Bosnian.
 */
export interface PluralMessage {
  readonly one: string;
  readonly few?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/** A language's messages; a key it lacks falls back to English until a translator fills it in. */
export type Catalogue = { readonly [K in MessageKey]?: Message };

export function messageForms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((form): form is string => !!form);
}

/** One area of a language's catalogue, held to the keys of the English file it mirrors. */
export type AreaCatalogue<English> = { readonly [K in keyof English]?: Message };
