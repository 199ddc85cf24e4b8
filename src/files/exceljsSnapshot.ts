import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/model/cell';
import type { ReadRequest, TableSnapshot, WorkbookSnapshot } from '../sheets/gateway';
import { WorkbookError } from '../sheets/workbookError';
import { excelCellValue } from './excelCellValue';
import { workbookTables, type SheetTable } from './exceljsTables';

/** Far above any plan or return form (a few thousand cells), low enough that a forged range cannot stall us. */
const MAX_TABLE_CELLS = 1_000_000;

/**
 * The snapshot of a workbook NAP Monitor is building in memory (exceljs, the writer): sheets, all table names,
 * and the requested tables (by name, ignoring case as Excel does). Files from disk go through ./reader.
 */
export function readSnapshot(workbook: ExcelJS.Workbook, request: ReadRequest, file: string): WorkbookSnapshot {
  const tables = workbookTables(workbook);
  const snapshots: Record<string, TableSnapshot> = {};
  for (const wanted of request.tables) {
    const table = tables.find((candidate) => candidate.name.toLowerCase() === wanted.toLowerCase());
    if (table) snapshots[table.name] = tableSnapshot(workbook, table, file);
  }
  return {
    sheets: workbook.worksheets.map((worksheet) => ({ name: worksheet.name, visible: worksheet.state === 'visible' })),
    tableNames: tables.map((table) => table.name),
    tables: snapshots,
  };
}

function tableSnapshot(workbook: ExcelJS.Workbook, table: SheetTable, file: string): TableSnapshot {
  const { box, worksheet } = table;
  const width = box.right - box.left + 1;
  if (width * (box.bottom - box.top + 1) > MAX_TABLE_CELLS) {
    throw new WorkbookError(
      'files.error.tableTooLarge',
      { file, table: table.name, sheet: worksheet.name, limit: MAX_TABLE_CELLS },
      `${file}: table ${table.name} is over ${MAX_TABLE_CELLS} cells`,
    );
  }
  const date1904 = workbook.properties.date1904 === true;
  // findRow/findCell never create cells, so reading leaves the workbook as it was.
  const rowValues = (row: number): CellValue[] => {
    const found = worksheet.findRow(row + 1);
    return Array.from({ length: width }, (_, index) =>
      excelCellValue(found?.findCell(box.left + index + 1)?.value, date1904),
    );
  };
  const firstBody = table.headerRow ? box.top + 1 : box.top;
  const lastBody = table.totalsRow ? box.bottom - 1 : box.bottom;
  const headers = table.headerRow
    ? rowValues(box.top).map((value) => String(value))
    : Array.from({ length: width }, (_, index) => table.columnNames[index] ?? '');
  const rows: CellValue[][] = [];
  for (let row = firstBody; row <= lastBody; row++) rows.push(rowValues(row));
  return { name: table.name, sheet: worksheet.name, top: firstBody - 1, left: box.left, headers, rows };
}
