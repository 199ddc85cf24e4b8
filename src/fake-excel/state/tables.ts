import { intersects, isWholeColumns, isWholeRows, rectColumns, type Rect } from '../address';
import { fail, SHAPE_MISMATCH_MESSAGE } from '../errors';
import { toText } from '../formula/values';
import { assertIdentifier } from './names';
import { writeCells } from './cells';
import { assertUnprotected } from './protection';
import { cellKey } from './cellMap';
import type { SheetState } from './sheet';
import { insertColumns, insertRows } from './shift';
import type { WorkbookState } from './workbook';

export interface TableColumnState {
  id: number;
  name: string;
}

/** An Excel table: `rect` spans header row, body and totals row. */
export class TableState {
  showHeaders = true;
  showTotals = false;
  style = 'TableStyleMedium2';
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;
  deleted = false;
  columns: TableColumnState[] = [];
  nextColumnId = 1;

  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: SheetState,
    public rect: Rect,
  ) {}

  headerRect(): Rect | null {
    return this.showHeaders ? { ...this.rect, r1: this.rect.r0 } : null;
  }

  bodyRect(): Rect {
    return {
      ...this.rect,
      r0: this.rect.r0 + (this.showHeaders ? 1 : 0),
      r1: this.rect.r1 - (this.showTotals ? 1 : 0),
    };
  }

  totalsRect(): Rect | null {
    return this.showTotals ? { ...this.rect, r0: this.rect.r1 } : null;
  }
}

function nextTableName(wb: WorkbookState): string {
  const taken = new Set([...wb.tables.map((t) => t.name.toLowerCase()), ...wb.names.keys()]);
  let n = 1;
  while (taken.has(`table${n}`)) n += 1;
  return `Table${n}`;
}

/** Excel's header repair: blanks become Column1, Column2…; repeats get 2, 3… (ignoring case). */
export function uniqueHeaders(raw: string[]): string[] {
  const used = new Set<string>();
  const names: string[] = [];
  raw.forEach((text) => {
    const trimmed = text.trim() === '' ? '' : text;
    let candidate = trimmed;
    if (candidate === '') {
      let n = 1;
      while (used.has(`column${n}`) || raw.some((r) => r.toLowerCase() === `column${n}`)) n += 1;
      candidate = `Column${n}`;
    } else if (used.has(candidate.toLowerCase())) {
      let n = 2;
      while (used.has(`${trimmed}${n}`.toLowerCase())) n += 1;
      candidate = `${trimmed}${n}`;
    }
    used.add(candidate.toLowerCase());
    names.push(candidate);
  });
  return names;
}

function headerTexts(wb: WorkbookState, sheet: SheetState, row: number, c0: number, c1: number): string[] {
  const texts: string[] = [];
  for (let c = c0; c <= c1; c++) {
    const text = toText(wb.evaluator.cellValue(sheet.id, row, c));
    texts.push(typeof text === 'string' ? text : text.code);
  }
  return texts;
}

function writeHeaderRow(sheet: SheetState, table: TableState): void {
  table.columns.forEach((column, i) => {
    sheet.contents.set(cellKey(table.rect.r0, table.rect.c0 + i), { value: column.name, formula: null });
  });
}

function assertNoOverlap(
  wb: WorkbookState,
  sheet: SheetState,
  rect: Rect,
  self: TableState | null,
  location: string,
): void {
  const clash =
    wb.tables.some((t) => t !== self && t.sheet === sheet && intersects(t.rect, rect)) ||
    sheet.merges.some((m) => intersects(m, rect));
  if (clash) fail('MergedRangeConflict', location);
}

export function tablesOn(wb: WorkbookState, sheet: SheetState): TableState[] {
  return wb.tables.filter((t) => t.sheet === sheet);
}

/**
 * TableCollection.add. With headers the first row names the columns; without, Excel inserts a header row
 * (Column1…) above the data, pushing the cells of those columns down. A header-only range gets one blank
 * body row, as in Excel.
 */
export function addTable(
  wb: WorkbookState,
  sheet: SheetState,
  rect: Rect,
  hasHeaders: boolean,
  location: string,
): TableState {
  if (isWholeColumns(rect) || isWholeRows(rect)) fail('InvalidArgument', location);
  assertUnprotected(sheet, location);
  let tableRect = { ...rect };
  if (!hasHeaders || rect.r0 === rect.r1) tableRect = { ...tableRect, r1: tableRect.r1 + 1 };
  assertNoOverlap(wb, sheet, tableRect, null, location);
  if (!hasHeaders) insertRows(wb, sheet, rect.r0, 1, { from: rect.c0, to: rect.c1 }, null);
  const raw = hasHeaders
    ? headerTexts(wb, sheet, rect.r0, rect.c0, rect.c1)
    : Array.from({ length: rectColumns(rect) }, () => '');
  const table = new TableState(wb.newId(''), nextTableName(wb), sheet, tableRect);
  table.columns = uniqueHeaders(raw).map((name) => ({ id: table.nextColumnId++, name }));
  writeHeaderRow(sheet, table);
  wb.tables.push(table);
  wb.changed();
  return table;
}

/** After cells of a header row change, the column names follow (repaired like Excel does). */
export function renameHeadersFromCells(wb: WorkbookState, sheet: SheetState, rect: Rect): void {
  for (const table of tablesOn(wb, sheet)) {
    const header = table.headerRect();
    if (!header || !intersects(header, rect)) continue;
    const names = uniqueHeaders(headerTexts(wb, sheet, header.r0, header.c0, header.c1));
    table.columns = table.columns.map((column, i) => ({ ...column, name: names[i] }));
    writeHeaderRow(sheet, table);
    wb.changed();
  }
}

export function renameTable(wb: WorkbookState, table: TableState, name: unknown, location: string): void {
  assertIdentifier(wb, name, location, table);
  table.name = name;
  wb.changed();
}

export function renameColumn(
  wb: WorkbookState,
  table: TableState,
  index: number,
  name: unknown,
  location: string,
): void {
  if (typeof name !== 'string' || name.trim() === '') fail('InvalidArgument', location);
  const lower = name.toLowerCase();
  if (table.columns.some((c, i) => i !== index && c.name.toLowerCase() === lower)) fail('InvalidArgument', location);
  table.columns = table.columns.map((c, i) => (i === index ? { ...c, name } : c));
  if (table.showHeaders) writeHeaderRow(table.sheet, table);
  wb.changed();
}

/** A 2-D array of whole rows, or one value for every cell of one new row. */
function rowsOf(values: unknown, width: number, location: string): unknown[][] {
  if (values === undefined || values === null) return [new Array(width).fill('')];
  if (!Array.isArray(values)) return [new Array(width).fill(values)];
  if (values.length === 0 || !values.every((r) => Array.isArray(r) && r.length === width)) {
    fail('InvalidArgument', location, SHAPE_MISMATCH_MESSAGE);
  }
  return values as unknown[][];
}

/**
 * TableRowCollection.add: inserts rows at `index` of the body (default: after the last row), moving the
 * cells below within the table's columns down; new rows take the format of the row above.
 */
export function addRows(
  wb: WorkbookState,
  table: TableState,
  index: number | null | undefined,
  values: unknown,
  location: string,
): Rect {
  const sheet = table.sheet;
  const body = table.bodyRect();
  const bodyRows = body.r1 - body.r0 + 1;
  const at = index === null || index === undefined ? bodyRows : index;
  if (!Number.isInteger(at) || at < 0 || at > bodyRows) fail('InvalidArgument', location);
  const rows = rowsOf(values, rectColumns(table.rect), location);
  assertUnprotected(sheet, location, 'allowInsertRows');
  const atRow = body.r0 + at;
  insertRows(wb, sheet, atRow, rows.length, { from: table.rect.c0, to: table.rect.c1 }, table);
  table.rect = { ...table.rect, r1: table.rect.r1 + rows.length };
  const added: Rect = { r0: atRow, r1: atRow + rows.length - 1, c0: table.rect.c0, c1: table.rect.c1 };
  if (atRow > body.r0) {
    for (let c = added.c0; c <= added.c1; c++) {
      // New rows take the formatting of the row above; styles are immutable, so the cells share it.
      const above = sheet.style(atRow - 1, c);
      for (let r = added.r0; r <= added.r1; r++) sheet.styles.set(cellKey(r, c), above);
    }
  }
  writeCells(wb, sheet, added, rows, location);
  return added;
}

/** TableColumnCollection.add: `values` span the whole column, header included. */
export function addColumn(
  wb: WorkbookState,
  table: TableState,
  index: number | null | undefined,
  values: unknown,
  name: string | undefined,
  location: string,
): TableColumnState {
  const sheet = table.sheet;
  const width = rectColumns(table.rect);
  // ExcelApi 1.4: a null or -1 index appends at the right edge.
  const at = index === null || index === undefined || index === -1 ? width : index;
  if (!Number.isInteger(at) || at < 0 || at > width) fail('InvalidArgument', location);
  const height = table.rect.r1 - table.rect.r0 + 1;
  if (values !== undefined && values !== null) {
    const fits =
      Array.isArray(values) && values.length === height && values.every((r) => Array.isArray(r) && r.length === 1);
    if (!fits) fail('InvalidArgument', location, SHAPE_MISMATCH_MESSAGE);
  }
  assertUnprotected(sheet, location);
  const atCol = table.rect.c0 + at;
  insertColumns(wb, sheet, atCol, 1, { from: table.rect.r0, to: table.rect.r1 }, table);
  table.rect = { ...table.rect, c1: table.rect.c1 + 1 };
  const column: TableColumnState = { id: table.nextColumnId++, name: '' };
  table.columns.splice(at, 0, column);
  const columnRect = { r0: table.rect.r0, r1: table.rect.r1, c0: atCol, c1: atCol };
  if (values !== undefined && values !== null) writeCells(wb, sheet, columnRect, values, location);
  const header = name ?? (values ? String((values as unknown[][])[0][0] ?? '') : '');
  const names = uniqueHeaders(table.columns.map((c) => (c === column ? header : c.name)));
  table.columns = table.columns.map((c, i) => Object.assign(c, { name: names[i] }));
  writeHeaderRow(sheet, table);
  wb.changed();
  return column;
}

/** Table.resize (ExcelApi 1.13): the header row stays where it is and the new range must overlap the old. */
export function resizeTable(wb: WorkbookState, table: TableState, rect: Rect, location: string): void {
  if (rect.r0 !== table.rect.r0 || !intersects(rect, table.rect) || rect.r1 <= rect.r0)
    fail('InvalidArgument', location);
  assertUnprotected(table.sheet, location);
  assertNoOverlap(wb, table.sheet, rect, table, location);
  const byColumn = new Map(table.columns.map((c, i) => [table.rect.c0 + i, c]));
  table.rect = { ...rect };
  const raw = headerTexts(wb, table.sheet, rect.r0, rect.c0, rect.c1);
  const names = uniqueHeaders(raw);
  table.columns = names.map((name, i) => {
    const kept = byColumn.get(rect.c0 + i);
    return kept ? { ...kept, name } : { id: table.nextColumnId++, name };
  });
  writeHeaderRow(table.sheet, table);
  wb.changed();
}

/** Table.delete removes the table with its cells' contents and formats; convertToRange keeps the cells. */
export function removeTable(wb: WorkbookState, table: TableState, keepCells: boolean): void {
  if (!keepCells) {
    for (let r = table.rect.r0; r <= table.rect.r1; r++) {
      for (let c = table.rect.c0; c <= table.rect.c1; c++) {
        table.sheet.contents.delete(cellKey(r, c));
        table.sheet.styles.delete(cellKey(r, c));
      }
    }
  }
  table.deleted = true;
  wb.tables.splice(wb.tables.indexOf(table), 1);
  wb.changed();
}

/** Turning the totals row on takes the row below (which must be empty); off clears it. */
export function setShowTotals(wb: WorkbookState, table: TableState, show: boolean, location: string): void {
  if (show === table.showTotals) return;
  const sheet = table.sheet;
  if (show) {
    const row = table.rect.r1 + 1;
    const below = { ...table.rect, r0: row, r1: row };
    assertNoOverlap(wb, sheet, below, table, location);
    for (let c = below.c0; c <= below.c1; c++) if (sheet.content(row, c)) fail('InvalidOperation', location);
    table.rect = { ...table.rect, r1: row };
    sheet.contents.set(cellKey(row, table.rect.c0), { value: 'Total', formula: null });
  } else {
    for (let c = table.rect.c0; c <= table.rect.c1; c++) sheet.contents.delete(cellKey(table.rect.r1, c));
    table.rect = { ...table.rect, r1: table.rect.r1 - 1 };
  }
  table.showTotals = show;
  wb.changed();
}
