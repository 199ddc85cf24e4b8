import type { CellValue } from '../model/cell';
import type { Language, NumberLocale } from '../model/enums';
import { localeFormat } from '../i18n/locale';
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

/** Excel serials of plausible plan dates (1990 to 2100), so that a target of 5000 is not read as a day. */
const SERIAL_DAYS = { min: 32874, max: 73415 };

/**
 * The one place the report formats numbers and dates: numbers as the plan's number setting writes them (the
 * same as in status reasons), dates spelled out in the plan's language by the locale module, which carries
 * the formats a runtime lacks.
 */
export function reportFormat(language: Language, locale: NumberLocale): ReportFormat {
  const dates = localeFormat(language);
  const number = (n: number) => formatAmount(n, locale);
  const date = (iso: string) => dates.date(iso, 'long');
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
