import type { Language } from '../../model/enums';

/**
 * The formats NAP Monitor carries for runtimes without a locale's data (Chromium's bundled ICU lacks sq
 * and mk and formats bs with root data). Copied from CLDR 48 as Node's full ICU prints it; a test keeps
 * them equal to that output. Date patterns use d, dd, MM, MMMM and y as in CLDR.
 */
export interface CarriedFormats {
  decimal: string;
  group: string;
  /** CLDR minimumGroupingDigits: 2 means 1234 stays ungrouped and 12 345 is grouped. */
  minimumGroupingDigits: 1 | 2;
  percent: string;
  currency: string;
  longDate: string;
  numericDate: string;
  months: readonly string[];
}

const NBSP = '\u00a0';

const LATIN_SOUTH_SLAVIC_MONTHS = ['januar', 'februar', 'mart', 'april', 'maj'] as const;

/** Serbian, Bosnian and Macedonian write numbers alike: 1.234,5 and 45,7% with the code after the amount. */
const SOUTH_SLAVIC_NUMBERS = {
  decimal: ',',
  group: '.',
  minimumGroupingDigits: 1,
  percent: '{n}%',
  currency: `{n}${NBSP}{code}`,
} as const;

export const CARRIED_FORMATS: Record<Language, CarriedFormats> = {
  en: {
    decimal: '.',
    group: ',',
    minimumGroupingDigits: 1,
    percent: '{n}%',
    currency: `{code}${NBSP}{n}`,
    longDate: 'd MMMM y',
    numericDate: 'dd/MM/y',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  'sr-Latn': {
    ...SOUTH_SLAVIC_NUMBERS,
    longDate: 'd. MMMM y.',
    numericDate: 'dd.MM.y.',
    months: [...LATIN_SOUTH_SLAVIC_MONTHS, 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar'],
  },
  'sr-Cyrl': {
    ...SOUTH_SLAVIC_NUMBERS,
    longDate: 'd. MMMM y.',
    numericDate: 'dd.MM.y.',
    months: [
      'јануар',
      'фебруар',
      'март',
      'април',
      'мај',
      'јун',
      'јул',
      'август',
      'септембар',
      'октобар',
      'новембар',
      'децембар',
    ],
  },
  sq: {
    decimal: ',',
    group: NBSP,
    minimumGroupingDigits: 2,
    percent: '{n}%',
    currency: `{n}${NBSP}{code}`,
    longDate: 'd MMMM y',
    numericDate: 'dd.MM.y',
    months: [
      'janar',
      'shkurt',
      'mars',
      'prill',
      'maj',
      'qershor',
      'korrik',
      'gusht',
      'shtator',
      'tetor',
      'nëntor',
      'dhjetor',
    ],
  },
  mk: {
    ...SOUTH_SLAVIC_NUMBERS,
    percent: `{n}${NBSP}%`,
    longDate: 'd MMMM y г.',
    numericDate: 'dd.MM.y г.',
    months: [
      'јануари',
      'февруари',
      'март',
      'април',
      'мај',
      'јуни',
      'јули',
      'август',
      'септември',
      'октомври',
      'ноември',
      'декември',
    ],
  },
  bs: {
    ...SOUTH_SLAVIC_NUMBERS,
    longDate: 'd. MMMM y.',
    numericDate: 'dd. MM. y.',
    months: [...LATIN_SOUTH_SLAVIC_MONTHS, 'juni', 'juli', 'august', 'septembar', 'oktobar', 'novembar', 'decembar'],
  },
};
