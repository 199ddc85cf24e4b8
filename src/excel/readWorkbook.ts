import type { CellValue } from '../core/model/cell';
import type { ReadRequest, TableSnapshot, WorkbookSnapshot } from '../sheets/gateway';

/** One round trip: sheet names, table names, and the full range of every requested table that exists. */
export async function readWorkbook(context: Excel.RequestContext, request: ReadRequest): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const wanted = request.tables.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load('name');
    const range = table.getRange();
    range.load('values,rowIndex,columnIndex');
    const worksheet = table.worksheet;
    worksheet.load('name');
    return { table, range, worksheet };
  });
  await context.sync();

  const snapshots: Record<string, TableSnapshot> = {};
  for (const { table, range, worksheet } of wanted) {
    if (table.isNullObject) continue;
    const [headers, ...rows] = range.values as CellValue[][];
    snapshots[table.name] = {
      name: table.name,
      sheet: worksheet.name,
      top: range.rowIndex,
      left: range.columnIndex,
      headers: headers.map((header) => String(header ?? '')),
      rows,
    };
  }
  return {
    sheets: sheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === 'Visible' })),
    tableNames: tables.items.map((table) => table.name),
    tables: snapshots,
  };
}
