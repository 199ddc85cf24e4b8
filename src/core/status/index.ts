import type { Plan } from '../model/plan';
import { planTree } from '../model/planTree';
import type { ProgressRow } from '../model/progress';
import { activityStatus } from './activityStatus';
import { statusContext } from './context';
import { explanation } from './explanation';
import { indicatorStatus } from './indicatorStatus';
import { indexLedger } from './ledgerIndex';
import type { ActivityResult, IndicatorResult, StatusReport } from './report';
import { rollup } from './rollup';
import type { StatusSettings } from './thresholds';

export * from './report';
export * from './statuses';
export * from './thresholds';
export { achievedShare, progressShare } from './share';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Status of every indicator, activity, outcome and area at the as-of date: a pure function of the plan,
 * the progress ledger, the date and the coordinator's thresholds, with reasons as sentences for the edge
 * to write in its language.
 */
export function computeStatus(
  plan: Plan,
  ledger: readonly ProgressRow[],
  asOf: string,
  settings: StatusSettings,
): StatusReport {
  const ctx = statusContext(plan, asOf, settings);
  const index = indexLedger(plan, ledger);
  const tree = planTree(plan);

  const indicators: IndicatorResult[] = plan.indicators.map((ind) =>
    indicatorStatus(ind, tree.ofObjective(ind.objective), index.indicators.get(ind.code) ?? [], ctx),
  );
  const activities: ActivityResult[] = plan.activities.map((act) =>
    activityStatus(act, tree.ofKeyMeasure(act.keyMeasure), index.activities.get(act.code) ?? [], ctx),
  );

  const indicatorsByObjective = groupBy(indicators, (i) => i.objective);
  const activitiesByObjective = groupBy(activities, (a) => a.objective);
  const indicatorsByArea = groupBy(indicators, (i) => i.area);
  const activitiesByArea = groupBy(activities, (a) => a.area);
  return {
    asOf,
    indicators,
    activities,
    objectives: plan.objectives.map((o) =>
      rollup(o.code, indicatorsByObjective.get(o.code) ?? [], activitiesByObjective.get(o.code) ?? [], ctx),
    ),
    areas: plan.areas.map((a) =>
      rollup(a.code, indicatorsByArea.get(a.code) ?? [], activitiesByArea.get(a.code) ?? [], ctx),
    ),
    explanation: explanation(ctx),
    unmatchedCodes: index.unmatched,
  };
}
