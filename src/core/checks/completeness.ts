import * as z from 'zod';
import type { Plan } from '../model/plan';
import { indicatorCodeKey, codeKey } from '../model/code';
import type { Finding } from './finding';
import { indexPlan } from './planIndex';

const Counts = z.object({ total: z.number().int().nonnegative(), withoutError: z.number().int().nonnegative() });

export const CompletenessPart = z.object({
  indicators: Counts,
  activities: Counts,
  /** Indicators and activities without an error, as a share (0..1) of all of them; null when there are none. */
  share: z.number().min(0).max(1).nullable(),
});
export type CompletenessPart = z.infer<typeof CompletenessPart>;

export const AreaCompleteness = CompletenessPart.extend({ area: z.string() });
export type AreaCompleteness = z.infer<typeof AreaCompleteness>;

/** Per area, in the plan's order, and overall (which also counts records whose area cannot be found). */
export const Completeness = z.object({ areas: z.array(AreaCompleteness), overall: CompletenessPart });
export type Completeness = z.infer<typeof Completeness>;

interface Tally {
  indicators: { total: number; withoutError: number };
  activities: { total: number; withoutError: number };
}

function emptyTally(): Tally {
  return { indicators: { total: 0, withoutError: 0 }, activities: { total: 0, withoutError: 0 } };
}

function part(t: Tally): CompletenessPart {
  const total = t.indicators.total + t.activities.total;
  const share = total === 0 ? null : (t.indicators.withoutError + t.activities.withoutError) / total;
  return { indicators: { ...t.indicators }, activities: { ...t.activities }, share };
}

/**
 * How much of the plan is SMART-complete: an indicator counts when neither it nor its M&E row has an
 * error; an activity when it has none. Each belongs to the area of its objective.
 */
export function completeness(plan: Plan, findings: readonly Finding[]): Completeness {
  const index = indexPlan(plan, []);
  const failedIndicators = new Set<string>();
  const failedActivities = new Set<string>();
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    if (f.entity === 'indicator' || f.entity === 'mePlan') failedIndicators.add(indicatorCodeKey(f.code));
    else if (f.entity === 'activity') failedActivities.add(codeKey(f.code));
  }
  const byArea = new Map(plan.areas.map((a) => [codeKey(a.code), emptyTally()] as const));
  const overall = emptyTally();
  const add = (area: string | undefined, kind: keyof Tally, ok: boolean) => {
    for (const tally of [overall, area === undefined ? undefined : byArea.get(area)]) {
      if (!tally) continue;
      tally[kind].total += 1;
      if (ok) tally[kind].withoutError += 1;
    }
  };
  for (const indicator of plan.indicators) {
    add(
      index.objectiveArea.get(codeKey(indicator.objective)),
      'indicators',
      !failedIndicators.has(indicatorCodeKey(indicator.code)),
    );
  }
  for (const activity of plan.activities) {
    const objective = index.keyMeasureObjective.get(codeKey(activity.keyMeasure));
    const area = objective === undefined ? undefined : index.objectiveArea.get(objective);
    add(area, 'activities', !failedActivities.has(codeKey(activity.code)));
  }
  // A duplicated area code is counted once, under its first row.
  const listed = new Set<string>();
  const areas: AreaCompleteness[] = [];
  for (const area of plan.areas) {
    const key = codeKey(area.code);
    const tally = byArea.get(key);
    if (!tally || listed.has(key)) continue;
    listed.add(key);
    areas.push({ area: area.code, ...part(tally) });
  }
  return { areas, overall: part(overall) };
}
