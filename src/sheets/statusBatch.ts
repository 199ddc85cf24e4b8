import { renderSentence, renderSentences } from '../core/i18n/sentence';
import { dateParam, type MessageKey, type Translator } from '../core/i18n/translate';
import type { CellValue } from '../core/model/cell';
import type { Plan } from '../core/model/plan';
import type { IndicatorStatus, RollupResult, SelfAssessment, StatusReport } from '../core/status';
import { INDICATOR_STATUSES } from '../core/status';
import { FAMILY_STATUSES, statusColour, type StatusFamily } from '../core/status/palette';
import { emptyBatch, type WorkbookSnapshot, type WriteBatch } from './gateway';
import { addSheet, sheetRoom } from './addSheet';
import { cellAddress, columnIndex, type SheetSpec, type TableSpec } from './layout';
import { existingLocation } from './codecs/tableLocation';
import {
  ACTIVITY_STATUS_SHEET,
  ACTIVITY_STATUS_TABLE,
  AREA_STATUS_TABLE,
  CHART_ROWS,
  EXPLANATION_LINES,
  EXPLANATION_TOP,
  INDICATOR_STATUS_SHEET,
  INDICATOR_STATUS_TABLE,
  OUTCOME_STATUS_TABLE,
  STACK_GAP,
  STATUS_SHEET,
} from './layouts/statusTables';
import { ACTIVITIES_TABLE, INDICATORS_TABLE, LISTS_TABLE } from './layouts/tables';
import { tableCreate } from './planWorkbookBatch';
import { printDocumentOf } from './printLayout';

export const STATUS_OUTPUT_TABLES: readonly TableSpec[] = [
  INDICATOR_STATUS_TABLE,
  ACTIVITY_STATUS_TABLE,
  AREA_STATUS_TABLE,
  OUTCOME_STATUS_TABLE,
];

/** The sheets a status run may add, for a re-run to find those an interrupted one began. */
export const STATUS_SHEETS: readonly SheetSpec[] = [INDICATOR_STATUS_SHEET, ACTIVITY_STATUS_SHEET, STATUS_SHEET];

/** Status colours also cover rows added later, up to this many below the table. */
const RULE_MARGIN_ROWS = 200;
/** Rule ranges grow in steps of this many rows, so a re-run's rules replace the earlier ones range for range. */
const RULE_STEP_ROWS = 1000;
const CHART_NAME = 'NapStatusByArea';

type Place = { sheet: string; top: number; left: number };

/**
 * Plans the writes of "Status": status, progress and reasons of the indicators and of the activities on sheets
 * of their own, the summary per area and per outcome with a chart of counts between them and the rule in words
 * above them on the Status sheet; coloured by one conditional format per status and column. Earlier output,
 * its rules included, is replaced, never edited in place.
 */
export function statusBatch(snapshot: WorkbookSnapshot, plan: Plan, report: StatusReport, t: Translator): WriteBatch {
  const batch = emptyBatch(snapshot);
  const room = sheetRoom(snapshot);
  const listsTable = snapshot.tables[LISTS_TABLE.name];
  const lists = listsTable ? existingLocation(LISTS_TABLE, listsTable) : null;
  const write = (spec: TableSpec, at: Place, rows: CellValue[][]) => {
    if (snapshot.tables[spec.name]) batch.deleteTables.push(spec.name);
    batch.tables.push(tableCreate(spec, at.sheet, at.top, at.left, rows, t, lists));
  };
  const document = printDocumentOf(snapshot);
  const home = (sheet: SheetSpec): Place => ({
    sheet: addSheet(batch, sheet, room, t, document),
    top: sheet.tables[0].top,
    left: sheet.tables[0].left,
  });
  // Output that shared the plan table's rows (the first layout) moves to a sheet of its own.
  const ownSheet = (spec: TableSpec, sheet: SheetSpec, of: TableSpec): Place => {
    const existing = snapshot.tables[spec.name];
    const shared = existing && existing.sheet.toLowerCase() === snapshot.tables[of.name]?.sheet.toLowerCase();
    return existing && !shared ? existing : home(sheet);
  };
  const colour = (spec: TableSpec, at: Place, rows: number, family: StatusFamily) => {
    const column = at.left + columnIndex(spec, 'status');
    const first = cellAddress(at.top + 1, column);
    const span = Math.ceil((rows + RULE_MARGIN_ROWS) / RULE_STEP_ROWS) * RULE_STEP_ROWS;
    const address = `${first}:${cellAddress(at.top + span, column)}`;
    for (const status of FAMILY_STATUSES[family]) {
      const label = t(`status.${family}.${status}` as MessageKey).replace(/"/g, '""');
      const { fill, ink } = statusColour(family, status);
      const rule = { sheet: at.sheet, address, formula: `=${first}="${label}"`, fill, fontColor: ink };
      batch.conditionalFormats.push({ ...rule, replace: true });
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

  const indicatorPlace = ownSheet(INDICATOR_STATUS_TABLE, INDICATOR_STATUS_SHEET, INDICATORS_TABLE);
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
      renderSentences(t, r.reason),
      assessments(r.selfAssessment),
    ]),
  );
  colour(INDICATOR_STATUS_TABLE, indicatorPlace, report.indicators.length, 'indicator');

  const activityPlace = ownSheet(ACTIVITY_STATUS_TABLE, ACTIVITY_STATUS_SHEET, ACTIVITIES_TABLE);
  write(
    ACTIVITY_STATUS_TABLE,
    activityPlace,
    report.activities.map((r) => [
      r.code,
      t(`status.activity.${r.status}`),
      twoWay(r.twoWay),
      r.plannedEnd ?? '',
      r.lastPeriod ?? '',
      renderSentences(t, r.reason),
      assessments(r.selfAssessment),
    ]),
  );
  colour(ACTIVITY_STATUS_TABLE, activityPlace, report.activities.length, 'activity');

  const existingSummary = snapshot.tables[AREA_STATUS_TABLE.name]?.sheet;
  const statusSheet =
    existingSummary ?? addSheet(batch, STATUS_SHEET, room, t, document, { asOf: dateParam(report.asOf) });
  if (existingSummary) {
    batch.blocks.push({
      sheet: statusSheet,
      top: 0,
      left: 0,
      rows: [[t('title.status', { asOf: dateParam(report.asOf) })]],
      bold: true,
    });
  }
  const explanation = report.explanation.slice(0, EXPLANATION_LINES + 1);
  batch.blocks.push({
    sheet: statusSheet,
    top: EXPLANATION_TOP,
    left: 0,
    rows: Array.from({ length: EXPLANATION_LINES + 1 }, (_, i) => [
      explanation[i] ? renderSentence(t, explanation[i]) : '',
    ]),
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
      renderSentences(t, r.reason),
    ]);
  // Stacked by their current sizes, areas, chart, outcomes: all three are rewritten on every run.
  const areaPlace = { sheet: statusSheet, top: STATUS_SHEET.tables[0].top, left: 0 };
  const chartTop = areaPlace.top + Math.max(report.areas.length, 1) + 1 + STACK_GAP;
  const outcomePlace = { sheet: statusSheet, top: chartTop + CHART_ROWS + STACK_GAP, left: 0 };
  write(AREA_STATUS_TABLE, areaPlace, rollupRows(report.areas, areaName));
  write(OUTCOME_STATUS_TABLE, outcomePlace, rollupRows(report.objectives, outcomeName));
  // Both summaries have the status in the same column, so one set of rules colours the two.
  const summaryRows = outcomePlace.top + Math.max(report.objectives.length, 1) - areaPlace.top;
  colour(AREA_STATUS_TABLE, areaPlace, summaryRows, 'rollup');

  // Also on a sheet an interrupted run began, which may hold the chart, or one it added but had not yet named
  // or titled (Excel names charts "Chart 1", "Chart 2" ...).
  const earlier = room.sheets.find((sheet) => sheet.name === statusSheet);
  if (earlier) batch.deleteCharts.push({ sheet: statusSheet, name: CHART_NAME });
  for (const chart of earlier?.start?.charts ?? [])
    if (/^Chart \d+$/.test(chart.name) && chart.title === '')
      batch.deleteCharts.push({ sheet: statusSheet, name: chart.name });
  batch.charts.push({
    sheet: areaPlace.sheet,
    name: CHART_NAME,
    kind: 'columnStacked',
    source: `${cellAddress(areaPlace.top, areaPlace.left + 1)}:${cellAddress(areaPlace.top + Math.max(report.areas.length, 1), areaPlace.left + 1 + INDICATOR_STATUSES.length)}`,
    title: t('chart.statusByArea'),
    seriesColors: INDICATOR_STATUSES.map((status) => statusColour('indicator', status).fill),
    from: cellAddress(chartTop, areaPlace.left),
    to: cellAddress(chartTop + CHART_ROWS, areaPlace.left + 9),
  });

  batch.activate = statusSheet;
  return batch;
}
