import type { CellValue } from '../core/model/cell';
import type { ReadRequest, SheetInfo, TableSnapshot, WorkbookSnapshot } from '../sheets/gateway';

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
  const starts = (request.sheetStarts ?? []).map((name) => {
    const worksheet = sheets.getItemOrNullObject(name);
    worksheet.load('name');
    const a1 = worksheet.getRange('A1');
    a1.load('values');
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('address');
    return { worksheet, a1, used };
  });
  await context.sync();

  const start = new Map<string, SheetInfo['start']>();
  for (const { worksheet, a1, used } of starts) {
    if (worksheet.isNullObject) continue;
    const local = used.isNullObject ? null : used.address.slice(used.address.lastIndexOf('!') + 1);
    start.set(worksheet.name, { a1: (a1.values as CellValue[][])[0][0], onlyA1: local === null || local === 'A1' });
  }
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
    sheets: sheets.items.map((sheet) => {
      const info: SheetInfo = { name: sheet.name, visible: sheet.visibility === 'Visible' };
      const begun = start.get(sheet.name);
      return begun ? { ...info, start: begun } : info;
    }),
    tableNames: tables.items.map((table) => table.name),
    tables: snapshots,
  };
}

/** "'M&E plan'!A9:K14" → "M&E plan": Excel quotes names with spaces or symbols and doubles their quotes. */
export function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf('!'));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
