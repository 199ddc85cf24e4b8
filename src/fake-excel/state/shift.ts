import { MAX_COLUMNS, MAX_ROWS, type Rect } from '../address';
import { fail } from '../errors';
import { cellKey, keyCol, keyRow, type CellMap } from './cellMap';
import type { SheetState } from './sheet';
import type { TableState } from './tables';
import type { WorkbookState } from './workbook';

/**
 * Inserting cells inside a band (rows inside some columns, or columns inside some rows), as table rows and
 * columns do: cells past the insertion point move; tables and merges past it move with them when they lie
 * wholly inside the band (Excel refuses to split them); validation and conditional-format areas past it move,
 * areas spanning it grow, and with `extendPrevious` (a table growing) so do areas ending just before it.
 */
interface Axis {
  /** Position along the insertion direction, and across it. */
  along: (row: number, col: number) => number;
  across: (row: number, col: number) => number;
  key: (along: number, across: number) => number;
  limit: number;
  /** The first row an insertion at `at` can move: cells above it stay where they are. */
  firstMovedRow: (at: number) => number;
  startOf: (rect: Rect) => number;
  endOf: (rect: Rect) => number;
  acrossStart: (rect: Rect) => number;
  acrossEnd: (rect: Rect) => number;
  moved: (rect: Rect, count: number, grow: boolean) => Rect;
}

const ROWS: Axis = {
  along: (row) => row,
  across: (_row, col) => col,
  key: (along, across) => cellKey(along, across),
  limit: MAX_ROWS,
  firstMovedRow: (at) => at,
  startOf: (rect) => rect.r0,
  endOf: (rect) => rect.r1,
  acrossStart: (rect) => rect.c0,
  acrossEnd: (rect) => rect.c1,
  moved: (rect, count, grow) => ({ ...rect, r0: grow ? rect.r0 : rect.r0 + count, r1: rect.r1 + count }),
};

const COLUMNS: Axis = {
  along: (_row, col) => col,
  across: (row) => row,
  key: (along, across) => cellKey(across, along),
  limit: MAX_COLUMNS,
  firstMovedRow: () => 0,
  startOf: (rect) => rect.c0,
  endOf: (rect) => rect.c1,
  acrossStart: (rect) => rect.r0,
  acrossEnd: (rect) => rect.r1,
  moved: (rect, count, grow) => ({ ...rect, c0: grow ? rect.c0 : rect.c0 + count, c1: rect.c1 + count }),
};

function shiftMap<T>(map: CellMap<T>, axis: Axis, at: number, count: number, from: number, to: number): void {
  const moving: [number, T][] = [];
  for (const [key, value] of map.entries(axis.firstMovedRow(at))) {
    const row = keyRow(key);
    const col = keyCol(key);
    const across = axis.across(row, col);
    if (axis.along(row, col) >= at && across >= from && across <= to) moving.push([key, value]);
  }
  for (const [key] of moving) map.delete(key);
  for (const [key, value] of moving) {
    const row = keyRow(key);
    const col = keyCol(key);
    map.set(axis.key(axis.along(row, col) + count, axis.across(row, col)), value);
  }
}

function insert(
  wb: WorkbookState,
  sheet: SheetState,
  axis: Axis,
  at: number,
  count: number,
  from: number,
  to: number,
  owner: TableState | null,
  extendPrevious: boolean,
): void {
  const inside = (rect: Rect) => axis.acrossStart(rect) >= from && axis.acrossEnd(rect) <= to;
  const crosses = (rect: Rect) => axis.acrossStart(rect) <= to && axis.acrossEnd(rect) >= from;
  const movable = (rect: Rect) => axis.endOf(rect) >= at && crosses(rect);
  const blockers = [...wb.tables.filter((t) => t.sheet === sheet && t !== owner).map((t) => t.rect), ...sheet.merges];
  if (blockers.some((rect) => movable(rect) && (!inside(rect) || axis.startOf(rect) < at))) {
    fail(
      'InvalidOperation',
      'Range.insert',
      "This operation isn't allowed. The operation is attempting to shift cells in a table on your worksheet.",
    );
  }
  for (const [key] of sheet.contents.entries(axis.firstMovedRow(axis.limit - count))) {
    const row = keyRow(key);
    const col = keyCol(key);
    const across = axis.across(row, col);
    if (across >= from && across <= to && axis.along(row, col) + count >= axis.limit)
      fail('InvalidOperation', 'Range.insert');
  }
  shiftMap(sheet.contents, axis, at, count, from, to);
  shiftMap(sheet.styles, axis, at, count, from, to);
  for (const table of wb.tables) {
    if (table.sheet === sheet && table !== owner && movable(table.rect))
      table.rect = axis.moved(table.rect, count, false);
  }
  sheet.merges = sheet.merges.map((m) => (movable(m) ? axis.moved(m, count, false) : m));
  const adjust = (rect: Rect): Rect => {
    if (!inside(rect)) return rect;
    if (axis.startOf(rect) >= at) return axis.moved(rect, count, false);
    if (axis.endOf(rect) >= at || (extendPrevious && axis.endOf(rect) === at - 1)) return axis.moved(rect, count, true);
    return rect;
  };
  for (const layer of sheet.validations) layer.rect = adjust(layer.rect);
  for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.map(adjust);
  wb.changed();
}

export interface Band {
  from: number;
  to: number;
}

export function insertRows(
  wb: WorkbookState,
  sheet: SheetState,
  atRow: number,
  count: number,
  columns: Band,
  owner: TableState | null,
): void {
  insert(wb, sheet, ROWS, atRow, count, columns.from, columns.to, owner, owner !== null);
}

export function insertColumns(
  wb: WorkbookState,
  sheet: SheetState,
  atCol: number,
  count: number,
  rows: Band,
  owner: TableState | null,
): void {
  insert(wb, sheet, COLUMNS, atCol, count, rows.from, rows.to, owner, owner !== null);
}
