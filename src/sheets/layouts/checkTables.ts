import type { SheetSpec, TableSpec } from '../layout';
import { LISTS } from './lists';

/** Cells the last check found at fault; conditional formats on the plan sheets colour whatever is listed. */
export const MARKS_TABLE: TableSpec = {
  name: 'NapMarks',
  columns: [
    { key: 'sheet', header: 'col.marks.sheet', kind: 'text', width: 16 },
    { key: 'cell', header: 'col.marks.cell', kind: 'code', width: 8 },
  ],
};

/** The conditional-format rules NAP Monitor has added (marks, status colours), so each is added once. */
export const MARK_RULES_TABLE: TableSpec = {
  name: 'NapMarkRules',
  columns: [
    { key: 'sheet', header: 'col.marks.sheet', kind: 'text', width: 16 },
    { key: 'range', header: 'col.marks.range', kind: 'code', width: 12 },
    { key: 'rule', header: 'col.marks.rule', kind: 'text', width: 40 },
  ],
};

/** Both sit on the hidden Lists sheet, to the right of the dropdown lists. */
export const MARKS_LEFT = LISTS.length + 1;
export const MARK_RULES_LEFT = MARKS_LEFT + 3;
export const MARKS_TOP = 1;

export const CHECKLIST_TABLE: TableSpec = {
  name: 'NapChecklist',
  columns: [
    { key: 'id', header: 'col.checklist.id', kind: 'code', width: 10 },
    { key: 'item', header: 'col.checklist.item', kind: 'text', width: 60, wrap: true },
    { key: 'answer', header: 'col.checklist.answer', kind: 'list', list: 'yesNo', width: 14 },
  ],
};

export const CHECKS_TABLE: TableSpec = {
  name: 'NapChecks',
  columns: [
    { key: 'severity', header: 'col.checks.severity', kind: 'text', width: 10 },
    { key: 'area', header: 'col.checks.area', kind: 'text', width: 20, wrap: true },
    { key: 'code', header: 'col.checks.code', kind: 'code', width: 9 },
    { key: 'sheet', header: 'col.checks.sheet', kind: 'text', width: 14 },
    { key: 'cell', header: 'col.checks.cell', kind: 'code', width: 7 },
    { key: 'message', header: 'col.checks.message', kind: 'text', width: 70, wrap: true },
    { key: 'rule', header: 'col.checks.rule', kind: 'code', width: 30 },
    { key: 'guide', header: 'col.checks.guide', kind: 'code', width: 10 },
  ],
};

/** The plan-quality checklist (answers kept here) and, on request, the findings for printing. */
export const CHECKS_SHEET: SheetSpec = {
  id: 'checks',
  name: 'sheet.checks',
  visible: true,
  tabColor: '#C50F1F',
  freezeRows: 3,
  tables: [
    { table: CHECKLIST_TABLE, top: 2, left: 0 },
    { table: CHECKS_TABLE, top: 2, left: 4 },
  ],
};
