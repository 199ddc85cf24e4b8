import { dateParam } from '../i18n/params';
import type { Plan } from '../model/plan';
import type { ReadIssue } from '../model/readIssue';
import type { SourceRow } from '../model/cell';
import { checkActivity } from './activityRules';
import { indicatorCodeKey, codeKey } from '../model/code';
import type { CheckEnv } from './env';
import type { Entity, Finding } from './finding';
import { checkIndicator } from './indicatorRules';
import { checkMePlanRow, isFrequencyIssue } from './mePlanRules';
import { indexPlan, rowKey, type PlanIndex } from './planIndex';
import { Report } from './report';
import { emitReadIssue } from './sheetRules';
import { checkDuplicate, checkHasChildren, checkParent } from './structureRules';

export interface CheckContext {
  /** What the sheet reader could not take as typed; the plan's number locale and period come from plan.settings. */
  readIssues?: ReadIssue[];
}

/** The entity a loose read issue belongs to: whatever kind of record its table holds, else the settings. */
function entityOfTables(plan: Plan): Map<string, Entity> {
  const byTable = new Map<string, Entity>();
  const lists: Array<[Entity, ReadonlyArray<{ from?: SourceRow }>]> = [
    ['area', plan.areas],
    ['agency', plan.agencies],
    ['objective', plan.objectives],
    ['indicator', plan.indicators],
    ['keyMeasure', plan.keyMeasures],
    ['activity', plan.activities],
    ['mePlan', plan.mePlan],
  ];
  for (const [entity, list] of lists) {
    const table = list.find((r) => r.from)?.from?.table;
    if (table !== undefined && !byTable.has(table)) byTable.set(table, entity);
  }
  return byTable;
}

function emitRowIssues(
  report: Report,
  index: PlanIndex,
  from: SourceRow | undefined,
  skip?: (issue: ReadIssue) => boolean,
): void {
  if (!from || index.issuesByRow.size === 0) return;
  for (const issue of index.issuesByRow.get(rowKey(from)) ?? []) if (!skip?.(issue)) emitReadIssue(issue, report.emit);
}

/** How one kind of record is checked: its code, the parent it names, and its own rules. */
interface RecordPass<T> {
  entity: Entity;
  records: readonly T[];
  code: (record: T) => string;
  /** Codes compare by their normalised key; indicators have their own ("1.1.a" and "1.1.A" are one). */
  key?: (code: string) => string;
  /** `numbered`: the guide numbers the record under its parent (1.2.3 under 1.2); objectives are not. */
  parent?: { field: string; text: (record: T) => string; known: { has(key: string): boolean }; numbered: boolean };
  skip?: (issue: ReadIssue) => boolean;
  rules?: (record: T, key: string) => void;
}

/** Every kind of record passes the same frame: its read issues, a repeated code, its parent, then its rules. */
function checkRecords<T extends { from?: SourceRow }>(report: Report, index: PlanIndex, pass: RecordPass<T>): void {
  const seen = new Set<string>();
  const keyOf = pass.key ?? codeKey;
  for (const record of pass.records) {
    const code = pass.code(record);
    const key = keyOf(code);
    report.begin(pass.entity, code, record.from);
    emitRowIssues(report, index, record.from, pass.skip);
    checkDuplicate(seen, key, report.emit);
    if (pass.parent) {
      const text = pass.parent.text(record);
      const parentKey = codeKey(text);
      const exists = pass.parent.known.has(parentKey);
      checkParent(
        { field: pass.parent.field, text, key: parentKey, exists },
        pass.parent.numbered ? key : null,
        report.emit,
      );
    }
    pass.rules?.(record, key);
    report.end();
  }
}

/**
 * Checks every record of the plan against the rule catalogue (RULES). Findings come in the plan's order:
 * settings and sheet-level issues first, then areas, agencies, objectives, indicators, key measures,
 * activities and M&E rows, each record's findings in rule order.
 */
export function checkPlan(plan: Plan, ctx: CheckContext): Finding[] {
  const index = indexPlan(plan, ctx.readIssues ?? []);
  const env: CheckEnv = { settings: plan.settings, index };
  const report = new Report(index.unread);
  const { emit } = report;
  const { periodStart, periodEnd } = plan.settings;

  report.begin('settings', '', null);
  if (periodEnd < periodStart) {
    emit('settings.period-reversed', 'periodEnd', {
      periodStart: dateParam(periodStart),
      periodEnd: dateParam(periodEnd),
    });
  }
  const tables = entityOfTables(plan);
  for (const issue of index.looseIssues) {
    report.begin(tables.get(issue.table) ?? 'settings', '', { table: issue.table, row: issue.row });
    emitReadIssue(issue, emit);
  }
  report.end();

  const records = <T extends { from?: SourceRow }>(pass: RecordPass<T>) => checkRecords(report, index, pass);
  records({
    entity: 'area',
    records: plan.areas,
    code: (area) => area.code,
    rules: (_, key) => checkHasChildren(index.objectivesPerArea.get(key), 'structure.area-without-objective', emit),
  });
  records({ entity: 'agency', records: plan.agencies, code: (agency) => agency.code });
  records({
    entity: 'objective',
    records: plan.objectives,
    code: (objective) => objective.code,
    parent: { field: 'area', text: (objective) => objective.area, known: index.areas, numbered: false },
    rules: (_, key) =>
      checkHasChildren(index.indicatorsPerObjective.get(key), 'structure.objective-without-indicator', emit),
  });
  records({
    entity: 'indicator',
    records: plan.indicators,
    code: (indicator) => indicator.code,
    key: indicatorCodeKey,
    parent: {
      field: 'objective',
      text: (indicator) => indicator.objective,
      known: index.objectiveArea,
      numbered: true,
    },
    rules: (indicator, key) => {
      if (!index.mePlanIndicators.has(key)) emit('structure.indicator-not-in-me-plan', null);
      checkIndicator(indicator, env, emit);
    },
  });
  records({
    entity: 'keyMeasure',
    records: plan.keyMeasures,
    code: (measure) => measure.code,
    parent: { field: 'objective', text: (measure) => measure.objective, known: index.objectiveArea, numbered: true },
    rules: (_, key) =>
      checkHasChildren(index.activitiesPerKeyMeasure.get(key), 'structure.key-measure-without-activity', emit),
  });
  records({
    entity: 'activity',
    records: plan.activities,
    code: (activity) => activity.code,
    parent: {
      field: 'keyMeasure',
      text: (activity) => activity.keyMeasure,
      known: index.keyMeasureObjective,
      numbered: true,
    },
    rules: (activity) => checkActivity(activity, env, emit),
  });
  records({
    entity: 'mePlan',
    records: plan.mePlan,
    code: (row) => row.indicator,
    key: indicatorCodeKey,
    skip: isFrequencyIssue,
    rules: (row, key) => {
      const indicator = index.indicators.get(key);
      if (indicator) checkMePlanRow(row, indicator, env, emit);
      else emit('structure.me-row-not-in-nap', 'indicator');
    },
  });
  return report.findings;
}
