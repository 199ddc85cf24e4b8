import { columnLetters, type FakeWorkbook, type SheetInfo } from '@fake-excel';
import { pointsToPixels } from './cellLook';

export interface GridColumn {
  index: number;
  letter: string;
  width: number;
}

export interface GridRow {
  index: number;
  height: number;
  /** Distance from the top of the grid body while the row is frozen, else null. */
  stickyTop: number | null;
}

export interface GridModel {
  sheet: SheetInfo;
  columns: GridColumn[];
  rows: GridRow[];
  /** Rows the sheet would show without the row limit. */
  rowsWanted: number;
}

const MIN_COLUMNS = 10;
const MAX_COLUMNS = 100;
const MIN_ROWS = 30;
const SPARE_ROWS = 5;
const DEFAULT_WIDTH_POINTS = 48;
const DEFAULT_HEIGHT_POINTS = 15;

/** The rows and columns to draw for a sheet: what it uses plus a margin, like an Excel window. */
export function gridModel(workbook: FakeWorkbook, sheetName: string, rowLimit: number): GridModel {
  const sheet = workbook.sheet(sheetName);
  const extent = workbook.extent(sheetName);
  const columnCount = Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, extent.columns + 2));
  const rowsWanted = Math.max(MIN_ROWS, extent.rows + SPARE_ROWS, sheet.frozenRows + 1);
  const columns = Array.from({ length: columnCount }, (_, index) => {
    const letter = columnLetters(index);
    return { index, letter, width: pointsToPixels(sheet.columnWidths[letter] ?? DEFAULT_WIDTH_POINTS) };
  });
  let top = 0;
  const rows = Array.from({ length: Math.min(rowsWanted, rowLimit) }, (_, index) => {
    const height = pointsToPixels(sheet.rowHeights[index + 1] ?? DEFAULT_HEIGHT_POINTS);
    const stickyTop = index < sheet.frozenRows ? top : null;
    top += height;
    return { index, height, stickyTop };
  });
  return { sheet, columns, rows, rowsWanted };
}
