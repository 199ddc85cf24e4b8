import type { CellValue } from '../../src/core/model/cell';
import { isFormulaCell, type WorkbookSnapshot, type WriteBatch } from '../../src/sheets/gateway';

/** What a workbook would report after applying a batch to it: tables with formula results as values. */
export function snapshotAfter(before: WorkbookSnapshot, batch: WriteBatch): WorkbookSnapshot {
  const tables = { ...before.tables };
  // Blocks go in before new tables (as the Office gateway queues them), so they land in existing tables' cells.
  for (const block of batch.blocks) {
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = block.top + r;
        const column = block.left + c;
        const table = Object.values(tables).find(
          (t) =>
            t.sheet === block.sheet &&
            row > t.top &&
            row <= t.top + t.rows.length &&
            column >= t.left &&
            column < t.left + t.headers.length,
        );
        if (table)
          table.rows[row - table.top - 1][column - table.left] = isFormulaCell(cell)
            ? (cell.result ?? '')
            : cell === null
              ? ''
              : cell;
      }),
    );
  }
  for (const table of batch.tables) {
    tables[table.name] = {
      name: table.name,
      sheet: table.sheet,
      top: table.top,
      left: table.left,
      headers: table.headers,
      rows: table.rows.map((row) =>
        row.map((cell): CellValue => (isFormulaCell(cell) ? (cell.result ?? '') : cell === null ? '' : cell)),
      ),
    };
  }
  for (const append of batch.appendRows) {
    const table = Object.values(tables).find((t) => t.name.toLowerCase() === append.table.toLowerCase());
    if (table) table.rows.push(...append.rows.map((row) => row.map((cell) => cell ?? '')));
  }
  return {
    sheets: [...before.sheets, ...batch.createSheets.map((sheet) => ({ name: sheet.name, visible: sheet.visible }))],
    tableNames: [...before.tableNames, ...batch.tables.map((table) => table.name)],
    tables,
  };
}

export const EMPTY_WORKBOOK: WorkbookSnapshot = {
  sheets: [{ name: 'Sheet1', visible: true }],
  tableNames: [],
  tables: {},
};
