import type { Translator } from '../core/i18n/translate';
import type { ConsolidationPlan } from '../core/consolidation/consolidate';
import type { CellValue } from '../core/model/cell';
import { addSheet, sheetRoom } from './addSheet';
import { auditRecord } from './codecs/auditCodec';
import { ledgerRecord } from './codecs/ledgerRecord';
import { registerRecord } from './codecs/registerCodec';
import { rowInSpecOrder, rowsInTableOrder } from './codecs/tableRow';
import { existingLocation } from './codecs/tableLocation';
import { locateColumns } from './codecs/tableReader';
import { emptyBatch, type TableSnapshot, type WorkbookSnapshot, type WriteBatch } from './gateway';
import type { SheetSpec, TableSpec } from './layout';
import { AUDIT_SHEET, AUDIT_TABLE } from './layouts/audit';
import { SUBMISSIONS_SHEET, SUBMISSIONS_TABLE } from './layouts/submissions';
import { LISTS_TABLE, PROGRESS_TABLE } from './layouts/tables';
import { addLaterColumns } from './laterColumns';
import { tableCreate } from './planWorkbookBatch';
import { printDocumentOf } from './printLayout';

/**
 * The writes of an import, in the order that makes a half-done write harmless: ledger rows, then audit
 * lines, then the register (the commit mark), all appended; superseded marks and register rows filled in
 * place go as blocks. Consolidation is planned from what the workbook holds, so a run after a failure
 * finds what is missing and writes only that.
 */
export function importBatch(snapshot: WorkbookSnapshot, plan: ConsolidationPlan, t: Translator): WriteBatch | null {
  const batch = emptyBatch(snapshot);
  const lists = snapshot.tables[LISTS_TABLE.name];
  // A ledger of a plan set up before the import gets the columns consolidation needs, in this same write.
  const ledger = addLaterColumns(
    batch,
    PROGRESS_TABLE,
    snapshot.tables[PROGRESS_TABLE.name],
    t,
    lists ? existingLocation(LISTS_TABLE, lists) : null,
  );
  const room = sheetRoom(snapshot);
  appendRows(
    batch,
    ledger,
    rowsInTableOrder(
      PROGRESS_TABLE,
      ledger,
      plan.ledgerAppends.map((row) => ledgerRecord(row, t)),
    ),
  );
  if (plan.ledgerSupersede.length > 0) {
    const column = ledger.left + (locateColumns(PROGRESS_TABLE, ledger).positions.get('supersededBy') ?? 0);
    for (const mark of plan.ledgerSupersede)
      batch.blocks.push({ sheet: ledger.sheet, top: ledger.top + 1 + mark.at, left: column, rows: [[mark.by]] });
  }
  appendOrCreate(
    batch,
    snapshot,
    room,
    AUDIT_TABLE,
    AUDIT_SHEET,
    plan.auditAppends.map((entry) => auditRecord(entry, t)),
    t,
  );
  const register = snapshot.tables[SUBMISSIONS_TABLE.name];
  if (register)
    for (const update of plan.registerUpdates)
      batch.blocks.push({
        sheet: register.sheet,
        top: register.top + 1 + update.at,
        left: register.left,
        rows: rowsInTableOrder(SUBMISSIONS_TABLE, register, [registerRecord(update.entry, t)]),
      });
  const registerRows = plan.registerAppends.map((entry) => registerRecord(entry, t));
  appendOrCreate(batch, snapshot, room, SUBMISSIONS_TABLE, SUBMISSIONS_SHEET, registerRows, t);
  const empty = batch.appendRows.length + batch.blocks.length + batch.tables.length + batch.addColumns.length === 0;
  return empty ? null : batch;
}

/** Rows go at the end of the table, or into a new sheet holding the table when the workbook has none yet. */
export function appendOrCreate(
  batch: WriteBatch,
  snapshot: WorkbookSnapshot,
  room: ReturnType<typeof sheetRoom>,
  spec: TableSpec,
  sheetSpec: SheetSpec,
  records: Record<string, CellValue>[],
  t: Translator,
): void {
  if (records.length === 0) return;
  const existing = snapshot.tables[spec.name];
  if (existing) {
    appendRows(batch, existing, rowsInTableOrder(spec, existing, records));
    return;
  }
  const sheet = addSheet(batch, sheetSpec, room, t, printDocumentOf(snapshot));
  const { top, left } = sheetSpec.tables[0];
  batch.tables.push(
    tableCreate(
      spec,
      sheet,
      top,
      left,
      records.map((record) => rowInSpecOrder(spec, record)),
      t,
      null,
    ),
  );
}

const blank = (row: readonly CellValue[]) => row.every((cell) => cell === null || String(cell).trim() === '');

/**
 * Rows at the end of a table. A table that holds only the blank row Excel keeps in an empty table gets its
 * first row there, so the ledger does not open with an empty line.
 */
function appendRows(batch: WriteBatch, table: TableSnapshot, rows: CellValue[][]): void {
  if (rows.length === 0) return;
  const [first, ...rest] = rows;
  const fill = table.rows.length === 1 && blank(table.rows[0]);
  if (fill) batch.blocks.push({ sheet: table.sheet, top: table.top + 1, left: table.left, rows: [first] });
  const added = fill ? rest : rows;
  if (added.length > 0) batch.appendRows.push({ table: table.name, rows: added });
}
