import type { Language } from '../../model/enums';
import { CARRIED_FORMATS, type CarriedFormats } from './carriedFormats';
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

/** Rounds half away from zero on the decimal digits as written (2.675 → 2.68), as ICU does; toFixed would not. */
function rounded(value: number, decimals: number): string {
  const shifted = Number(`${value}e${decimals}`);
  const exact = Number.isFinite(shifted) ? Number(`${Math.round(shifted)}e-${decimals}`) : value;
  return exact.toFixed(decimals);
}

function unsignedDigits(value: number, digits: Required<FractionDigits>, formats: CarriedFormats): string {
  const [whole, decimals = ''] = rounded(Math.abs(value), digits.maximumFractionDigits).split('.');
  let fraction = decimals;
  while (fraction.length > digits.minimumFractionDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const grouped =
    whole.length >= 3 + formats.minimumGroupingDigits ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, formats.group) : whole;
  return grouped + (fraction ? formats.decimal + fraction : '');
}

/** ICU writes the sign before the whole pattern ("-EUR 5.00"), even when the value rounds to zero ("-0"). */
function fill(pattern: string, value: number, unsigned: string, code = ''): string {
  return (value < 0 || Object.is(value, -0) ? '-' : '') + pattern.replace('{n}', unsigned).replace('{code}', code);
}

/** Formats from the data NAP Monitor carries, identical in every runtime. */
export function carriedLocaleFormat(language: Language): LocaleFormat {
  const formats = CARRIED_FORMATS[language];
  const digitsOf = (defaults: Required<FractionDigits>, digits: FractionDigits = {}) => ({ ...defaults, ...digits });
  return {
    language,
    tag: LOCALE_TAGS[language],
    source: 'carried',
    number(value, digits) {
      const unsigned = unsignedDigits(value, digitsOf(NUMBER_DIGITS, digits), formats);
      return fill('{n}', value, unsigned);
    },
    percent(ratio, digits) {
      const unsigned = unsignedDigits(ratio * 100, digitsOf(PERCENT_DIGITS, digits), formats);
      return fill(formats.percent, ratio, unsigned);
    },
    currency(value, code) {
      return fill(formats.currency, value, unsignedDigits(value, CURRENCY_DIGITS, formats), code);
    },
    date(iso, style: DateStyle = 'long') {
      const parts = isoDateParts(iso);
      if (!parts) return iso;
      const tokens: Record<string, string> = {
        d: String(parts.day),
        dd: String(parts.day).padStart(2, '0'),
        MM: String(parts.month).padStart(2, '0'),
        MMMM: formats.months[parts.month - 1],
        y: String(parts.year),
      };
      const pattern = style === 'long' ? formats.longDate : formats.numericDate;
      return pattern.replace(/MMMM|MM|dd|d|y/g, (token) => tokens[token]);
    },
  };
}
