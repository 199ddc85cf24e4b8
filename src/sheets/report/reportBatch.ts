import type { Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { reportRows, type ReportModel } from '../../core/report';
import { INDICATOR_STATUSES } from '../../core/status';
import { statusColour } from '../../core/status/palette';
import { addSheet, sheetRoom } from '../addSheet';
import { emptyBatch, type WorkbookSnapshot, type WriteBatch } from '../gateway';
import { cellAddress, columnIndex, type TableSpec } from '../layout';
import { MARK_RULES_SHEET } from '../layouts/checkTables';
import { tableCreate } from '../planWorkbookBatch';
import { pageLayoutFor, printDocumentOf } from '../printLayout';
import { addRulesOnce } from '../ruleRegistry';
import { narrativeRows } from './narrativeCodec';
import {
  REPORT_AREAS_TABLE,
  REPORT_CHART_ROWS,
  REPORT_GAP,
  REPORT_INDICATORS_TABLE,
  REPORT_NARRATIVE_TABLE,
  REPORT_OUTCOMES_TABLE,
  REPORT_SHEET,
  REPORT_SUMMARY_TABLE,
  REPORT_TABLES,
  NARRATIVE_TOP,
  TITLE_BLOCK_TOP,
} from './reportTables';

const CHART_NAME = 'NapReportByArea';
/** Rows the status colours cover: far more than any plan's indicators, so the rules never need moving. */
const COLOURED_ROWS = 20_000;

/**
 * The outcomes' and the indicators' status share one column of the sheet (the tables are stacked), so one
 * rule per status over that whole column colours both wherever the tables land, and is added only once.
 */
function colourStatuses(
  batch: WriteBatch,
  snapshot: WorkbookSnapshot,
  sheet: string,
  t: Translator,
  home: () => { sheet: string; top: number; left: number },
): void {
  const column = columnIndex(REPORT_INDICATORS_TABLE, 'status');
  const first = cellAddress(NARRATIVE_TOP, column);
  const address = `${first}:${cellAddress(NARRATIVE_TOP + COLOURED_ROWS, column)}`;
  const rules = INDICATOR_STATUSES.map((status) => {
    const { fill, ink } = statusColour('indicator', status);
    const label = t(`status.indicator.${status}`).replace(/"/g, '""');
    return { sheet, address, formula: `=${first}="${label}"`, fill, fontColor: ink };
  });
  addRulesOnce(batch, snapshot, rules, home, (spec, at, rows) => {
    if (snapshot.tables[spec.name]) batch.deleteTables.push(spec.name);
    batch.tables.push(tableCreate(spec, at.sheet, at.top, at.left, rows, t, null));
  });
}

/** Where each table of the last plan went, for the tests and the panel to point at. */
export interface ReportPlacement {
  sheet: string;
  tops: Record<string, number>;
}

/**
 * Plans the writes of the Report sheet: the title block, the narrative (what users wrote, kept; guidance
 * where nothing is written yet), the summary, the counts per area with their chart, the outcomes and the
 * indicators, stacked in that order. Every table of an earlier run is replaced, so a plan that grew or shrank
 * leaves nothing stale behind.
 */
export function reportBatch(
  snapshot: WorkbookSnapshot,
  model: ReportModel,
  t: Translator,
): { batch: WriteBatch; placement: ReportPlacement } {
  const batch = emptyBatch(snapshot);
  const document = printDocumentOf(snapshot);
  const room = sheetRoom(snapshot);
  const existing = snapshot.tables[REPORT_NARRATIVE_TABLE.name]?.sheet;
  const sheet = existing ?? addSheet(batch, REPORT_SHEET, room, t, document);
  if (existing) {
    batch.blocks.push({ sheet, top: 0, left: 0, rows: [[t(REPORT_SHEET.title)]], bold: true });
    batch.pageLayouts.push(pageLayoutFor(REPORT_SHEET, sheet, document, t));
    batch.deleteCharts.push({ sheet, name: CHART_NAME });
  }
  const ours = new Set(REPORT_TABLES.map((spec) => spec.name.toLowerCase()));
  batch.deleteTables.push(...snapshot.tableNames.filter((name) => ours.has(name.toLowerCase())));

  const rows = reportRows(model, t);
  batch.blocks.push({ sheet, top: TITLE_BLOCK_TOP, left: 0, rows: rows.titleBlock, bold: false });

  const tops: Record<string, number> = {};
  let top = NARRATIVE_TOP;
  const write = (spec: TableSpec, body: CellValue[][], after = 0) => {
    // A table keeps one body row, even empty, so its header still says what will be there.
    const filled = body.length > 0 ? body : [spec.columns.map(() => '')];
    batch.tables.push(tableCreate(spec, sheet, top, 0, filled, t, null));
    tops[spec.name] = top;
    top += 1 + filled.length + REPORT_GAP + after;
  };
  write(REPORT_NARRATIVE_TABLE, narrativeRows(model.narrative, t));
  write(REPORT_SUMMARY_TABLE, [...rows.summary, ...rows.rule]);
  const areasTop = top;
  write(REPORT_AREAS_TABLE, rows.areas, REPORT_CHART_ROWS);
  write(REPORT_OUTCOMES_TABLE, rows.outcomes);
  write(REPORT_INDICATORS_TABLE, rows.indicators);

  const areaRows = Math.max(rows.areas.length, 1);
  const chartTop = areasTop + 1 + areaRows + 1;
  batch.charts.push({
    sheet,
    name: CHART_NAME,
    kind: 'columnStacked',
    // Area names and the seven counts: categories down, one series per status.
    source: `${cellAddress(areasTop, 1)}:${cellAddress(areasTop + areaRows, 8)}`,
    title: t('report.chart.title'),
    seriesColors: INDICATOR_STATUSES.map((status) => statusColour('indicator', status).fill),
    from: cellAddress(chartTop, 1),
    to: cellAddress(chartTop + REPORT_CHART_ROWS - 2, 7),
  });
  // Printed, the indicators start a page, and so does each strategic area after the first.
  const indicatorsTop = tops[REPORT_INDICATORS_TABLE.name];
  const breaks = [indicatorsTop];
  let row = indicatorsTop + 1;
  for (const area of model.areas) {
    const count = area.outcomes.reduce((n, outcome) => n + outcome.indicators.length, 0);
    if (count === 0) continue;
    if (row > indicatorsTop + 1) breaks.push(row);
    row += count;
  }
  for (const layout of batch.pageLayouts) if (layout.sheet === sheet) layout.rowBreaks = breaks;

  colourStatuses(batch, snapshot, sheet, t, () => ({
    sheet: addSheet(batch, MARK_RULES_SHEET, room, t, document),
    top: MARK_RULES_SHEET.tables[0].top,
    left: MARK_RULES_SHEET.tables[0].left,
  }));
  batch.activate = sheet;
  return { batch, placement: { sheet, tops } };
}
