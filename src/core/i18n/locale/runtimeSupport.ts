import type { Language } from '../../model/enums';
import { carriedLocaleFormat } from './carriedLocaleFormat';
import { LOCALE_TAGS } from './localeTags';
import { runtimeLocaleFormat, type IntlRuntime } from './runtimeLocaleFormat';

const PROBE_DATE = '2026-03-05';
const PROBE_NUMBER = 1234.5;

/**
 * Whether the runtime really has the locale's data. supportedLocalesOf is not enough: Chromium's bundled
 * ICU lists bs yet formats it with root data ("2026 M03 5", "1,234.5"), so a probe date and number must
 * also come out as CLDR writes them.
 */
export function runtimeHasLocale(language: Language, intl: IntlRuntime): boolean {
  const base = LOCALE_TAGS[language].split('-')[0];
  const listed = (supported: string[]) => supported.some((tag) => tag.toLowerCase().split('-')[0] === base);
  if (!listed(intl.NumberFormat.supportedLocalesOf([LOCALE_TAGS[language]]))) return false;
  if (!listed(intl.DateTimeFormat.supportedLocalesOf([LOCALE_TAGS[language]]))) return false;
  const runtime = runtimeLocaleFormat(language, intl);
  const carried = carriedLocaleFormat(language);
  return (
    runtime.date(PROBE_DATE) === carried.date(PROBE_DATE) &&
    runtime.number(PROBE_NUMBER) === carried.number(PROBE_NUMBER)
  );
}
