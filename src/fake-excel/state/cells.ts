import { rectColumns, rectRows, type Rect } from '../address';
import { fail, SHAPE_MISMATCH_MESSAGE } from '../errors';
import { formatValue } from '../format/numberFormat';
import { isError } from '../formula/values';
import { outputValue } from './evaluation';
import { applyStyle, clearStyles } from './formatting';
import { interpretInput, type Interpreted } from './input';
import { assertCellsEditable, assertFormattable } from './protection';
import { cellKey, keyCol, keyRow } from './cellMap';
import type { SheetState } from './sheet';
import { renameHeadersFromCells } from './tables';
import type { WorkbookState } from './workbook';

export type OutputValue = number | string | boolean;

/**
 * Checks the shape Excel demands of a 2-D input and returns a cell reader. A non-array value is
 * applied to every cell (Excel allows that); null or undefined as the whole value is refused.
 */
function grid(input: unknown, rect: Rect, location: string): (r: number, c: number) => unknown {
  if (input === null || input === undefined) fail('InvalidArgument', location);
  if (!Array.isArray(input)) return () => input;
  const rows = rectRows(rect);
  const cols = rectColumns(rect);
  const fits = input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!fits) fail('InvalidArgument', location, SHAPE_MISMATCH_MESSAGE);
  return (r, c) => (input[r] as unknown[])[c];
}

/** Range.values / Range.formulas assignment: everything is interpreted first, then applied (all or nothing). */
export function writeCells(wb: WorkbookState, sheet: SheetState, rect: Rect, input: unknown, location: string): void {
  const read = grid(input, rect, location);
  assertCellsEditable(sheet, rect, location);
  const cols = rectColumns(rect);
  // One action per cell in row-major order: nothing is stored until every cell has been interpreted.
  const plan: Interpreted[] = new Array(rectRows(rect) * cols);
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const raw = read(r - rect.r0, c - rect.c0);
      if (raw === undefined) fail('InvalidArgument', location);
      plan[(r - rect.r0) * cols + (c - rect.c0)] = interpretInput(raw, sheet.style(r, c).numberFormat, location);
    }
  }
  plan.forEach((action, index) => {
    if (action.kind === 'unchanged') return;
    const row = rect.r0 + Math.floor(index / cols);
    const col = rect.c0 + (index % cols);
    const key = cellKey(row, col);
    if (action.kind === 'clear') sheet.contents.delete(key);
    else {
      sheet.contents.set(key, action.content);
      if (action.numberFormat)
        applyStyle(sheet, { r0: row, c0: col, r1: row, c1: col }, { numberFormat: action.numberFormat });
    }
  });
  wb.changed();
  renameHeadersFromCells(wb, sheet, rect);
}

export function writeNumberFormats(
  wb: WorkbookState,
  sheet: SheetState,
  rect: Rect,
  input: unknown,
  location: string,
): void {
  const read = grid(input, rect, location);
  assertFormattable(sheet, 'cells', location);
  if (!Array.isArray(input)) {
    if (typeof input !== 'string') fail('InvalidArgument', location);
    applyStyle(sheet, rect, { numberFormat: input });
  } else {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const format = read(r - rect.r0, c - rect.c0);
        if (format === null) continue;
        if (typeof format !== 'string') fail('InvalidArgument', location);
        applyStyle(sheet, { r0: r, c0: c, r1: r, c1: c }, { numberFormat: format });
      }
    }
  }
  wb.changed();
}

function map2d<T>(rect: Rect, cell: (r: number, c: number) => T): T[][] {
  const out: T[][] = new Array(rectRows(rect));
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = new Array(rectColumns(rect));
    for (let c = rect.c0; c <= rect.c1; c++) row[c - rect.c0] = cell(r, c);
    out[r - rect.r0] = row;
  }
  return out;
}

export function readValues(wb: WorkbookState, sheet: SheetState, rect: Rect): OutputValue[][] {
  return map2d(rect, (r, c) => outputValue(wb.evaluator.cellValue(sheet.id, r, c)));
}

export function readFormulas(sheet: SheetState, rect: Rect): OutputValue[][] {
  return map2d(rect, (r, c) => {
    const content = sheet.content(r, c);
    if (!content) return '';
    return content.formula ?? content.value;
  });
}

export function readNumberFormats(sheet: SheetState, rect: Rect): string[][] {
  return map2d(rect, (r, c) => sheet.style(r, c).numberFormat);
}

export function cellText(wb: WorkbookState, sheet: SheetState, row: number, col: number): string {
  const value = wb.evaluator.cellValue(sheet.id, row, col);
  if (isError(value)) return value.code;
  return formatValue(value, sheet.style(row, col).numberFormat);
}

export function readTexts(wb: WorkbookState, sheet: SheetState, rect: Rect): string[][] {
  return map2d(rect, (r, c) => cellText(wb, sheet, r, c));
}

export function readValueTypes(wb: WorkbookState, sheet: SheetState, rect: Rect): string[][] {
  return map2d(rect, (r, c) => {
    const v = wb.evaluator.cellValue(sheet.id, r, c);
    if (v === null) return 'Empty';
    if (isError(v)) return 'Error';
    if (typeof v === 'boolean') return 'Boolean';
    if (typeof v === 'string') return 'String';
    // Excel reports every number as Double.
    return 'Double';
  });
}

export function clearContents(sheet: SheetState, rect: Rect): void {
  for (const key of [...sheet.contents.keys()]) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1) sheet.contents.delete(key);
  }
}

/** Range.clear(applyTo): 'All' (default), 'Contents' or 'Formats'. */
export function clearRange(wb: WorkbookState, sheet: SheetState, rect: Rect, applyTo: string, location: string): void {
  if (!['All', 'Contents', 'Formats', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'].includes(applyTo)) {
    fail('InvalidArgument', location);
  }
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  if (contents) assertCellsEditable(sheet, rect, location);
  if (formats) assertFormattable(sheet, 'cells', location);
  if (contents) clearContents(sheet, rect);
  if (formats) clearStyles(sheet, rect);
  wb.changed();
  if (contents) renameHeadersFromCells(wb, sheet, rect);
}
