import type { Translator } from '../core/i18n/translate';
import { missingColumns } from './codecs/tableRow';
import type { TableLocation } from './codecs/tableLocation';
import type { TableSnapshot, WriteBatch } from './gateway';
import type { TableSpec } from './layout';
import { columnFormat } from './columnFormat';

/**
 * The columns a later layout added that this table (of an earlier layout) lacks, queued at its right edge,
 * and the table as it will be once they are there, for the writes planned after them. Columns found by their
 * header are never added again, so a run repeated after an interruption adds only what is still missing.
 */
export function addLaterColumns(
  batch: WriteBatch,
  spec: TableSpec,
  table: TableSnapshot,
  t: Translator,
  lists: TableLocation | null,
): TableSnapshot {
  const lacking = new Set(missingColumns(spec, table));
  const added = spec.columns.filter((column) => column.addedLater && lacking.has(column.key));
  if (added.length === 0) return table;
  const headers = added.map((column) => t(column.header));
  batch.addColumns.push({
    table: table.name,
    headers,
    columns: added.map((column) => columnFormat(column, lists, t)),
  });
  return {
    ...table,
    headers: [...table.headers, ...headers],
    rows: table.rows.map((row) => [...row, ...headers.map(() => '')]),
  };
}
