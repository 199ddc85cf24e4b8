import type { PlanSettings } from '../model/plan';
import { planPeriods } from '../periods';

/**
 * The date status is best judged at by default: the end of the last reporting period of the plan that is
 * over by `today` (the plan's end once the plan is over), and the plan's start while no period is over yet,
 * so the default is never a date before the plan starts nor one whose reports cannot be in.
 */
export function defaultAsOf(
  plan: Pick<PlanSettings, 'periodStart' | 'periodEnd' | 'reportingFrequency'>,
  today: string,
): string {
  const ended = planPeriods(plan, { formDueDays: 0 }).filter((period) => period.coveredEnd <= today);
  return ended[ended.length - 1]?.coveredEnd ?? plan.periodStart;
}
