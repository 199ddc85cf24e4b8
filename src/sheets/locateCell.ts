import type { FindingPlace } from '../core/checks/finding';
import type { CellTarget, WorkbookSnapshot } from './gateway';
import { cellAddress } from './layout';
import { PLAN_TABLES } from './codecs/planReader';
import { locateColumns } from './codecs/tableReader';
import { SETTINGS_TABLE } from './layouts/tables';

export interface Located {
  /** The record's place, if it came from a table; row null for the table's header row (a whole column). */
  at: FindingPlace | null;
  /** The model field at fault (equal to the column key), or null for the whole row. */
  field: string | null;
}

/**
 * Finds the cell a finding is about in the workbook as it was read: the table's position, the column by its
 * header and the row by its index. A whole-row finding points at the row's code cell; a setting at its value;
 * a missing column at the table's header row.
 */
export function cellLocator(snapshot: WorkbookSnapshot): (item: Located) => CellTarget | null {
  const columns = new Map(
    PLAN_TABLES.filter((spec) => snapshot.tables[spec.name]).map((spec) => [
      spec.name,
      locateColumns(spec, snapshot.tables[spec.name]).positions,
    ]),
  );
  const settings = snapshot.tables[SETTINGS_TABLE.name];
  return ({ at, field }) => {
    if (!at) {
      if (!settings || !field) return null;
      const row = settings.rows.findIndex((cells) => String(cells[0]).trim() === field);
      if (row < 0) return null;
      return { sheet: settings.sheet, address: cellAddress(settings.top + 1 + row, settings.left + 2) };
    }
    const table = snapshot.tables[at.table];
    const positions = columns.get(at.table);
    if (!table || !positions) return null;
    if (at.row === null) {
      // A column that could not be found has no cell of its own: the header row is where it is missing.
      const first = cellAddress(table.top, table.left);
      return {
        sheet: table.sheet,
        address: `${first}:${cellAddress(table.top, table.left + table.headers.length - 1)}`,
      };
    }
    const position =
      (field ? positions.get(field) : undefined) ?? positions.get('code') ?? positions.get('indicator') ?? 0;
    return { sheet: table.sheet, address: cellAddress(table.top + 1 + at.row, table.left + position) };
  };
}
