import type { Language } from '../../model/enums';
import { carriedLocaleFormat } from './carriedLocaleFormat';
import type { LocaleFormat } from './localeFormat';
import { runtimeLocaleFormat, type IntlRuntime } from './runtimeLocaleFormat';
import { runtimeHasLocale } from './runtimeSupport';

export type { DateStyle, FractionDigits, LocaleFormat } from './localeFormat';
export type { IntlRuntime } from './runtimeLocaleFormat';
export { LOCALE_TAGS } from './localeTags';
export { EXCEL_DATE_FORMATS } from './excelFormats';

const chosen = new Map<Language, LocaleFormat>();

/**
 * The formatter for a language: the runtime's Intl where it has the locale, else the carried formats, so
 * Albanian and Macedonian never come out as US English. Decided once per language for the global Intl;
 * tests pass another runtime to force either path.
 */
export function localeFormat(language: Language, intl: IntlRuntime = Intl): LocaleFormat {
  const decide = () =>
    runtimeHasLocale(language, intl) ? runtimeLocaleFormat(language, intl) : carriedLocaleFormat(language);
  if (intl !== Intl) return decide();
  let format = chosen.get(language);
  if (!format) {
    format = decide();
    chosen.set(language, format);
  }
  return format;
}
