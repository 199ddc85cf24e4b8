import type { Translator } from '../../src/core/i18n/translate';
import type { Plan } from '../../src/core/model/plan';
import type { TableCreate, WorkbookSnapshot, WriteBatch } from '../../src/sheets/gateway';
import { PROGRESS_TABLE } from '../../src/sheets/layouts/tables';
import { firstLayoutBatch } from './firstLayout';

/** Columns of the progress ledger that plans set up before the import did not have. */
export const LATER_LEDGER_COLUMNS = PROGRESS_TABLE.columns.filter((column) => column.addedLater).length;

function withoutLastColumns(table: TableCreate, count: number): TableCreate {
  const keep = <T>(cells: T[]) => cells.slice(0, cells.length - count);
  return {
    ...table,
    headers: keep(table.headers),
    columns: keep(table.columns),
    rows: table.rows.map(keep),
    cellFormats: table.cellFormats?.map(keep),
  };
}

function withoutPlanId(table: TableCreate): TableCreate {
  const kept = table.rows.map((row, index) => ({ row, index })).filter(({ row }) => row[0] !== 'planId');
  return {
    ...table,
    rows: kept.map(({ row }) => row),
    cellFormats: table.cellFormats && kept.map(({ index }) => table.cellFormats![index]),
  };
}

/**
 * A plan workbook as set-up wrote it before plan ids and the import existed: the first layout, no planId row
 * in the settings, and a progress ledger without the submission and superseded-by columns.
 */
export function olderPlanBatch(snapshot: WorkbookSnapshot, plan: Plan, t: Translator): WriteBatch {
  const batch = firstLayoutBatch(snapshot, plan, t);
  batch.tables = batch.tables.map((table) => {
    if (table.name === PROGRESS_TABLE.name) return withoutLastColumns(table, LATER_LEDGER_COLUMNS);
    if (table.name === 'NapSettings') return withoutPlanId(table);
    return table;
  });
  return batch;
}
