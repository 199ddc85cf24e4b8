import type { Language } from '../../model/enums';
import {
  CURRENCY_DIGITS,
  NUMBER_DIGITS,
  PERCENT_DIGITS,
  isoDateParts,
  type DateStyle,
  type FractionDigits,
  type LocaleFormat,
} from './localeFormat';
import { LOCALE_TAGS } from './localeTags';

export type IntlRuntime = Pick<typeof Intl, 'NumberFormat' | 'DateTimeFormat'>;

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
};

/** Formats through the runtime's Intl, for locales whose data it has (see runtimeHasLocale). */
export function runtimeLocaleFormat(language: Language, intl: IntlRuntime): LocaleFormat {
  const tag = LOCALE_TAGS[language];
  const numbers = (options: Intl.NumberFormatOptions) => new intl.NumberFormat(tag, options);
  const dates = {
    long: new intl.DateTimeFormat(tag, DATE_OPTIONS.long),
    numeric: new intl.DateTimeFormat(tag, DATE_OPTIONS.numeric),
  };
  const plain = numbers(NUMBER_DIGITS);
  const percent = numbers({ style: 'percent', ...PERCENT_DIGITS });
  const digits = (defaults: Required<FractionDigits>, style: 'decimal' | 'percent', given?: FractionDigits) =>
    given ? numbers({ style, ...defaults, ...given }) : style === 'percent' ? percent : plain;
  return {
    language,
    tag,
    source: 'runtime',
    number: (value, given) => digits(NUMBER_DIGITS, 'decimal', given).format(value),
    percent: (ratio, given) => digits(PERCENT_DIGITS, 'percent', given).format(ratio),
    currency: (value, code) =>
      numbers({ style: 'currency', currency: code, currencyDisplay: 'code', ...CURRENCY_DIGITS }).format(value),
    date(iso, style: DateStyle = 'long') {
      const parts = isoDateParts(iso);
      if (!parts) return iso;
      // A calendar day, not an instant: formatted at UTC midnight in UTC, so no time zone can shift it.
      const day = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
      day.setUTCFullYear(parts.year);
      return dates[style].format(day);
    },
  };
}
