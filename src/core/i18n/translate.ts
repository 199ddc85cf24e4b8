import type { Language } from '../model/enums';
import { en, type MessageKey } from './en';

export type { MessageKey };
export type Params = Record<string, string | number>;

/** Catalogues for the other UI languages fill in over time; a missing message falls back to English. */
const catalogues: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = { en };

/** "{name}" placeholders are replaced by params; an unknown placeholder is left visible, never dropped. */
export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  const template = catalogues[language]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export type Translator = (key: MessageKey, params?: Params) => string;

export function translator(language: Language): Translator {
  return (key, params) => translate(language, key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** The same message in every UI language, for recognising headers and list labels typed in any of them. */
export function allTranslations(key: MessageKey): string[] {
  const texts = new Set<string>([en[key]]);
  for (const catalogue of Object.values(catalogues)) {
    const text = catalogue?.[key];
    if (text) texts.add(text);
  }
  return [...texts];
}
