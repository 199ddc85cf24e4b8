import * as z from 'zod';
import { compareIso, isIsoDate } from '../values/isoDate';
import { parseReportingPeriod, type ReportingPeriod } from '../values/reportingPeriod';

const isoDate = z.string().refine(isIsoDate, 'expected a real day written YYYY-MM-DD');

/** The span a report covers: a calendar year or any range of days, both ends included. */
export const ReportRange = z
  .object({ from: isoDate, to: isoDate })
  .refine((range) => compareIso(range.from, range.to) <= 0, 'the range must start on or before its end');
export type ReportRange = z.infer<typeof ReportRange>;

export function yearRange(year: number): ReportRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A ledger period belongs to the report when it lies wholly inside the range. */
export function periodWithin(period: ReportingPeriod, range: ReportRange): boolean {
  return compareIso(period.start, range.from) >= 0 && compareIso(period.end, range.to) <= 0;
}

/** Reads a ledger period once per distinct text: ledgers repeat a few periods thousands of times. */
export function periodReader(): (text: string) => ReportingPeriod | null {
  const seen = new Map<string, ReportingPeriod | null>();
  return (text) => {
    let period = seen.get(text);
    if (period === undefined) {
      period = parseReportingPeriod(text);
      seen.set(text, period);
    }
    return period;
  };
}
