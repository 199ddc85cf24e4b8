import type { Translator } from '../core/i18n/translate';
import type { Plan } from '../core/model/plan';
import {
  emptyBatch,
  type CellWrite,
  type TableCreate,
  type TableSnapshot,
  type WorkbookSnapshot,
  type WriteBatch,
} from './gateway';
import { addSheet, sheetRoom } from './addSheet';
import { columnFormat } from './columnFormat';
import type { TableSpec } from './layout';
import { addLaterColumns } from './laterColumns';
import { addMissingPlanId } from './planIdBatch';
import { PLAN_SHEETS } from './layouts/sheets';
import {
  AREAS_TABLE,
  INDICATORS_TABLE,
  LISTS_TABLE,
  ME_PLAN_TABLE,
  OBJECTIVES_TABLE,
  SETTINGS_TABLE,
} from './layouts/tables';
import { printDocumentOf } from './printLayout';
import { mePlanFormulas } from './codecs/mePlanFormulas';
import { planTableRows } from './codecs/planWriter';
import { existingLocation, plannedLocation, type TableLocation } from './codecs/tableLocation';
import { typedCells } from './codecs/typedCells';

export interface PlanWorkbookBatch {
  batch: WriteBatch;
  created: string[];
  existing: string[];
  renamedSheets: { wanted: string; used: string }[];
  /** Headers of the columns added to tables of an earlier layout, by the sheet holding the table. */
  addedColumns: { sheet: string; headers: string[] }[];
  /** The id written into a plan that had none, else null. */
  addedPlanId: string | null;
}

const TABLE_STYLE = 'TableStyleMedium2';

/**
 * Plans the writes that lay out the plan workbook: every table that is missing gets written, with the plan's
 * rows; tables already in the workbook stay wherever they are (so nothing a user typed is overwritten, and
 * workbooks of an earlier layout keep theirs) and get only what a later layout added: its columns at their
 * right edge, and the plan id. A sheet name already in use gives way to a free one.
 */
export function planWorkbookBatch(snapshot: WorkbookSnapshot, plan: Plan, t: Translator): PlanWorkbookBatch {
  const batch = emptyBatch(snapshot);
  const findTable = (spec: TableSpec) =>
    Object.values(snapshot.tables).find((candidate) => candidate.name.toLowerCase() === spec.name.toLowerCase());
  const room = sheetRoom(snapshot);
  const document = snapshot.tables[SETTINGS_TABLE.name]
    ? printDocumentOf(snapshot)
    : { title: plan.settings.title, paperSize: plan.settings.paperSize ?? 'A4' };
  const created: string[] = [];
  const existing: string[] = [];
  const renamedSheets: PlanWorkbookBatch['renamedSheets'] = [];
  const locations = new Map<string, TableLocation>();
  const upgradable: { spec: TableSpec; table: TableSnapshot }[] = [];
  const toWrite: { spec: TableSpec; sheet: string; top: number; left: number }[] = [];

  for (const sheet of PLAN_SHEETS) {
    const present = sheet.tables.map(({ table }) => findTable(table));
    sheet.tables.forEach(({ table }, index) => {
      const found = present[index];
      if (!found) return;
      existing.push(table.name);
      upgradable.push({ spec: table, table: found });
      locations.set(table.name, existingLocation(table, found));
    });
    const missing = sheet.tables.filter((_, index) => !present[index]);
    if (missing.length === 0) continue;
    // A sheet keeps its remaining tables together: they join one that is there already.
    let name = present.find((found) => found)?.sheet;
    if (!name) {
      name = addSheet(batch, sheet, room, t, document);
      if (name !== t(sheet.name)) renamedSheets.push({ wanted: t(sheet.name), used: name });
    }
    for (const placement of missing) {
      toWrite.push({ spec: placement.table, sheet: name, top: placement.top, left: placement.left });
      locations.set(placement.table.name, plannedLocation(placement.table, name, placement.top, placement.left));
      created.push(placement.table.name);
    }
  }

  const location = (spec: TableSpec) => {
    const found = locations.get(spec.name);
    if (!found) throw new Error(`No location for ${spec.name}: read it with the snapshot`);
    return found;
  };
  const rows = planTableRows(
    plan,
    t,
    mePlanFormulas({
      mePlan: location(ME_PLAN_TABLE),
      indicators: location(INDICATORS_TABLE),
      objectives: location(OBJECTIVES_TABLE),
      areas: location(AREAS_TABLE),
    }),
  );
  const lists = location(LISTS_TABLE);
  for (const { spec, table } of upgradable) addLaterColumns(batch, spec, table, t, lists);
  const settings = snapshot.tables[SETTINGS_TABLE.name];
  const addedPlanId = settings ? addMissingPlanId(batch, settings, t) : null;
  for (const { spec, sheet, top, left } of toWrite)
    batch.tables.push(tableCreate(spec, sheet, top, left, rows[spec.name] ?? [], t, lists));
  const nap = toWrite.find(({ spec }) => spec === INDICATORS_TABLE);
  if (nap) batch.activate = nap.sheet;
  const addedColumns = batch.addColumns.map(({ table, headers }) => ({ sheet: snapshot.tables[table].sheet, headers }));
  return { batch, created, existing, renamedSheets, addedColumns, addedPlanId };
}

/** A table as its layout declares it: localized headers, formats, widths and dropdowns. */
export function tableCreate(
  spec: TableSpec,
  sheet: string,
  top: number,
  left: number,
  rows: CellWrite[][],
  t: Translator,
  lists: TableLocation | null,
): TableCreate {
  const typed = typedCells(spec, rows);
  return {
    sheet,
    name: spec.name,
    top,
    left,
    headers: spec.columns.map((column) => t(column.header)),
    rows: typed.rows,
    columns: spec.columns.map((column) => columnFormat(column, lists, t)),
    cellFormats: typed.formats,
    style: TABLE_STYLE,
  };
}
