import type { ColumnsAdd } from '../sheets/gateway';
import { cellAddress } from '../sheets/layout';
import { a1Range, boxesOverlap, type CellBox } from './a1Range';
import type { SheetTable } from './exceljsTables';

/** exceljs's runtime table: a table added in this session keeps its rows; one loaded from a file does not. */
interface RuntimeTable {
  table: { tableRef?: string; rows?: unknown[][]; columns?: { name: string }[] };
  addColumn?(column: { name: string }, values: unknown[]): void;
  commit?(): void;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function newColumnsBox(table: SheetTable, count: number): CellBox {
  return { top: table.box.top, bottom: table.box.bottom, left: table.box.right + 1, right: table.box.right + count };
}

/**
 * Why the columns cannot go at the table's right edge, or null: Excel would move the cells there aside, a file
 * written here does not, so a cell with content or another table in the way refuses the batch before any write.
 */
export function columnsAddProblem(tables: readonly SheetTable[], add: ColumnsAdd): string | null {
  const table = tables.find((candidate) => same(candidate.name, add.table));
  if (!table) return `there is no table "${add.table}" to add columns to`;
  const box = newColumnsBox(table, add.headers.length);
  const other = tables.find(
    (candidate) => candidate !== table && candidate.worksheet === table.worksheet && boxesOverlap(candidate.box, box),
  );
  if (other) return `columns added to ${add.table} would cover the table ${other.name}`;
  for (let row = box.top; row <= box.bottom; row++)
    for (let column = box.left; column <= box.right; column++) {
      const value = table.worksheet.findCell(row + 1, column + 1)?.value;
      if (value !== null && value !== undefined && value !== '')
        return `columns added to ${add.table} would cover ${cellAddress(row, column)}`;
    }
  return null;
}

/**
 * Columns at the right edge of a table, as Office.js `table.columns.add` does: headers, blank body cells in the
 * column's number format, widths. A table of this session grows through exceljs's own columns; one loaded from
 * a file gets its header cells written and its reference and column list extended.
 */
export function addColumnsToTable(table: SheetTable, add: ColumnsAdd): void {
  const tables = (table.worksheet as unknown as { tables: Record<string, RuntimeTable> }).tables;
  const runtime = Object.entries(tables).find(([name]) => same(name, table.name))?.[1];
  if (!runtime) throw new Error(`Table ${table.name} vanished after validation`);
  const box = newColumnsBox(table, add.headers.length);
  const rows = runtime.table.rows;
  if (rows && runtime.addColumn && runtime.commit) {
    for (const header of add.headers)
      runtime.addColumn(
        { name: header },
        rows.map(() => ''),
      );
    runtime.commit();
  } else {
    add.headers.forEach((header, i) => {
      table.worksheet.getCell(box.top + 1, box.left + i + 1).value = header;
      runtime.table.columns?.push({ name: header });
    });
    runtime.table.tableRef = a1Range({ ...table.box, right: box.right });
  }
  add.columns.forEach((format, i) => {
    const column = table.worksheet.getColumn(box.left + i + 1);
    column.width = format.width;
    for (let row = box.top + 1; row <= box.bottom; row++) {
      const cell = table.worksheet.getCell(row + 1, box.left + i + 1);
      cell.numFmt = format.numberFormat;
      if (format.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    }
  });
}
