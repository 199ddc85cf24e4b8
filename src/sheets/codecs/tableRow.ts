import type { CellValue } from '../../core/model/cell';
import type { TableSnapshot } from '../gateway';
import type { TableSpec } from '../layout';
import { locateColumns } from './tableReader';

/**
 * Records as rows of an existing table, in the table's own column order (users insert and reorder
 * columns): declared columns where their header is, '' in columns NAP Monitor does not own. The columns are
 * found once for all the rows.
 */
export function rowsInTableOrder(
  spec: TableSpec,
  snapshot: TableSnapshot,
  records: readonly Readonly<Record<string, CellValue>>[],
): CellValue[][] {
  const located = [...locateColumns(spec, snapshot).positions];
  const width = snapshot.headers.length;
  return records.map((record) => {
    const row: CellValue[] = new Array<CellValue>(width).fill('');
    for (const [key, position] of located) row[position] = record[key] ?? '';
    return row;
  });
}

/** A record as a row of a table about to be created, in declared order. */
export function rowInSpecOrder(spec: TableSpec, record: Readonly<Record<string, CellValue>>): CellValue[] {
  return spec.columns.map((column) => record[column.key] ?? '');
}

/** The declared columns the table lacks (deleted or never there), by key. */
export function missingColumns(spec: TableSpec, snapshot: TableSnapshot): string[] {
  const { positions } = locateColumns(spec, snapshot);
  return spec.columns.filter((column) => !positions.has(column.key)).map((column) => column.key);
}
