import * as z from 'zod';
import { daysInMonth, formatIso } from './isoDate';

export const PeriodGranularity = z.enum(['month', 'quarter', 'half', 'year']);
export type PeriodGranularity = z.infer<typeof PeriodGranularity>;

/** A reporting period of the progress ledger, with its canonical code and its first and last day. */
export const ReportingPeriod = z.object({
  code: z.string(),
  start: z.string(),
  end: z.string(),
  granularity: PeriodGranularity,
});
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function span(year: number, firstMonth: number, lastMonth: number): { start: string; end: string } {
  return { start: formatIso(year, firstMonth, 1), end: formatIso(year, lastMonth, daysInMonth(year, lastMonth)) };
}

function part(year: number, letter: 'q' | 'h', n: number): ReportingPeriod | null {
  const months = letter === 'q' ? 3 : 6;
  if (n < 1 || n > 12 / months) return null;
  const granularity = letter === 'q' ? 'quarter' : 'half';
  return { code: `${year}-${letter.toUpperCase()}${n}`, granularity, ...span(year, (n - 1) * months + 1, n * months) };
}

function month(year: number, m: number): ReportingPeriod | null {
  if (m < 1 || m > 12) return null;
  return { code: `${year}-${String(m).padStart(2, '0')}`, granularity: 'month', ...span(year, m, m) };
}

const YEAR = /^(?:fy\s*)?(\d{4})$/;
const YEAR_FIRST = /^(\d{4})\s*[-/ ]?\s*([qh])([1-4])$/;
const PART_FIRST = /^([qh])([1-4])\s*[-/ ]?\s*(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;

function read(t: string): ReportingPeriod | null {
  let m = YEAR.exec(t);
  if (m) return { code: m[1], granularity: 'year', ...span(Number(m[1]), 1, 12) };
  m = YEAR_FIRST.exec(t);
  if (m) return part(Number(m[1]), m[2] as 'q' | 'h', Number(m[3]));
  m = PART_FIRST.exec(t);
  if (m) return part(Number(m[3]), m[1] as 'q' | 'h', Number(m[2]));
  m = YEAR_MONTH.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(t);
  return m ? month(Number(m[2]), Number(m[1])) : null;
}

/**
 * Reads a ledger period: '2026-Q1', '2026Q1', 'Q1 2026', '2026-H1', 'H2 2026', '2026', '2026-03',
 * '03/2026' and 'FY2026' (taken as the calendar year). Anything else is null, so the caller can say
 * which row it could not place in time.
 */
export function parseReportingPeriod(text: string): ReportingPeriod | null {
  const period = read(text.trim().toLowerCase());
  if (!period) return null;
  const year = Number(period.start.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR ? period : null;
}
