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
    range.load('values,rowIndex,columnIndex,address');
    return { table, range };
  });
  await context.sync();

  const snapshots: Record<string, TableSnapshot> = {};
  for (const { table, range } of wanted) {
    if (table.isNullObject) continue;
    const [headers, ...rows] = range.values as CellValue[][];
    snapshots[table.name] = {
      name: table.name,
      sheet: sheetOfAddress(range.address),
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

/** "'M&E plan'!A9:K14" → "M&E plan": Excel quotes names with spaces or symbols and doubles their quotes. */
export function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf('!'));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
