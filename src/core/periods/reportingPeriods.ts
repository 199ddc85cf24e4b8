import * as z from 'zod';
import type { PlanSettings } from '../model/plan';
import { IsoDate, formatIso } from '../values/isoDate';
import { ReportingPeriod, parseReportingPeriod } from '../values/reportingPeriod';
import { addDays, addMonths, inYear } from './calendar';
import type { ReportingSettings } from './reportingSettings';

/**
 * A period the agencies report on: its calendar span and code (2026-Q1, 2026-H1, 2026), the part of it the
 * plan covers (a plan starting mid-quarter reports on that quarter from its first day), and the form's due
 * date: the covered end plus the settings' days.
 */
export const PlanPeriod = ReportingPeriod.extend({
  coveredStart: IsoDate,
  coveredEnd: IsoDate,
  dueDate: IsoDate,
});
export type PlanPeriod = z.infer<typeof PlanPeriod>;

/** The annual report on a plan year, and the data deadline a month before it (B.2). */
export const AnnualDeadline = z.object({ year: z.number().int(), reportDue: IsoDate, dataDeadline: IsoDate });
export type AnnualDeadline = z.infer<typeof AnnualDeadline>;

type PlanSpan = Pick<PlanSettings, 'periodStart' | 'periodEnd' | 'reportingFrequency'>;

const CODE_OF = {
  quarterly: (year: number, n: number) => `${year}-Q${n}`,
  semiannual: (year: number, n: number) => `${year}-H${n}`,
  annual: (year: number) => `${year}`,
} as const;
const PER_YEAR = { quarterly: 4, semiannual: 2, annual: 1 } as const;

/** Every period of the plan's reporting frequency that overlaps the plan, in order. */
export function planPeriods(plan: PlanSpan, settings: Pick<ReportingSettings, 'formDueDays'>): PlanPeriod[] {
  const first = Number(plan.periodStart.slice(0, 4));
  const last = Number(plan.periodEnd.slice(0, 4));
  const periods: PlanPeriod[] = [];
  for (let year = first; year <= last; year++) {
    for (let n = 1; n <= PER_YEAR[plan.reportingFrequency]; n++) {
      const period = parseReportingPeriod(CODE_OF[plan.reportingFrequency](year, n))!;
      if (period.end < plan.periodStart || period.start > plan.periodEnd) continue;
      const coveredStart = period.start < plan.periodStart ? plan.periodStart : period.start;
      const coveredEnd = period.end > plan.periodEnd ? plan.periodEnd : period.end;
      periods.push({ ...period, coveredStart, coveredEnd, dueDate: addDays(coveredEnd, settings.formDueDays) });
    }
  }
  return periods;
}

/** The plan's period with this code ("2026-Q2", "Q2 2026"), or null when the plan has none such. */
export function findPlanPeriod(periods: readonly PlanPeriod[], code: string): PlanPeriod | null {
  const wanted = parseReportingPeriod(code);
  return (wanted && periods.find((period) => period.code === wanted.code)) ?? null;
}

/**
 * The period a coordinator most likely collects at `today`: the latest that has ended, or the first one
 * before any has ended.
 */
export function periodToCollect(periods: readonly PlanPeriod[], today: string): PlanPeriod | null {
  const ended = periods.filter((period) => period.coveredEnd < today);
  return ended[ended.length - 1] ?? periods[0] ?? null;
}

/** The annual report and data deadline for each calendar year of the plan. */
export function annualDeadlines(plan: PlanSpan, settings: Pick<ReportingSettings, 'reportDueDate'>): AnnualDeadline[] {
  const first = Number(plan.periodStart.slice(0, 4));
  const last = Number(plan.periodEnd.slice(0, 4));
  const firstDue = settings.reportDueDate ?? formatIso(first + 1, 3, 31);
  const offset = Number(firstDue.slice(0, 4)) - first;
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const reportDue = inYear(firstDue, first + i + offset);
    return { year: first + i, reportDue, dataDeadline: addMonths(reportDue, -1) };
  });
}
