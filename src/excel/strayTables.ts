import type { WriteBatch } from '../sheets/gateway';
import { sheetOfAddress } from './readWorkbook';

/** Excel names a new table "Table1", "Table2" ...; NAP Monitor gives its own name in the next command. */
const DEFAULT_NAME = /^Table\d+$/;

export interface StrayTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  rows: number;
  headers: string[];
}

/**
 * Tables still under Excel's default name. A run stopped between adding a table and naming it leaves one,
 * which the next run must take over rather than run into. Read in one more round trip, only when any exist.
 */
export async function readStrayTables(context: Excel.RequestContext, tableNames: string[]): Promise<StrayTable[]> {
  const strays = tableNames
    .filter((name) => DEFAULT_NAME.test(name))
    .map((name) => {
      const table = context.workbook.tables.getItem(name);
      const range = table.getRange();
      range.load('address,rowIndex,columnIndex,rowCount');
      const header = table.getHeaderRowRange();
      header.load('values');
      return { name, range, header };
    });
  if (strays.length === 0) return [];
  await context.sync();
  return strays.map(({ name, range, header }) => ({
    name,
    sheet: sheetOfAddress(range.address),
    top: range.rowIndex,
    left: range.columnIndex,
    rows: range.rowCount,
    headers: (header.values[0] ?? []).map((cell) => String(cell ?? '')),
  }));
}

/**
 * The new tables of a batch that a stray already stands for: same sheet, same cells, same headers. Each is
 * named and styled instead of added again.
 */
export function strayAdoptions(batch: WriteBatch, strays: StrayTable[]): Map<string, string> {
  const adopted = new Map<string, string>();
  for (const table of batch.tables) {
    const rows = Math.max(table.rows.length, 1) + 1;
    const stray = strays.find(
      (candidate) =>
        candidate.sheet.toLowerCase() === table.sheet.toLowerCase() &&
        candidate.top === table.top &&
        candidate.left === table.left &&
        candidate.rows === rows &&
        candidate.headers.join('\u0000') === table.headers.join('\u0000') &&
        ![...adopted.values()].includes(candidate.name),
    );
    if (stray) adopted.set(table.name, stray.name);
  }
  return adopted;
}
