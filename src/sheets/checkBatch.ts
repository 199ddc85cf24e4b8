import type { Translator } from '../core/i18n/translate';
import type { CellValue } from '../core/model/cell';
import {
  emptyBatch,
  type CellTarget,
  type ConditionalFormatCreate,
  type TableSnapshot,
  type WorkbookSnapshot,
  type WriteBatch,
} from './gateway';
import { cellAddress, columnLetter, quoteSheet, type SheetSpec, type TableSpec } from './layout';
import { PLAN_TABLES } from './codecs/planReader';
import { addSheet, sheetRoom } from './addSheet';
import {
  CHECKLIST_TABLE,
  CHECKS_SHEET,
  CHECKS_TABLE,
  FINDINGS_SHEET,
  MARK_RULES_SHEET,
  MARK_RULES_TABLE,
  MARKS_SHEET,
  MARKS_TABLE,
} from './layouts/checkTables';
import { addRulesOnce, rulesLike } from './ruleRegistry';
import { LISTS_TABLE } from './layouts/tables';
import { tableCreate } from './planWorkbookBatch';
import { printDocumentOf } from './printLayout';
import { existingLocation } from './codecs/tableLocation';

export const CHECK_TABLES: readonly TableSpec[] = [MARKS_TABLE, MARK_RULES_TABLE, CHECKLIST_TABLE, CHECKS_TABLE];
/** The sheets a check may add, for a re-run to find those an interrupted one began. */
export const CHECK_SHEETS: readonly SheetSpec[] = [MARKS_SHEET, MARK_RULES_SHEET, CHECKS_SHEET, FINDINGS_SHEET];

/** Marks also cover rows added after the check, up to this many below a table's last row. */
const MARK_MARGIN_ROWS = 500;
const MARK_FILL = '#FDE7E9';
const MARK_FONT = '#A4262C';

export interface CheckBatchInput {
  snapshot: WorkbookSnapshot;
  /** Cells to mark; an empty list clears every mark. */
  marks: CellTarget[] | null;
  /** Rows for the findings table when the user asked for the Checks sheet. */
  findingRows: CellValue[][] | null;
  /** The checklist rows (id, question, the data's answer, the user's answer), rewritten on each check. */
  checklist: CellValue[][];
}

/**
 * Plans the writes of a check: the list of marked cells on the hidden Lists sheet (replaced every run, so
 * fixed cells lose their mark), one conditional format per plan table that colours whatever is listed (added
 * once, never touching the user's own formats), the checklist table, and on request the findings table.
 */
export function checkBatch(input: CheckBatchInput, t: Translator): WriteBatch {
  const { snapshot } = input;
  const batch = emptyBatch(snapshot);
  const listsTable = snapshot.tables[LISTS_TABLE.name];
  const lists = listsTable ? existingLocation(LISTS_TABLE, listsTable) : null;
  const room = sheetRoom(snapshot);
  const document = printDocumentOf(snapshot);
  const sheetOf = (spec: SheetSpec) => addSheet(batch, spec, room, t, document);
  const homeOf = (spec: SheetSpec) => ({ sheet: sheetOf(spec), top: spec.tables[0].top, left: spec.tables[0].left });
  const replace = (spec: TableSpec, at: { sheet: string; top: number; left: number }, rows: CellValue[][]) => {
    if (snapshot.tables[spec.name]) batch.deleteTables.push(spec.name);
    batch.tables.push(tableCreate(spec, at.sheet, at.top, at.left, rows, t, lists));
  };

  if (input.marks) {
    const marks = snapshot.tables[MARKS_TABLE.name] ?? homeOf(MARKS_SHEET);
    replace(
      MARKS_TABLE,
      marks,
      input.marks.map((mark) => [mark.sheet, mark.address]),
    );
    addRulesOnce(batch, snapshot, markRules(snapshot, marks), () => homeOf(MARK_RULES_SHEET), replace);
  }

  // Rewritten with the user's answers carried over, so the data's answers stay current beside them.
  const checklist = snapshot.tables[CHECKLIST_TABLE.name];
  replace(CHECKLIST_TABLE, checklist ?? homeOf(CHECKS_SHEET), input.checklist);
  if (input.findingRows) {
    const findings = snapshot.tables[CHECKS_TABLE.name];
    // Findings that shared the checklist's rows (the first layout) move to a sheet of their own.
    const keep = findings && findings.sheet.toLowerCase() !== checklist?.sheet.toLowerCase();
    replace(CHECKS_TABLE, keep ? findings : homeOf(FINDINGS_SHEET), input.findingRows);
  }
  return batch;
}

/**
 * One rule per sheet holding plan tables, over their columns and a margin of rows below the lowest. Its formula
 * names the marks list and the sheet, so on that sheet NAP Monitor's rules are those with this formula: the
 * rule replaces any it finds (left by an interrupted run, or over fewer rows), and two tables sharing a sheet
 * never claim the same rule.
 */
function markRules(
  snapshot: WorkbookSnapshot,
  marks: { sheet: string; top: number; left: number },
): ConditionalFormatCreate[] {
  const sheetColumn = columnLetter(marks.left);
  const cellColumn = columnLetter(marks.left + 1);
  const list = (letter: string) => `${quoteSheet(marks.sheet)}!$${letter}:$${letter}`;
  const bySheet = new Map<string, TableSnapshot[]>();
  for (const spec of PLAN_TABLES) {
    const table = snapshot.tables[spec.name];
    if (table) bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), table]);
  }
  return [...bySheet].map(([sheet, tables]) => {
    const first = cellAddress(
      Math.min(...tables.map((table) => table.top + 1)),
      Math.min(...tables.map((table) => table.left)),
    );
    const last = cellAddress(
      Math.max(...tables.map((table) => table.top + 1 + table.rows.length + MARK_MARGIN_ROWS)),
      Math.max(...tables.map((table) => table.left + table.headers.length - 1)),
    );
    const sheetLiteral = `"${sheet.replace(/"/g, '""')}"`;
    const formula = `=COUNTIFS(${list(sheetColumn)},${sheetLiteral},${list(cellColumn)},ADDRESS(ROW(),COLUMN(),4))>0`;
    const found = tables.every((table) => table.rules)
      ? [...new Set(tables.flatMap((table) => rulesLike(formula, table.rules ?? [])))]
      : undefined;
    return {
      sheet,
      address: `${first}:${last}`,
      formula,
      fill: MARK_FILL,
      fontColor: MARK_FONT,
      ...(found ? { supersedes: found } : {}),
    };
  });
}
