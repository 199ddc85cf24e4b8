import type ExcelJS from 'exceljs';
import { isFormulaCell, type CellWrite, type ColumnFormat, type TableCreate } from '../sheets/gateway';
import { cellAddress } from '../sheets/layout';
import { a1Range, type CellBox } from './a1Range';
import { exceljsValue } from './cellWrite';
import { rowHeight, wrappedLines } from './rowHeights';

/**
 * Dropdowns reach this many rows below the table body: Excel copies a table's validation into rows the table
 * grows into, but rows typed or pasted just below a table in other programs (LibreOffice, Numbers, older
 * Excel) and rows of a form returned from elsewhere only get a dropdown if the range already covers them.
 */
const SPARE_VALIDATION_ROWS = 200;
const LAST_ROW = 1_048_575;
const DERIVED_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF595959' } };
/** Excel refuses a data-validation error title longer than 32 characters and a message over 255. */
const MAX_ERROR_TITLE = 32;
const MAX_ERROR_MESSAGE = 255;

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/**
 * Writes one table: header and body through exceljs's addTable (an empty table gets one blank body row, as
 * Excel requires), then the per-column format, width and dropdown. `others` are the boxes of the other
 * tables and blocks on the sheet, which the dropdowns' spare rows must not run into.
 */
export function writeTable(worksheet: ExcelJS.Worksheet, table: TableCreate, others: CellBox[]): void {
  const body: CellWrite[][] = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.top, table.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows: body.map((row) => row.map(exceljsValue)),
  });
  const firstBody = table.top + 1;
  const lastBody = table.top + body.length;
  table.columns.forEach((column, index) => {
    const sheetColumn = table.left + index;
    worksheet.getColumn(sheetColumn + 1).width = column.width;
    const header = worksheet.getCell(table.top + 1, sheetColumn + 1);
    header.font = { ...header.font, bold: true };
    header.alignment = { ...header.alignment, wrapText: true, vertical: 'top' };
    for (let row = firstBody; row <= lastBody; row++) {
      const cellFormat = table.cellFormats?.[row - firstBody]?.[index] ?? null;
      formatBodyCell(worksheet.getCell(row + 1, sheetColumn + 1), column, cellFormat);
    }
    if (column.list) {
      const bottom = validationBottom(sheetColumn, lastBody + SPARE_VALIDATION_ROWS, firstBody, others);
      const range = a1Range({ top: firstBody, left: sheetColumn, bottom, right: sheetColumn });
      (worksheet as unknown as { dataValidations: DataValidations }).dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [column.list.source.replace(/^=/, '')],
        showErrorMessage: column.list.strict,
        errorStyle: column.list.strict ? 'stop' : 'warning',
        errorTitle: table.headers[index].slice(0, MAX_ERROR_TITLE),
        error: column.list.alert.slice(0, MAX_ERROR_MESSAGE),
      });
    }
  });
}

/**
 * Files carry their row heights: neither Excel nor LibreOffice fits a row to wrapped text on opening, so a
 * row left at the default height hides all but its first line, or prints it over the next row. Measured
 * against the sheet's final column widths, since tables stacked on a sheet share its columns.
 */
export function setRowHeights(worksheet: ExcelJS.Worksheet, table: TableCreate): void {
  const width = (index: number) => worksheet.getColumn(table.left + index + 1).width ?? table.columns[index].width;
  const lines = (row: CellWrite[], wrapAll: boolean) =>
    Math.max(
      1,
      ...row.map((cell, index) =>
        wrapAll || table.columns[index].wrap ? wrappedLines(shownText(cell), width(index)) : 1,
      ),
    );
  worksheet.getRow(table.top + 1).height = rowHeight(lines(table.headers, true));
  table.rows.forEach((row, index) => {
    const needed = lines(row, false);
    if (needed > 1) worksheet.getRow(table.top + 2 + index).height = rowHeight(needed);
  });
}

/** The text a cell shows: a formula shows its result. */
function shownText(cell: CellWrite): string {
  const value = isFormulaCell(cell) ? cell.result : cell;
  return value === null || value === undefined ? '' : String(value);
}

function formatBodyCell(cell: ExcelJS.Cell, column: ColumnFormat, cellFormat: string | null): void {
  cell.numFmt = cellFormat ?? column.numberFormat;
  cell.alignment = { ...cell.alignment, vertical: 'top', ...(column.wrap ? { wrapText: true } : {}) };
  if (!column.input) cell.font = { ...cell.font, ...DERIVED_FONT };
}

/** The last row a column's dropdown may reach: the wanted row, or just above the next table below. */
function validationBottom(column: number, wanted: number, firstBody: number, others: CellBox[]): number {
  const below = others
    .filter((box) => box.left <= column && column <= box.right && box.top > firstBody)
    .map((box) => box.top - 1);
  return Math.min(wanted, LAST_ROW, ...below);
}
