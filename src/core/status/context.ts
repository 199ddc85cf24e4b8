import type { NumberLocale } from '../model/enums';
import type { Plan } from '../model/plan';
import { isoToSerial } from '../values/isoDate';
import { parseReportingPeriod } from '../values/reportingPeriod';
import { formatShare } from './format';
import type { StatusSettings } from './thresholds';

/** A ledger period placed in time, as Excel serial days (inclusive). */
export interface PeriodSpan {
  code: string;
  startDay: number;
  endDay: number;
}

/** Everything the per-indicator and per-activity engines share: the plan's frame and the as-of date. */
export interface StatusContext {
  locale: NumberLocale;
  settings: StatusSettings;
  asOf: string;
  asOfDay: number;
  planStart: string;
  planStartDay: number;
  planEnd: string;
  planEndDay: number;
  planStartYear: number;
  /** The thresholds as shown in reasons: "85", "50". */
  thresholds: { onTrack: string; offTrack: string };
  /** Ledgers repeat few period texts thousands of times, so each is read once. */
  period: (text: string) => PeriodSpan | null;
}

export function statusContext(plan: Plan, asOf: string, settings: StatusSettings): StatusContext {
  const { periodStart, periodEnd, numberLocale } = plan.settings;
  const spans = new Map<string, PeriodSpan | null>();
  const period = (text: string): PeriodSpan | null => {
    let span = spans.get(text);
    if (span === undefined) {
      const p = parseReportingPeriod(text);
      span = p ? { code: p.code, startDay: isoToSerial(p.start), endDay: isoToSerial(p.end) } : null;
      spans.set(text, span);
    }
    return span;
  };
  return {
    locale: numberLocale,
    settings,
    asOf,
    asOfDay: isoToSerial(asOf),
    planStart: periodStart,
    planStartDay: isoToSerial(periodStart),
    planEnd: periodEnd,
    planEndDay: isoToSerial(periodEnd),
    planStartYear: Number(periodStart.slice(0, 4)),
    thresholds: {
      onTrack: formatShare(settings.onTrack, numberLocale),
      offTrack: formatShare(settings.offTrack, numberLocale),
    },
    period,
  };
}
