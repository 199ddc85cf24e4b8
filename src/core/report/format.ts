import type { CellValue } from '../model/cell';
import type { Language, NumberLocale } from '../model/enums';
import { formatAmount } from '../status/format';
import { isIsoDate, serialToIso } from '../values/isoDate';
import { parseNumber } from '../values/number';

/** Formats the report's numbers and dates in the plan's locale ("1.234,5" in a Serbian plan). */
export interface ReportFormat {
  number(n: number): string;
  /** A YYYY-MM-DD day as the plan's language writes it. */
  date(iso: string): string;
  /** A plan cell as shown in the report: numbers and dates formatted, words as typed. */
  cell(value: CellValue): string;
}

const TAGS: Record<Language, string> = {
  en: 'en-GB',
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
  sq: 'sq-AL',
  mk: 'mk-MK',
  bs: 'bs-Latn-BA',
};

/** Excel serials of plausible plan dates (1990 to 2100), so that a target of 5000 is not read as a day. */
const SERIAL_DAYS = { min: 32874, max: 73415 };

/**
 * The one place the report formats numbers and dates. Dates go through Intl in the plan's language; a
 * runtime without that locale's data falls back to ISO, which every reader understands.
 */
export function reportFormat(language: Language, locale: NumberLocale): ReportFormat {
  const tag = TAGS[language];
  const dates =
    Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0
      ? new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      : null;
  const number = (n: number) => formatAmount(n, locale);
  const date = (iso: string) => (dates && isIsoDate(iso) ? dates.format(new Date(`${iso}T00:00:00Z`)) : iso);
  const cell = (value: CellValue): string => {
    if (value === null) return '';
    if (typeof value === 'number') return number(value);
    if (typeof value === 'boolean') return String(value);
    const text = value.trim();
    if (isIsoDate(text)) return date(text);
    const parsed = parseNumber(text, locale);
    return parsed === null ? text : number(parsed);
  };
  return { number, date, cell };
}

/** A date cell of the plan: an ISO day, an Excel serial, or words ("IV quarter 2027") kept as typed. */
export function dateCell(value: CellValue, format: ReportFormat): string {
  if (typeof value === 'number' && value >= SERIAL_DAYS.min && value <= SERIAL_DAYS.max)
    return format.date(serialToIso(value));
  return format.cell(value);
}
