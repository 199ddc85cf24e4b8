import type { Translator } from '../core/i18n/translate';
import type { Plan } from '../core/model/plan';
import {
  emptyBatch,
  type CellWrite,
  type ColumnFormat,
  type TableCreate,
  type WorkbookSnapshot,
  type WriteBatch,
} from './gateway';
import { columnLetter, quoteSheet, type ColumnSpec, type SheetSpec, type TableSpec } from './layout';
import { LISTS } from './layouts/lists';
import { PLAN_SHEETS } from './layouts/sheets';
import { AREAS_TABLE, INDICATORS_TABLE, LISTS_TABLE, ME_PLAN_TABLE, OBJECTIVES_TABLE } from './layouts/tables';
import { mePlanFormulas } from './codecs/mePlanFormulas';
import { planTableRows } from './codecs/planWriter';
import { existingLocation, plannedLocation, type TableLocation } from './codecs/tableLocation';

export interface PlanWorkbookBatch {
  batch: WriteBatch;
  created: string[];
  existing: string[];
  renamedSheets: { wanted: string; used: string }[];
}

const TABLE_STYLE = 'TableStyleMedium2';
const SHEET_NAME_MAX = 31;

const NUMBER_FORMAT: Record<ColumnSpec['kind'], string> = {
  code: '@',
  text: '@',
  value: '@',
  list: '@',
  dateLike: '@',
  date: 'yyyy-mm-dd',
  amount: '#,##0.00',
  number: 'General',
  percent: '0%',
};

/** "NAP", then "NAP (2)", "NAP (3)" ... never longer than Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = wanted.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Plans the writes that lay out the plan workbook: every table that is missing gets written, with the plan's
 * rows; tables already in the workbook are left alone (so nothing a user typed is overwritten), and a sheet
 * name already in use gives way to a free one.
 */
export function planWorkbookBatch(snapshot: WorkbookSnapshot, plan: Plan, t: Translator): PlanWorkbookBatch {
  const batch = emptyBatch(snapshot);
  const existingTables = new Set(snapshot.tableNames.map((name) => name.toLowerCase()));
  const takenSheets = new Set(snapshot.sheets.map((sheet) => sheet.name.toLowerCase()));
  const created: string[] = [];
  const existing: string[] = [];
  const renamedSheets: PlanWorkbookBatch['renamedSheets'] = [];
  const locations = new Map<string, TableLocation>();
  const toWrite: { spec: TableSpec; sheet: string; top: number; left: number }[] = [];

  for (const sheet of PLAN_SHEETS) {
    const missing = sheet.tables.filter(({ table }) => !existingTables.has(table.name.toLowerCase()));
    for (const { table } of sheet.tables) {
      if (!missing.some((placement) => placement.table === table)) {
        existing.push(table.name);
        const found = Object.values(snapshot.tables).find(
          (candidate) => candidate.name.toLowerCase() === table.name.toLowerCase(),
        );
        if (found) locations.set(table.name, existingLocation(table, found));
      }
    }
    if (missing.length === 0) continue;
    const name = createSheet(sheet, batch, takenSheets, t, renamedSheets);
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
  for (const { spec, sheet, top, left } of toWrite)
    batch.tables.push(tableCreate(spec, sheet, top, left, rows[spec.name] ?? [], t, lists));
  const nap = batch.createSheets.find((sheet) => sheet.name.toLowerCase().startsWith(t('sheet.nap').toLowerCase()));
  if (nap) batch.activate = nap.name;
  return { batch, created, existing, renamedSheets };
}

function createSheet(
  sheet: SheetSpec,
  batch: WriteBatch,
  takenSheets: Set<string>,
  t: Translator,
  renamedSheets: PlanWorkbookBatch['renamedSheets'],
): string {
  const wanted = t(sheet.name);
  const name = freeSheetName(wanted, takenSheets);
  takenSheets.add(name.toLowerCase());
  if (name !== wanted) renamedSheets.push({ wanted, used: name });
  batch.createSheets.push({ name, visible: sheet.visible, tabColor: sheet.tabColor });
  batch.blocks.push({
    sheet: name,
    top: 0,
    left: 0,
    rows: [[t(`title.${sheet.id}` as Parameters<Translator>[0])]],
    bold: true,
  });
  if (sheet.freezeRows > 0) batch.freezeRows.push({ sheet: name, rows: sheet.freezeRows });
  return name;
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
  return {
    sheet,
    name: spec.name,
    top,
    left,
    headers: spec.columns.map((column) => t(column.header)),
    rows,
    columns: spec.columns.map((column) => columnFormat(column, lists, t)),
    style: TABLE_STYLE,
  };
}

/** Dropdowns read from the Lists table, wherever it sits; quarters accept free dates too. */
function columnFormat(column: ColumnSpec, lists: TableLocation | null, t: Translator): ColumnFormat {
  const format: ColumnFormat = {
    numberFormat: column.derived ? 'General' : NUMBER_FORMAT[column.kind],
    width: column.width,
    wrap: column.wrap ?? false,
    input: !column.derived,
  };
  const listIndex = column.list && lists ? lists.column(column.list) : -1;
  if (column.list && lists && listIndex >= 0) {
    const listColumn = columnLetter(listIndex);
    const items = LISTS.find((list) => list.name === column.list)?.items.length ?? 0;
    const first = lists.top + 2;
    format.list = {
      source: `=${quoteSheet(lists.sheet)}!$${listColumn}$${first}:$${listColumn}$${first + items - 1}`,
      strict: column.list !== 'quarter',
      alert: t('list.alert'),
    };
  }
  return format;
}
