import { codeKey, indicatorCodeKey } from './code';
import type { Entity } from './entity';
import type { SourceRow } from './cell';
import type { Plan } from './plan';

/** Where a record sits in the plan: its objective and strategic area, as the parents' own tables write them. */
export interface Placement {
  objective: string;
  area: string;
}

export interface PlanTree {
  /** Where a record naming this objective sits. */
  ofObjective: (typed: string) => Placement;
  /** Where a record naming this key measure sits. */
  ofKeyMeasure: (typed: string) => Placement;
  /**
   * Where a record sits: found by its row when given (two activities may share a code by mistake, and
   * each belongs where its own row puts it), else by the first record with its code.
   */
  place: (entity: Entity, code: string, at?: { table: string; row: number | null } | null) => Placement;
}

function firstByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

const NOWHERE: Placement = { objective: '', area: '' };
const rowKey = (at: SourceRow) => `${at.table}#${at.row}`;
const identity = (entity: Entity, code: string) =>
  `${entity}:${entity === 'indicator' || entity === 'mePlan' ? indicatorCodeKey(code) : codeKey(code)}`;

/**
 * Follows parents (activity → key measure → objective → area) by code identity, so an objective typed
 * "1." holds the indicators that name objective "1". The first record with a code decides, as in Check.
 * Parents are named by the code their own table gives them; a reference to a missing objective keeps the
 * text typed, so it still shows where it was meant to go.
 */
export function planTree(plan: Plan): PlanTree {
  const areas = firstByKey(plan.areas, (a) => codeKey(a.code));
  const objectives = firstByKey(plan.objectives, (o) => codeKey(o.code));
  const measures = firstByKey(plan.keyMeasures, (k) => codeKey(k.code));

  const areaCode = (typed: string) => areas.get(codeKey(typed))?.code ?? typed.trim();
  const ofObjective = (typed: string): Placement => {
    const objective = objectives.get(codeKey(typed));
    return objective
      ? { objective: objective.code, area: areaCode(objective.area) }
      : { objective: typed.trim(), area: '' };
  };
  const ofKeyMeasure = (typed: string): Placement => {
    const measure = measures.get(codeKey(typed));
    return measure ? ofObjective(measure.objective) : NOWHERE;
  };

  const byRow = new Map<string, Placement>();
  const byCode = new Map<string, Placement>();
  const record = (entity: Entity, code: string, from: SourceRow | undefined, placement: Placement) => {
    if (from) byRow.set(rowKey(from), placement);
    const key = identity(entity, code);
    if (!byCode.has(key)) byCode.set(key, placement);
  };
  for (const a of plan.areas) record('area', a.code, a.from, { objective: '', area: a.code });
  for (const o of plan.objectives) record('objective', o.code, o.from, ofObjective(o.code));
  for (const i of plan.indicators) record('indicator', i.code, i.from, ofObjective(i.objective));
  for (const k of plan.keyMeasures) record('keyMeasure', k.code, k.from, ofObjective(k.objective));
  for (const a of plan.activities) record('activity', a.code, a.from, ofKeyMeasure(a.keyMeasure));
  for (const m of plan.mePlan) {
    record('mePlan', m.indicator, m.from, byCode.get(identity('indicator', m.indicator)) ?? NOWHERE);
  }

  const place: PlanTree['place'] = (entity, code, at) =>
    (at && at.row !== null ? byRow.get(rowKey({ table: at.table, row: at.row })) : undefined) ??
    byCode.get(identity(entity, code)) ??
    NOWHERE;
  return { ofObjective, ofKeyMeasure, place };
}
