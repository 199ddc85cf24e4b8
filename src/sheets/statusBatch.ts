import type { MessageKey, Translator } from '../core/i18n/translate';
import type { CellValue } from '../core/model/cell';
import type { Plan } from '../core/model/plan';
import type { IndicatorStatus, RollupResult, SelfAssessment, StatusReport } from '../core/status';
import { INDICATOR_STATUSES } from '../core/status';
import { FAMILY_STATUSES, statusColour, type StatusFamily } from '../core/status/palette';
import { emptyBatch, type ConditionalFormatCreate, type WorkbookSnapshot, type WriteBatch } from './gateway';
import { cellAddress, columnIndex, type TableSpec } from './layout';
import { existingLocation } from './codecs/tableLocation';
import {
  ACTIVITY_STATUS_TABLE,
  AREA_STATUS_TABLE,
  EXPLANATION_LINES,
  INDICATOR_STATUS_TABLE,
  OUTCOME_STATUS_TABLE,
  STATUS_SHEET,
} from './layouts/statusTables';
import { ACTIVITIES_TABLE, INDICATORS_TABLE, LISTS_TABLE } from './layouts/tables';
import { freeSheetName, tableCreate } from './planWorkbookBatch';
import { addRulesOnce } from './ruleRegistry';

export const STATUS_OUTPUT_TABLES: readonly TableSpec[] = [
  INDICATOR_STATUS_TABLE,
  ACTIVITY_STATUS_TABLE,
  AREA_STATUS_TABLE,
  OUTCOME_STATUS_TABLE,
];

/** Status colours also cover rows added later, up to this many below the table. */
const RULE_MARGIN_ROWS = 200;
const CHART_NAME = 'NapStatusByArea';

type Place = { sheet: string; top: number; left: number };

/**
 * Plans the writes of "Status": status, progress and reasons beside the indicators and the activities, the
 * summary per outcome and area with a chart of counts, and the rule in words; coloured by one conditional
 * format per status and column (added once). Earlier output is replaced, never edited in place.
 */
export function statusBatch(snapshot: WorkbookSnapshot, plan: Plan, report: StatusReport, t: Translator): WriteBatch {
  const batch = emptyBatch(snapshot);
  const taken = new Set(snapshot.sheets.map((sheet) => sheet.name.toLowerCase()));
  const listsTable = snapshot.tables[LISTS_TABLE.name];
  const lists = listsTable ? existingLocation(LISTS_TABLE, listsTable) : null;
  const rules: ConditionalFormatCreate[] = [];
  const write = (spec: TableSpec, at: Place, rows: CellValue[][]) => {
    if (snapshot.tables[spec.name]) batch.deleteTables.push(spec.name);
    batch.tables.push(tableCreate(spec, at.sheet, at.top, at.left, rows, t, lists));
  };
  const beside = (spec: TableSpec, of: TableSpec): Place => {
    const existing = snapshot.tables[spec.name];
    if (existing) return existing;
    const table = snapshot.tables[of.name];
    return { sheet: table.sheet, top: table.top, left: table.left + table.headers.length + 1 };
  };
  const colour = (spec: TableSpec, at: Place, rows: number, family: StatusFamily) => {
    const column = at.left + columnIndex(spec, 'status');
    const first = cellAddress(at.top + 1, column);
    const address = `${first}:${cellAddress(at.top + 1 + rows + RULE_MARGIN_ROWS, column)}`;
    for (const status of FAMILY_STATUSES[family]) {
      const label = t(`status.${family}.${status}` as MessageKey).replace(/"/g, '""');
      const { fill, ink } = statusColour(family, status);
      rules.push({ sheet: at.sheet, address, formula: `=${first}="${label}"`, fill, fontColor: ink });
    }
  };
  const percent = (value: number | null): CellValue => (value === null ? '' : value);
  const number = (value: number | null): CellValue => (value === null ? '' : Math.round(value * 100) / 100);
  const assessments = (items: SelfAssessment[]) =>
    items
      .map((item) =>
        t(item.mismatch ? 'status.selfAssessment.disagrees' : 'status.selfAssessment.item', {
          agency: item.agency,
          period: item.period,
          assessment: t(`enum.assessment.${item.assessment}`),
        }),
      )
      .join('; ');
  const twoWay = (value: 'on' | 'off' | null) => (value === null ? '' : t(`status.twoWay.${value}`));

  const indicatorPlace = beside(INDICATOR_STATUS_TABLE, INDICATORS_TABLE);
  write(
    INDICATOR_STATUS_TABLE,
    indicatorPlace,
    report.indicators.map((r) => [
      r.code,
      t(`status.indicator.${r.status}`),
      twoWay(r.twoWay),
      percent(r.progress),
      percent(r.achievedShare),
      number(r.expected),
      number(r.actual),
      r.reason,
      assessments(r.selfAssessment),
    ]),
  );
  colour(INDICATOR_STATUS_TABLE, indicatorPlace, report.indicators.length, 'indicator');

  const activityPlace = beside(ACTIVITY_STATUS_TABLE, ACTIVITIES_TABLE);
  write(
    ACTIVITY_STATUS_TABLE,
    activityPlace,
    report.activities.map((r) => [
      r.code,
      t(`status.activity.${r.status}`),
      twoWay(r.twoWay),
      r.plannedEnd ?? '',
      r.lastPeriod ?? '',
      r.reason,
      assessments(r.selfAssessment),
    ]),
  );
  colour(ACTIVITY_STATUS_TABLE, activityPlace, report.activities.length, 'activity');

  const statusSheet =
    snapshot.tables[AREA_STATUS_TABLE.name]?.sheet ??
    (() => {
      const name = freeSheetName(t(STATUS_SHEET.name), taken);
      taken.add(name.toLowerCase());
      batch.createSheets.push({ name, visible: true, tabColor: STATUS_SHEET.tabColor });
      return name;
    })();
  const explanation = report.explanation.slice(0, EXPLANATION_LINES + 1);
  batch.blocks.push({
    sheet: statusSheet,
    top: 0,
    left: 0,
    rows: [[t('title.status', { asOf: report.asOf })]],
    bold: true,
  });
  batch.blocks.push({
    sheet: statusSheet,
    top: 2,
    left: 0,
    rows: Array.from({ length: EXPLANATION_LINES + 1 }, (_, i) => [explanation[i] ?? '']),
  });

  const areaName = new Map(plan.areas.map((area) => [area.code, area.name]));
  const outcomeName = new Map(plan.objectives.map((objective) => [objective.code, objective.text]));
  const rollupRows = (results: RollupResult[], names: Map<string, string>) =>
    results.map((r) => [
      r.code,
      names.get(r.code) ?? '',
      ...INDICATOR_STATUSES.map((status: IndicatorStatus) => r.counts[status] ?? 0),
      percent(r.share),
      t(`status.rollup.${r.status}`),
      r.reason,
    ]);
  const [areaPlacement, outcomePlacement] = STATUS_SHEET.tables;
  const areaPlace = snapshot.tables[AREA_STATUS_TABLE.name] ?? {
    sheet: statusSheet,
    top: areaPlacement.top,
    left: areaPlacement.left,
  };
  write(AREA_STATUS_TABLE, areaPlace, rollupRows(report.areas, areaName));
  colour(AREA_STATUS_TABLE, areaPlace, report.areas.length, 'rollup');
  const outcomePlace = snapshot.tables[OUTCOME_STATUS_TABLE.name] ?? {
    sheet: statusSheet,
    top: outcomePlacement.top,
    left: outcomePlacement.left,
  };
  write(OUTCOME_STATUS_TABLE, outcomePlace, rollupRows(report.objectives, outcomeName));
  colour(OUTCOME_STATUS_TABLE, outcomePlace, report.objectives.length, 'rollup');

  const chartTop = areaPlace.top + Math.max(report.areas.length, 1) + 3;
  if (snapshot.tables[AREA_STATUS_TABLE.name]) batch.deleteCharts.push({ sheet: areaPlace.sheet, name: CHART_NAME });
  batch.charts.push({
    sheet: areaPlace.sheet,
    name: CHART_NAME,
    kind: 'columnStacked',
    source: `${cellAddress(areaPlace.top, areaPlace.left + 1)}:${cellAddress(areaPlace.top + Math.max(report.areas.length, 1), areaPlace.left + 1 + INDICATOR_STATUSES.length)}`,
    title: t('chart.statusByArea'),
    seriesColors: INDICATOR_STATUSES.map((status) => statusColour('indicator', status).fill),
    from: cellAddress(chartTop, areaPlace.left),
    to: cellAddress(chartTop + 18, areaPlace.left + 9),
  });

  batch.activate = statusSheet;
  // The rule registry lives on the Lists sheet; a workbook without it keeps its statuses uncoloured.
  if (listsTable) addRulesOnce(batch, snapshot, rules, listsTable.sheet, write);
  return batch;
}
