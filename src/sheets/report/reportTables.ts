import type { MessageKey } from '../../core/i18n/translate';
import type { ColumnSpec, SheetSpec, TableSpec } from '../layout';

/**
 * The report's tables are stacked in the same columns, and a sheet column has one width: each table's n-th
 * column takes the n-th width, so whichever table is written last the sheet reads well.
 */
const WIDTHS = [22, 40, 60, 16, 16, 30, 30, 30, 16, 16, 16, 48] as const;

type Column = [key: string, header: MessageKey, extra?: Partial<ColumnSpec>];

function table(name: string, columns: readonly Column[]): TableSpec {
  return {
    name,
    columns: columns.map(([key, header, extra], index) => ({
      key,
      header,
      kind: 'text',
      width: WIDTHS[index],
      wrap: true,
      ...extra,
    })),
  };
}

const count = { kind: 'number', wrap: false } as const;

/** What only people can write: sections 1–4, 5a–5e and a comment per outcome, kept by key on every run. */
export const REPORT_NARRATIVE_TABLE = table('NapReportNarrative', [
  ['key', 'report.col.key', { kind: 'code', derived: true }],
  ['section', 'report.col.section', { derived: true }],
  ['text', 'report.col.text'],
]);

export const REPORT_SUMMARY_TABLE = table('NapReportSummary', [
  ['group', 'report.section.summary'],
  ['item', 'report.col.item'],
  ['count', 'report.col.count'],
]);

/** Counts per status and area: the source of the chart, areas down, statuses across. */
export const REPORT_AREAS_TABLE = table('NapReportAreas', [
  ['code', 'report.col.code', { kind: 'code' }],
  ['name', 'report.col.area'],
  ['achieved', 'status.indicator.achieved', count],
  ['onTrack', 'status.indicator.onTrack', count],
  ['atRisk', 'status.indicator.atRisk', count],
  ['offTrack', 'status.indicator.offTrack', count],
  ['notDueYet', 'status.indicator.notDueYet', count],
  ['noData', 'status.indicator.noData', count],
  ['notAssessable', 'status.indicator.notAssessable', count],
  ['status', 'report.col.assessment'],
]);

/** Annex 6's table per outcome: achievements, activities, assessment, comments, resources. */
export const REPORT_OUTCOMES_TABLE = table('NapReportOutcomes', [
  ['area', 'report.col.area', { kind: 'code' }],
  ['code', 'report.col.outcomeCode', { kind: 'code' }],
  ['text', 'report.col.outcome'],
  ['status', 'report.col.assessment'],
  ['onTrack', 'report.col.onTrackCount'],
  ['achievements', 'report.col.achievements'],
  ['activities', 'report.col.activities'],
  ['comments', 'report.col.comments'],
  ['resources', 'report.col.resources'],
  ['donors', 'report.col.donors'],
]);

/** Section 5 per indicator: baseline → value at the end of the period → target, status and reason. */
export const REPORT_INDICATORS_TABLE = table('NapReportIndicators', [
  ['code', 'report.col.code', { kind: 'code' }],
  ['indicator', 'report.col.indicator'],
  ['reason', 'report.col.reason'],
  ['status', 'report.col.status'],
  ['value', 'report.col.value'],
  ['baseline', 'report.col.baseline'],
  ['target', 'report.col.target'],
  ['unit', 'report.col.unit'],
  ['targetDate', 'report.col.targetDate'],
  ['outcome', 'report.col.outcomeCode', { kind: 'code' }],
  ['area', 'report.col.area', { kind: 'code' }],
  ['agencyView', 'report.col.agencyView'],
]);

/** Rows between the tables, and the rows the chart takes below the areas table. */
export const REPORT_GAP = 2;
export const REPORT_CHART_ROWS = 18;
/** The title block sits under the sheet's title row; the tables start below it. */
export const TITLE_BLOCK_TOP = 2;
export const TITLE_BLOCK_ROWS = 6;
export const NARRATIVE_TOP = TITLE_BLOCK_TOP + TITLE_BLOCK_ROWS + REPORT_GAP;

/**
 * The Report sheet: the title block, the narrative to write, then what NAP Monitor computes, stacked so
 * that tables never share a row. Every table is rewritten on each run, placed by the current sizes.
 */
export const REPORT_SHEET: SheetSpec = {
  id: 'report',
  name: 'report.sheet',
  title: 'report.title',
  visible: true,
  tabColor: '#8E562E',
  freezeRows: 0,
  tables: [
    REPORT_NARRATIVE_TABLE,
    REPORT_SUMMARY_TABLE,
    REPORT_AREAS_TABLE,
    REPORT_OUTCOMES_TABLE,
    REPORT_INDICATORS_TABLE,
  ].map((spec) => ({ table: spec, top: NARRATIVE_TOP, left: 0 })),
  print: { orientation: 'landscape', repeat: 'title' },
};

export const REPORT_TABLES: readonly TableSpec[] = REPORT_SHEET.tables.map((placement) => placement.table);
