import type { ReadIssue } from '../model/readIssue';
import type { Indicator, Plan } from '../model/plan';
import type { SourceRow } from '../model/cell';
import { agencyMatcher } from './agencyMatch';
import { indicatorCodeKey, codeKey } from '../model/code';

/** Everything the rules look up, built once per check so no rule scans the plan again (5,000 rows each). */
export interface PlanIndex {
  areas: ReadonlySet<string>;
  objectiveArea: ReadonlyMap<string, string>;
  keyMeasureObjective: ReadonlyMap<string, string>;
  /** The first indicator with each code ('I1.1' and '1.1' are one code). */
  indicators: ReadonlyMap<string, Indicator>;
  mePlanIndicators: ReadonlySet<string>;
  objectivesPerArea: ReadonlyMap<string, number>;
  indicatorsPerObjective: ReadonlyMap<string, number>;
  activitiesPerKeyMeasure: ReadonlyMap<string, number>;
  knownAgency: (responsible: string) => boolean;
  /** Read issues by the row they are on ('table#row'). */
  issuesByRow: ReadonlyMap<string, ReadIssue[]>;
  /** Read issues that no record of the plan sits on: missing tables and columns, rows that were dropped. */
  looseIssues: readonly ReadIssue[];
  /** Fields the reader could not read: "table#field" for a missing column, "table#row#field" for one cell. */
  unread: ReadonlySet<string>;
  startYear: number;
  endYear: number;
}

export function rowKey(at: SourceRow | { table: string; row: number | null }): string {
  return `${at.table}#${at.row ?? ''}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function firstBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, value(item));
  }
  return map;
}

export function indexPlan(plan: Plan, readIssues: readonly ReadIssue[]): PlanIndex {
  const rows = new Set<string>();
  for (const list of [
    plan.areas,
    plan.agencies,
    plan.objectives,
    plan.indicators,
    plan.keyMeasures,
    plan.activities,
    plan.mePlan,
  ]) {
    for (const record of list) if (record.from) rows.add(rowKey(record.from));
  }
  const issuesByRow = new Map<string, ReadIssue[]>();
  const looseIssues: ReadIssue[] = [];
  for (const issue of readIssues) {
    const key = rowKey(issue);
    if (issue.row === null || !rows.has(key)) {
      looseIssues.push(issue);
      continue;
    }
    const list = issuesByRow.get(key);
    if (list) list.push(issue);
    else issuesByRow.set(key, [issue]);
  }
  return {
    areas: new Set(plan.areas.map((a) => codeKey(a.code))),
    objectiveArea: firstBy(
      plan.objectives,
      (o) => codeKey(o.code),
      (o) => codeKey(o.area),
    ),
    keyMeasureObjective: firstBy(
      plan.keyMeasures,
      (k) => codeKey(k.code),
      (k) => codeKey(k.objective),
    ),
    indicators: firstBy(
      plan.indicators,
      (i) => indicatorCodeKey(i.code),
      (i) => i,
    ),
    mePlanIndicators: new Set(plan.mePlan.map((r) => indicatorCodeKey(r.indicator))),
    objectivesPerArea: countBy(plan.objectives, (o) => codeKey(o.area)),
    indicatorsPerObjective: countBy(plan.indicators, (i) => codeKey(i.objective)),
    activitiesPerKeyMeasure: countBy(plan.activities, (a) => codeKey(a.keyMeasure)),
    knownAgency: agencyMatcher(plan.agencies),
    issuesByRow,
    looseIssues,
    unread: new Set(
      readIssues.flatMap((i) =>
        i.kind === 'missingColumn'
          ? [`${i.table}#${i.column}`]
          : i.kind === 'becameDate'
            ? [`${i.table}#${i.row}#${i.column}`]
            : [],
      ),
    ),
    startYear: Number(plan.settings.periodStart.slice(0, 4)),
    endYear: Number(plan.settings.periodEnd.slice(0, 4)),
  };
}
