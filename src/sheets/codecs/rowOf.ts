import type { CellWrite } from '../gateway';
import type { TableSpec } from '../layout';

/** A row in the table's declared column order from values by column key: codecs never count positions. */
export function rowOf<K extends string>(spec: TableSpec<K>, values: { [key in K]?: CellWrite }): CellWrite[] {
  return spec.columns.map((column) => values[column.key] ?? '');
}
