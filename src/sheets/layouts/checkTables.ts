import type { TableSpec } from '../layout';
import { tableSheet } from './sheets';

/** Cells the last check found at fault; conditional formats on the plan sheets colour whatever is listed. */
export const MARKS_TABLE: TableSpec = {
  name: 'NapMarks',
  columns: [
    { key: 'sheet', header: 'col.marks.sheet', kind: 'text', width: 16 },
    { key: 'cell', header: 'col.marks.cell', kind: 'code', width: 8 },
  ],
};

/** The conditional-format rules a check has added (the marks), so each is added once. */
export const MARK_RULES_TABLE: TableSpec = {
  name: 'NapMarkRules',
  columns: [
    { key: 'sheet', header: 'col.marks.sheet', kind: 'text', width: 16 },
    { key: 'range', header: 'col.marks.range', kind: 'code', width: 12 },
    { key: 'rule', header: 'col.marks.rule', kind: 'text', width: 40 },
  ],
};

/**
 * Each on a hidden sheet of its own: the mark rules count whole columns of the marks sheet, and both are
 * rewritten whole by NAP Monitor. Workbooks of the first layout keep them on the Lists sheet, where they are
 * found by name.
 */
export const MARKS_SHEET = tableSheet('marks', MARKS_TABLE, { orientation: 'portrait', visible: false });
export const MARK_RULES_SHEET = tableSheet('markRules', MARK_RULES_TABLE, { orientation: 'portrait', visible: false });

export const CHECKLIST_TABLE: TableSpec = {
  name: 'NapChecklist',
  columns: [
    { key: 'id', header: 'col.checklist.id', kind: 'code', width: 10 },
    { key: 'item', header: 'col.checklist.item', kind: 'text', width: 60, wrap: true },
    { key: 'auto', header: 'col.checklist.auto', kind: 'text', width: 14 },
    { key: 'answer', header: 'col.checklist.answer', kind: 'list', list: 'checklistAnswer', width: 16 },
  ],
};

export const CHECKS_TABLE: TableSpec = {
  name: 'NapChecks',
  columns: [
    { key: 'severity', header: 'col.checks.severity', kind: 'text', width: 12 },
    { key: 'area', header: 'col.checks.area', kind: 'text', width: 20, wrap: true },
    { key: 'code', header: 'col.checks.code', kind: 'code', width: 9 },
    { key: 'sheet', header: 'col.checks.sheet', kind: 'text', width: 14 },
    { key: 'cell', header: 'col.checks.cell', kind: 'code', width: 8 },
    { key: 'message', header: 'col.checks.message', kind: 'text', width: 70, wrap: true },
    { key: 'rule', header: 'col.checks.rule', kind: 'code', width: 30 },
    { key: 'guide', header: 'col.checks.guide', kind: 'code', width: 12 },
  ],
};

const CHECK_COLOR = '#C50F1F';

/** The plan-quality checklist; the answers typed here are kept across checks. */
export const CHECKS_SHEET = tableSheet('checks', CHECKLIST_TABLE, { tabColor: CHECK_COLOR, orientation: 'portrait' });

/** The findings of the last check, written on request for printing and replaced on each check. */
export const FINDINGS_SHEET = tableSheet('findings', CHECKS_TABLE, { tabColor: CHECK_COLOR, orientation: 'landscape' });
