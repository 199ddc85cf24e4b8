import { columnIndex, formatRect, MAX_ROWS, quoteSheetName, type Rect } from '../address';
import { fail } from '../errors';
import { isValidFormula } from '../formula/parser';
import type { WorkbookState } from './workbook';

/** A workbook-scoped defined name: `formula` is what it refers to, e.g. "=Lists!$A$2:$A$9". */
export interface NamedItemState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

const IDENTIFIER = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;
const A1_LIKE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const R1C1_LIKE = /^([Rr]\d*([Cc]\d*)?|[Cc]\d*)$/;

/**
 * Excel's rules for table and defined names: start with a letter, '_' or '\', then letters, digits, '.',
 * '_'; at most 255 characters; not a cell address (A1 or R1C1 style). Unique across tables and names,
 * ignoring case. Invalid → InvalidArgument; taken → ItemAlreadyExists.
 */
export function assertIdentifier(
  wb: WorkbookState,
  name: unknown,
  location: string,
  self?: object,
): asserts name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255 || !IDENTIFIER.test(name)) {
    fail('InvalidArgument', location);
  }
  const a1 = A1_LIKE.exec(name);
  if ((a1 && columnIndex(a1[1]) >= 0 && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) || R1C1_LIKE.test(name)) {
    fail('InvalidArgument', location);
  }
  const lower = name.toLowerCase();
  const takenByTable = wb.tables.some((t) => t !== self && t.name.toLowerCase() === lower);
  const takenByName = [...wb.names.values()].some((n) => n !== self && n.name.toLowerCase() === lower);
  if (takenByTable || takenByName) fail('ItemAlreadyExists', location);
}

export function referenceFormula(sheetName: string, rect: Rect): string {
  return `=${quoteSheetName(sheetName)}!${formatRect(rect, true)}`;
}

export function addName(
  wb: WorkbookState,
  name: unknown,
  formula: string,
  comment: string,
  location: string,
): NamedItemState {
  assertIdentifier(wb, name, location);
  const source = formula.startsWith('=') ? formula : `=${formula}`;
  if (!isValidFormula(source)) fail('InvalidArgument', location);
  const item: NamedItemState = { name, formula: source, comment, visible: true };
  wb.names.set(name.toLowerCase(), item);
  wb.changed();
  return item;
}

export function deleteName(wb: WorkbookState, item: NamedItemState): void {
  wb.names.delete(item.name.toLowerCase());
  wb.changed();
}
