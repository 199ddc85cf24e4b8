import type { Language } from '../model/enums';
import { en, type MessageKey } from './en';

export type { MessageKey };
export type Params = Record<string, string | number>;

/** Catalogues for the other UI languages fill in over time; a missing message falls back to English. */
const catalogues: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = { en };

/** A template cut once into text and placeholder names (odd indexes), since checks fill thousands of messages. */
const compiled = new Map<string, string[]>();

function parts(language: Language, key: MessageKey): string[] {
  const id = `${language}\u0000${key}`;
  let found = compiled.get(id);
  if (!found) {
    found = (catalogues[language]?.[key] ?? en[key]).split(/\{(\w+)\}/);
    compiled.set(id, found);
  }
  return found;
}

/** "{name}" placeholders are replaced by params; an unknown placeholder is left visible, never dropped. */
export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  const pieces = parts(language, key);
  let text = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i];
    text += (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) + pieces[i + 1];
  }
  return text;
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
