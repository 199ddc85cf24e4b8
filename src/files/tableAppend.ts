import type ExcelJS from 'exceljs';
import type { RowsAppend } from '../sheets/gateway';
import { a1Range } from './a1Range';
import { exceljsValue } from './cellWrite';
import type { SheetTable } from './exceljsTables';

/** exceljs's runtime table: a table added in this session keeps its rows; one loaded from a file does not. */
interface RuntimeTable {
  table: { tableRef?: string; rows?: unknown[][] };
  addRow?(values: ExcelJS.CellValue[]): void;
  commit?(): void;
}

/**
 * Adds rows at the end of a table, as Office.js `table.rows.add` does. A table from this session grows
 * through exceljs's own rows; one loaded from a file (whose rows exceljs does not hold) gets the cells below
 * it written and its reference extended, since exceljs's addRow fails on loaded tables.
 */
export function appendToTable(table: SheetTable, append: RowsAppend): void {
  const tables = (table.worksheet as unknown as { tables: Record<string, RuntimeTable> }).tables;
  const runtime = Object.entries(tables).find(([name]) => name.toLowerCase() === table.name.toLowerCase())?.[1];
  if (!runtime) throw new Error(`Table ${table.name} vanished after validation`);
  const values = append.rows.map((row) => row.map(exceljsValue));
  if (runtime.table.rows && runtime.addRow && runtime.commit) {
    for (const row of values) runtime.addRow(row);
    runtime.commit();
    return;
  }
  const { box } = table;
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      table.worksheet.getCell(box.bottom + r + 2, box.left + c + 1).value = value;
    }),
  );
  runtime.table.tableRef = a1Range({ ...box, bottom: box.bottom + values.length });
}
