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
  if (periodEnd < periodStart) emit('settings.period-reversed', 'periodEnd', { periodStart, periodEnd });
  const tables = entityOfTables(plan);
  for (const issue of index.looseIssues) {
    report.begin(tables.get(issue.table) ?? 'settings', '', { table: issue.table, row: issue.row });
    emitReadIssue(issue, emit);
  }
  report.end();

  const seenAreas = new Set<string>();
  for (const area of plan.areas) {
    const key = codeKey(area.code);
    report.begin('area', area.code, area.from);
    emitRowIssues(report, index, area.from);
    checkDuplicate(seenAreas, key, emit);
    checkHasChildren(index.objectivesPerArea.get(key), 'structure.area-without-objective', emit);
    report.end();
  }

  const seenAgencies = new Set<string>();
  for (const agency of plan.agencies) {
    report.begin('agency', agency.code, agency.from);
    emitRowIssues(report, index, agency.from);
    checkDuplicate(seenAgencies, codeKey(agency.code), emit);
    report.end();
  }

  const seenObjectives = new Set<string>();
  for (const objective of plan.objectives) {
    const key = codeKey(objective.code);
    const area = codeKey(objective.area);
    report.begin('objective', objective.code, objective.from);
    emitRowIssues(report, index, objective.from);
    checkDuplicate(seenObjectives, key, emit);
    checkParent({ field: 'area', text: objective.area, key: area, exists: index.areas.has(area) }, null, emit);
    checkHasChildren(index.indicatorsPerObjective.get(key), 'structure.objective-without-indicator', emit);
    report.end();
  }

  const seenIndicators = new Set<string>();
  for (const indicator of plan.indicators) {
    const key = indicatorCodeKey(indicator.code);
    const objective = codeKey(indicator.objective);
    report.begin('indicator', indicator.code, indicator.from);
    emitRowIssues(report, index, indicator.from);
    checkDuplicate(seenIndicators, key, emit);
    checkParent(
      { field: 'objective', text: indicator.objective, key: objective, exists: index.objectiveArea.has(objective) },
      key,
      emit,
    );
    if (!index.mePlanIndicators.has(key)) emit('structure.indicator-not-in-me-plan', null);
    checkIndicator(indicator, env, emit);
    report.end();
  }

  const seenKeyMeasures = new Set<string>();
  for (const measure of plan.keyMeasures) {
    const key = codeKey(measure.code);
    const objective = codeKey(measure.objective);
    report.begin('keyMeasure', measure.code, measure.from);
    emitRowIssues(report, index, measure.from);
    checkDuplicate(seenKeyMeasures, key, emit);
    checkParent(
      { field: 'objective', text: measure.objective, key: objective, exists: index.objectiveArea.has(objective) },
      key,
      emit,
    );
    checkHasChildren(index.activitiesPerKeyMeasure.get(key), 'structure.key-measure-without-activity', emit);
    report.end();
  }

  const seenActivities = new Set<string>();
  for (const activity of plan.activities) {
    const key = codeKey(activity.code);
    const measure = codeKey(activity.keyMeasure);
    report.begin('activity', activity.code, activity.from);
    emitRowIssues(report, index, activity.from);
    checkDuplicate(seenActivities, key, emit);
    checkParent(
      { field: 'keyMeasure', text: activity.keyMeasure, key: measure, exists: index.keyMeasureObjective.has(measure) },
      key,
      emit,
    );
    checkActivity(activity, env, emit);
    report.end();
  }

  const seenRows = new Set<string>();
  for (const row of plan.mePlan) {
    const key = indicatorCodeKey(row.indicator);
    report.begin('mePlan', row.indicator, row.from);
    emitRowIssues(report, index, row.from, isFrequencyIssue);
    checkDuplicate(seenRows, key, emit);
    const indicator = index.indicators.get(key);
    if (indicator) checkMePlanRow(row, indicator, env, emit);
    else emit('structure.me-row-not-in-nap', 'indicator');
    report.end();
  }
  return report.findings;
}
