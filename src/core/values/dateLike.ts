import type { CellValue } from '../model/cell';
import { daysInMonth, formatIso, isValidDay, serialToIso } from './isoDate';
import { memoByText } from './memo';
import { isNotAvailable } from './notAvailable';

export type DateLike =
  | { kind: 'blank' }
  | {
      kind: 'date';
      iso: string;
      precision: 'day' | 'month' | 'quarter' | 'half' | 'year';
      /** Written without a year ("IV quarter"): the default year was taken, which a multi-year plan cannot. */
      yearAssumed?: true;
    }
  | { kind: 'invalid'; text: string };

export interface DateLikeOptions {
  /** The year for "I quarter" or "Q1" written without one: the plan's start year. */
  defaultYear?: number;
  /** Whether a quarter, month or year stands for its first day (a start) or its last (a completion). */
  bound: 'start' | 'end';
}

type Period = { year: number | null; first: number; last: number; precision: 'month' | 'quarter' | 'half' | 'year' };

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** Excel serials from 1927 on: smaller numbers are more likely counts typed in the wrong column. */
const MIN_SERIAL = 10000;
/** 9999-12-31, Excel's last day. */
const MAX_SERIAL = 2958465;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  prvi: 1,
  prvo: 1,
  први: 1,
  прво: 1,
  second: 2,
  '2nd': 2,
  drugi: 2,
  drugo: 2,
  други: 2,
  друго: 2,
  third: 3,
  '3rd': 3,
  treći: 3,
  treci: 3,
  трећи: 3,
  fourth: 4,
  '4th': 4,
  četvrti: 4,
  cetvrti: 4,
  четврти: 4,
};
/** Month names in English and Serbian (both scripts); any prefix of three letters or more counts. */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'januar', 'јануар'],
  ['february', 'februar', 'фебруар'],
  ['march', 'mart', 'март'],
  ['april', 'април'],
  ['may', 'maj', 'мај'],
  ['june', 'jun', 'јун'],
  ['july', 'jul', 'јул'],
  ['august', 'avgust', 'август'],
  ['september', 'septembar', 'септембар'],
  ['october', 'oktobar', 'октобар'],
  ['november', 'novembar', 'новембар'],
  ['december', 'decembar', 'децембар'],
];

const QUARTER_WORDS = [
  'quarter',
  'qtr',
  'kvartal',
  'квартал',
  'tromesečje',
  'tromesecje',
  'тромесечје',
  'trimestar',
  'триместар',
  // Albanian and Macedonian, so the quarter dropdown of a plan in those languages reads back.
  'tremujor',
  'tremujori',
  'тримесечие',
];
const HALF_WORDS = [
  'half',
  'half-year',
  'polugodište',
  'polugodiste',
  'полугодиште',
  'polugodje',
  'semester',
  'семестар',
];
/** Words around a date that do not change it: "by the end of 2026", "do kraja 2018. godine". */
const FILLER = new Set([
  'by',
  'the',
  'end',
  'of',
  'until',
  'till',
  'up',
  'to',
  'in',
  'during',
  'within',
  'year',
  'calendar',
  'continuously',
  'continuous',
  'throughout',
  'do',
  'kraja',
  'krajem',
  'kraj',
  'tokom',
  'toku',
  'u',
  'godine',
  'godina',
  'god',
  'kontinuirano',
  'до',
  'краја',
  'крајем',
  'крај',
  'током',
  'току',
  'у',
  'године',
  'година',
  'год',
  'континуирано',
]);

const ORDINAL_SOURCE = Object.keys(ORDINAL).join('|');
const COUNT = `(iv|iii|ii|i|[1-4]|${ORDINAL_SOURCE})\\.?`;
const YEAR = '(\\d{4})';

function countOf(token: string): number {
  return ROMAN[token] ?? ORDINAL[token] ?? Number(token);
}

function monthOf(token: string): number | null {
  if (token.length < 3) return null;
  const index = MONTHS.findIndex((names) => names.some((name) => name.startsWith(token)));
  return index < 0 ? null : index + 1;
}

function yearOf(text: string): number {
  const n = Number(text);
  return text.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

function normalise(text: string): string {
  const tokens = text
    .toLowerCase()
    .replace(/[\u2013\u2014\u2212]/gu, '-')
    .replace(/(\d{4})\.(?=\s|$)/gu, '$1')
    .replace(/,/gu, ' ')
    .split(/\s+/u)
    .filter((token) => token !== '' && !FILLER.has(token));
  return tokens.join(' ');
}

const SHORT_FORMS: ReadonlyArray<[RegExp, 'quarter' | 'half']> = [
  [new RegExp(`^(?:${YEAR}[\\s/-]*)?q([1-4])(?:[\\s/-]*${YEAR})?$`, 'u'), 'quarter'],
  [new RegExp(`^(?:${YEAR}[\\s/-]*)?h([12])(?:[\\s/-]*${YEAR})?$`, 'u'), 'half'],
];
function worded(names: readonly string[]): RegExp {
  return new RegExp(`^(?:${YEAR}\\s+)?${COUNT}(?:\\s*-\\s*${COUNT})?\\s+(?:${names.join('|')})(?:\\s+${YEAR})?$`, 'u');
}
const WORDED_FORMS: ReadonlyArray<[RegExp, 'quarter' | 'half']> = [
  [worded(QUARTER_WORDS), 'quarter'],
  [worded(HALF_WORDS), 'half'],
];

/** "I quarter", "Q3 2026", "2026-Q3", "I-IV kvartal" (a range: start takes the first, end the last). */
function quarterOrHalf(text: string, bound: 'start' | 'end'): Period | null {
  for (const [pattern, precision] of SHORT_FORMS) {
    const m = pattern.exec(text);
    if (m) return period(precision, Number(m[2]), m[1] ?? m[3] ?? null);
  }
  for (const [pattern, precision] of WORDED_FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const first = countOf(m[2]);
    const last = m[3] ? countOf(m[3]) : first;
    if (last > (precision === 'quarter' ? 4 : 2) || last < first) return null;
    return period(precision, bound === 'start' ? first : last, m[1] ?? m[4] ?? null);
  }
  return null;
}

function period(precision: 'quarter' | 'half', n: number, year: string | null): Period {
  const months = precision === 'quarter' ? 3 : 6;
  return { year: year === null ? null : Number(year), first: (n - 1) * months + 1, last: n * months, precision };
}

const DAY_MONTH_YEAR = /^(\d{1,2})[\s.-]+(\p{L}+)\.?[\s.-]*(\d{4}|\d{2})?$/u;
const MONTH_DAY_YEAR = /^(\p{L}+)\.?(?:[\s.-]+(\d{1,2}))?[\s.-]*(\d{4})?$/u;

/** "14-Apr-2009", "18-Dec-08", "September 2026", "30 septembar 2026". */
function monthNamed(text: string): { year: number | null; month: number; day: number | null } | null {
  const dayMonthYear = DAY_MONTH_YEAR.exec(text);
  if (dayMonthYear) {
    const month = monthOf(dayMonthYear[2]);
    if (month !== null)
      return { day: Number(dayMonthYear[1]), month, year: dayMonthYear[3] ? yearOf(dayMonthYear[3]) : null };
  }
  const monthYear = MONTH_DAY_YEAR.exec(text);
  if (monthYear) {
    const month = monthOf(monthYear[1]);
    if (month !== null)
      return {
        day: monthYear[2] ? Number(monthYear[2]) : null,
        month,
        year: monthYear[3] ? Number(monthYear[3]) : null,
      };
  }
  return null;
}

function day(year: number, month: number, dayOfMonth: number): DateLike | null {
  return isValidDay(year, month, dayOfMonth) && year >= MIN_YEAR && year <= MAX_YEAR
    ? { kind: 'date', iso: formatIso(year, month, dayOfMonth), precision: 'day' }
    : null;
}

function month(year: number, monthOfYear: number, bound: 'start' | 'end'): DateLike | null {
  if (monthOfYear < 1 || monthOfYear > 12) return null;
  return fromPeriod({ year, first: monthOfYear, last: monthOfYear, precision: 'month' }, bound, undefined);
}

function fromPeriod(p: Period, bound: 'start' | 'end', defaultYear: number | undefined): DateLike | null {
  const year = p.year ?? defaultYear;
  if (year === undefined || year < MIN_YEAR || year > MAX_YEAR) return null;
  const month = bound === 'start' ? p.first : p.last;
  const dayOfMonth = bound === 'start' ? 1 : daysInMonth(year, month);
  const date: DateLike = { kind: 'date', iso: formatIso(year, month, dayOfMonth), precision: p.precision };
  return p.year === null ? { ...date, yearAssumed: true } : date;
}

function parseText(raw: string, opts: DateLikeOptions): DateLike | null {
  const text = normalise(raw);
  if (text === '') return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ][\d:.]+z?)?$/u.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\.?$/u.exec(text);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[-/.](\d{1,2})$/u.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]), opts.bound);
  m = /^(\d{1,2})[/.](\d{4})$/u.exec(text);
  if (m) return month(Number(m[2]), Number(m[1]), opts.bound);
  m = /^(\d{4})$/u.exec(text);
  if (m) return fromPeriod({ year: Number(m[1]), first: 1, last: 12, precision: 'year' }, opts.bound, undefined);
  const q = quarterOrHalf(text, opts.bound);
  if (q) return fromPeriod(q, opts.bound, opts.defaultYear);
  const named = monthNamed(text);
  if (named) {
    const year = named.year ?? opts.defaultYear;
    if (year === undefined) return null;
    const date = named.day === null ? month(year, named.month, opts.bound) : day(year, named.month, named.day);
    return date?.kind === 'date' && named.year === null ? { ...date, yearAssumed: true } : date;
  }
  return null;
}

/** Reads a start or completion date the way officials write it; see the values contract for the forms. */
export function parseDateLike(value: CellValue, opts: DateLikeOptions): DateLike {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'boolean') return { kind: 'invalid', text: String(value) };
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) {
      return (
        fromPeriod({ year: value, first: 1, last: 12, precision: 'year' }, opts.bound, undefined) ?? {
          kind: 'invalid',
          text: String(value),
        }
      );
    }
    if (value >= MIN_SERIAL && value <= MAX_SERIAL) return { kind: 'date', iso: serialToIso(value), precision: 'day' };
    return { kind: 'invalid', text: String(value) };
  }
  return readText(`${opts.bound}|${opts.defaultYear ?? ''}|${value}`);
}

/** Texts are read once per (bound, default year, text); the options travel in the memo key. */
const readText = memoByText<DateLike>(5000, (key) => {
  const [bound, defaultYear, ...rest] = key.split('|');
  const text = rest.join('|').trim();
  if (isNotAvailable(text)) return { kind: 'blank' };
  const opts = {
    bound: bound as DateLikeOptions['bound'],
    defaultYear: defaultYear === '' ? undefined : Number(defaultYear),
  };
  return parseText(text, opts) ?? { kind: 'invalid', text };
});
