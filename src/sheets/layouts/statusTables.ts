import type { SheetSpec, TableSpec } from '../layout';
import { tableSheet } from './sheets';

const STATUS_COLOR = '#107C10';

/** Written on its own sheet on every Status run (replaced, never edited by hand). */
export const INDICATOR_STATUS_TABLE: TableSpec = {
  name: 'NapIndicatorStatus',
  columns: [
    { key: 'code', header: 'col.status.code', kind: 'code', width: 9 },
    { key: 'status', header: 'col.status.status', kind: 'text', width: 14 },
    { key: 'twoWay', header: 'col.status.twoWay', kind: 'text', width: 11 },
    { key: 'progress', header: 'col.status.progress', kind: 'percent', width: 11 },
    { key: 'achievedShare', header: 'col.status.achievedShare', kind: 'percent', width: 15 },
    { key: 'expected', header: 'col.status.expected', kind: 'number', width: 11 },
    { key: 'actual', header: 'col.status.actual', kind: 'number', width: 11 },
    { key: 'reason', header: 'col.status.reason', kind: 'text', width: 48, wrap: true },
    { key: 'selfAssessment', header: 'col.status.selfAssessment', kind: 'text', width: 36, wrap: true },
  ],
};

export const ACTIVITY_STATUS_TABLE: TableSpec = {
  name: 'NapActivityStatus',
  columns: [
    { key: 'code', header: 'col.status.code', kind: 'code', width: 9 },
    { key: 'status', header: 'col.status.status', kind: 'text', width: 14 },
    { key: 'twoWay', header: 'col.status.twoWay', kind: 'text', width: 11 },
    { key: 'plannedEnd', header: 'col.status.plannedEnd', kind: 'date', width: 13 },
    { key: 'lastPeriod', header: 'col.status.lastPeriod', kind: 'code', width: 12 },
    { key: 'reason', header: 'col.status.reason', kind: 'text', width: 48, wrap: true },
    { key: 'selfAssessment', header: 'col.status.selfAssessment', kind: 'text', width: 36, wrap: true },
  ],
};

const rollupColumns = (first: { key: string; header: 'col.status.area' | 'col.status.outcome' }) =>
  [
    { key: 'code', header: 'col.status.code', kind: 'code', width: 7 },
    { key: 'name', header: first.header, kind: 'text', width: 36, wrap: true },
    { key: 'achieved', header: 'status.indicator.achieved', kind: 'number', width: 12 },
    { key: 'onTrack', header: 'status.indicator.onTrack', kind: 'number', width: 12 },
    { key: 'atRisk', header: 'status.indicator.atRisk', kind: 'number', width: 12 },
    { key: 'offTrack', header: 'status.indicator.offTrack', kind: 'number', width: 12 },
    { key: 'notDueYet', header: 'status.indicator.notDueYet', kind: 'number', width: 12 },
    { key: 'noData', header: 'status.indicator.noData', kind: 'number', width: 12 },
    { key: 'notAssessable', header: 'status.indicator.notAssessable', kind: 'number', width: 12 },
    { key: 'share', header: 'col.status.share', kind: 'percent', width: 12 },
    { key: 'status', header: 'col.status.overall', kind: 'text', width: 14 },
    { key: 'reason', header: 'col.status.reason', kind: 'text', width: 44, wrap: true },
  ] as const;

export const AREA_STATUS_TABLE: TableSpec = {
  name: 'NapAreaStatus',
  columns: rollupColumns({ key: 'name', header: 'col.status.area' }),
};
export const OUTCOME_STATUS_TABLE: TableSpec = {
  name: 'NapOutcomeStatus',
  columns: rollupColumns({ key: 'name', header: 'col.status.outcome' }),
};

/** Lines of "How status is computed" kept free above the tables; unused lines are blanked. */
export const EXPLANATION_LINES = 10;
export const EXPLANATION_TOP = 2;
/** The area summary sits under the explanation; the chart and the outcome summary are stacked below it. */
export const STATUS_TABLE_TOP = EXPLANATION_TOP + EXPLANATION_LINES + 3;
export const CHART_ROWS = 18;
/** Blank rows between what is stacked on the Status sheet. */
export const STACK_GAP = 2;

/**
 * The summaries per area and per outcome, stacked with the chart between them. All three are rewritten on
 * every run, placed by their current sizes, so they never meet however the plan grows.
 */
export const STATUS_SHEET: SheetSpec = {
  id: 'status',
  name: 'sheet.status',
  title: 'title.status',
  visible: true,
  tabColor: STATUS_COLOR,
  freezeRows: 0,
  tables: [
    { table: AREA_STATUS_TABLE, top: STATUS_TABLE_TOP, left: 0 },
    { table: OUTCOME_STATUS_TABLE, top: STATUS_TABLE_TOP, left: 0 },
  ],
  print: { orientation: 'landscape', repeat: 'title' },
};

export const INDICATOR_STATUS_SHEET = tableSheet('indicatorStatus', INDICATOR_STATUS_TABLE, {
  tabColor: STATUS_COLOR,
  orientation: 'landscape',
});
export const ACTIVITY_STATUS_SHEET = tableSheet('activityStatus', ACTIVITY_STATUS_TABLE, {
  tabColor: STATUS_COLOR,
  orientation: 'landscape',
});
