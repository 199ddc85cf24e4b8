import * as z from 'zod';
import { agencyMatcher } from '../checks/agencyMatch';
import { isAccepted, type RegisterEntry } from '../consolidation/submission';
import type { ReportingFrequency } from '../model/enums';
import type { Agency, Plan } from '../model/plan';
import type { ProgressRow } from '../model/progress';
import { compareIso } from '../values/isoDate';
import { parseReportingPeriod, type ReportingPeriod } from '../values/reportingPeriod';
import { periodReader, periodWithin, type ReportRange } from './range';

/** One return an agency owes (or sent) for one reporting period. */
export const ReturnPair = z.object({ agency: z.string(), period: z.string() });
export type ReturnPair = z.infer<typeof ReturnPair>;

/** What was expected and what arrived: from the ledger today, from the submissions register once it exists. */
export interface ReturnsRegister {
  expected: ReturnPair[];
  received: ReturnPair[];
}

export const ReportingRate = z.object({
  expected: z.number().int(),
  received: z.number().int(),
  /** received / expected; null when nothing was expected. */
  rate: z.number().nullable(),
  missing: z.array(ReturnPair),
});
export type ReportingRate = z.infer<typeof ReportingRate>;

const PERIOD_TEXTS: Record<ReportingFrequency, (year: number) => string[]> = {
  quarterly: (year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
  semiannual: (year) => [1, 2].map((h) => `${year}-H${h}`),
  annual: (year) => [String(year)],
};

/** The reporting periods of the plan's frequency that lie in the range and within the plan's years. */
function expectedPeriods(plan: Plan, range: ReportRange): ReportingPeriod[] {
  const { periodStart, periodEnd, reportingFrequency } = plan.settings;
  const periods: ReportingPeriod[] = [];
  for (let year = Number(range.from.slice(0, 4)); year <= Number(range.to.slice(0, 4)); year++) {
    for (const text of PERIOD_TEXTS[reportingFrequency](year)) {
      const period = parseReportingPeriod(text);
      if (!period || !periodWithin(period, range)) continue;
      if (compareIso(period.end, periodStart) < 0 || compareIso(period.start, periodEnd) > 0) continue;
      periods.push(period);
    }
  }
  return periods;
}

/** The agency a responsible or reporting text names (its code or name, perhaps followed by a unit). */
function agencyResolver(agencies: readonly Agency[]): (text: string) => string | null {
  const matchers = agencies.map((agency) => ({ code: agency.code.trim(), matches: agencyMatcher([agency]) }));
  const seen = new Map<string, string | null>();
  return (text) => {
    let code = seen.get(text);
    if (code === undefined) {
      code = text.trim() === '' ? null : (matchers.find((m) => m.matches(text))?.code ?? null);
      seen.set(text, code);
    }
    return code;
  };
}

/**
 * Expected returns are every agency the plan makes responsible for an indicator or an activity, for each
 * reporting period in the range; received ones are the agency and period pairs the progress ledger holds.
 * The one function to replace by a reading of the submissions register.
 */
export function returnsFromLedger(plan: Plan, ledger: readonly ProgressRow[], range: ReportRange): ReturnsRegister {
  const agencyOf = agencyResolver(plan.agencies);
  const responsible = new Set<string>();
  for (const text of [...plan.mePlan.map((row) => row.responsible), ...plan.activities.map((a) => a.responsible)]) {
    const code = agencyOf(text);
    if (code) responsible.add(code);
  }
  const periods = expectedPeriods(plan, range);
  const expected = [...responsible]
    .sort()
    .flatMap((agency) => periods.map((period) => ({ agency, period: period.code })));

  const periodOf = periodReader();
  const spansByAgency = new Map<string, ReportingPeriod[]>();
  for (const row of ledger) {
    const agency = agencyOf(row.agency);
    const period = periodOf(row.period);
    if (!agency || !period) continue;
    const spans = spansByAgency.get(agency) ?? [];
    if (!spans.some((span) => span.code === period.code)) spans.push(period);
    spansByAgency.set(agency, spans);
  }
  // A return for a longer or shorter period than expected still counts for the periods it overlaps.
  const received = expected.filter((pair) => {
    const wanted = periods.find((period) => period.code === pair.period) as ReportingPeriod;
    return (spansByAgency.get(pair.agency) ?? []).some(
      (span) => compareIso(span.start, wanted.end) <= 0 && compareIso(span.end, wanted.start) >= 0,
    );
  });
  return { expected, received };
}

/**
 * The same from the submissions register: every agency and period the register expects within the range,
 * received when a submission was accepted (a superseded one still counts: a correction does not undo a report).
 */
export function returnsFromRegister(register: readonly RegisterEntry[], range: ReportRange): ReturnsRegister {
  const periodOf = periodReader();
  const expected = new Map<string, ReturnPair>();
  const received = new Map<string, ReturnPair>();
  for (const entry of register) {
    const period = periodOf(entry.period);
    if (!period || !periodWithin(period, range)) continue;
    const pair = { agency: entry.agency.trim(), period: period.code };
    const key = `${pair.agency}\u0000${pair.period}`;
    expected.set(key, pair);
    if (isAccepted(entry.state) || entry.state === 'superseded') received.set(key, pair);
  }
  const order = (a: ReturnPair, b: ReturnPair) => a.agency.localeCompare(b.agency) || a.period.localeCompare(b.period);
  return { expected: [...expected.values()].sort(order), received: [...received.values()].sort(order) };
}

export function reportingRate(register: ReturnsRegister): ReportingRate {
  const got = new Set(register.received.map((pair) => `${pair.agency}\u0000${pair.period}`));
  const missing = register.expected.filter((pair) => !got.has(`${pair.agency}\u0000${pair.period}`));
  const expected = register.expected.length;
  const received = expected - missing.length;
  return { expected, received, rate: expected === 0 ? null : received / expected, missing };
}
