import type { Language } from '../model/enums';
import { en, type MessageKey } from './en';
import { localeFormat } from './locale';
import { LOCALE_TAGS } from './locale/localeTags';
import { dateParam, type DateParam, type Params } from './params';
import { messageForms, type Catalogue, type Message, type PluralMessage } from './message';

export type { MessageKey, DateParam, Params };
export { dateParam };

function paramText(language: Language, value: string | number | DateParam): string {
  return typeof value === 'object' ? localeFormat(language).date(value.isoDate, 'long') : String(value);
}

/**
 * A message a catalogue lacks falls back to English; the catalogue tests list what is missing. Only
 * English is here from the start: the others come through registerAllLanguages (allLanguages.ts).
 */
const catalogues: Partial<Record<Language, Catalogue>> = { en };

/** A template cut once into text and placeholder names (odd indexes), since checks fill thousands of messages. */
const compiled = new Map<string, string[]>();
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralForm(language: Language, message: PluralMessage, count: unknown): keyof PluralMessage {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE_TAGS[language]);
    pluralRules.set(language, rules);
  }
  const category = typeof count === 'number' ? rules.select(count) : 'other';
  return category === 'one' || category === 'few' ? (message[category] === undefined ? 'other' : category) : 'other';
}

function parts(language: Language, key: MessageKey, params: Params): string[] {
  const message: Message = catalogues[language]?.[key] ?? en[key];
  const form = typeof message === 'string' ? '' : pluralForm(language, message, params.count);
  const id = `${language}\u0000${key}\u0000${form}`;
  let found = compiled.get(id);
  if (!found) {
    found = (typeof message === 'string' ? message : (message[form as keyof PluralMessage] as string)).split(
      /\{(\w+)\}/,
    );
    compiled.set(id, found);
  }
  return found;
}

/**
 * "{name}" placeholders are replaced by params; an unknown placeholder is left visible, never dropped.
 * A plural message picks its form from the number in `count`.
 */
export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  const pieces = parts(language, key, params);
  let text = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i];
    text +=
      (Object.prototype.hasOwnProperty.call(params, name) ? paramText(language, params[name]) : `{${name}}`) +
      pieces[i + 1];
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
  const texts = new Set<string>();
  for (const catalogue of Object.values(catalogues)) {
    const message = catalogue?.[key];
    if (message) for (const form of messageForms(message)) texts.add(form);
  }
  return [...texts];
}

export function registerCatalogues(more: Partial<Record<Language, Catalogue>>): void {
  Object.assign(catalogues, more);
  // Templates cut before a language arrived hold its English fallback.
  compiled.clear();
}

/** The registered catalogues, for the tests that hold every language to the English keys and placeholders. */
export function registeredCatalogues(): Readonly<Partial<Record<Language, Catalogue>>> {
  return catalogues;
}
