import type { TableSpec } from '../layout';
import type { TableSnapshot } from '../gateway';
import { locateColumns } from './tableReader';

/** Where a table's columns sit in its sheet, whether the table exists already or is about to be written. */
export interface TableLocation {
  sheet: string;
  top: number;
  left: number;
  /** Absolute 0-based sheet column of a column key, or -1 when the table lacks it. */
  column(key: string): number;
}

export function plannedLocation(spec: TableSpec, sheet: string, top: number, left: number): TableLocation {
  const keys = spec.columns.map((column) => column.key);
  return { sheet, top, left, column: (key) => (keys.includes(key) ? left + keys.indexOf(key) : -1) };
}

export function existingLocation(spec: TableSpec, snapshot: TableSnapshot): TableLocation {
  const { positions } = locateColumns(spec, snapshot);
  return {
    sheet: snapshot.sheet,
    top: snapshot.top,
    left: snapshot.left,
    column: (key) => {
      const position = positions.get(key);
      return position === undefined ? -1 : snapshot.left + position;
    },
  };
}
