import type { Translator } from '../../src/core/i18n/translate';
import type { Plan } from '../../src/core/model/plan';
import { mePlanFormulas } from '../../src/sheets/codecs/mePlanFormulas';
import { planTableRows } from '../../src/sheets/codecs/planWriter';
import { plannedLocation } from '../../src/sheets/codecs/tableLocation';
import { emptyBatch, type TableCreate, type WorkbookSnapshot, type WriteBatch } from '../../src/sheets/gateway';
import { PLAN_SHEETS } from '../../src/sheets/layouts/sheets';
import { tableCreate } from '../../src/sheets/planWorkbookBatch';

/**
 * The plan workbook as set-up laid it out before one table per band of rows (up to commit 9a050bf), frozen
 * here so tests can build a workbook of that layout and prove it keeps working: tables side by side under a
 * title row, before paper size was a setting. [table, top, left], 0-based.
 */
export const FIRST_LAYOUT: readonly { sheet: string; visible: boolean; tables: [string, number, number][] }[] = [
  {
    sheet: 'Settings',
    visible: true,
    tables: [
      ['NapSettings', 2, 0],
      ['NapAreas', 2, 4],
      ['NapAgencies', 2, 7],
    ],
  },
  {
    sheet: 'NAP',
    visible: true,
    tables: [
      ['NapObjectives', 2, 0],
      ['NapIndicators', 2, 4],
    ],
  },
  {
    sheet: 'NAP activities',
    visible: true,
    tables: [
      ['NapKeyMeasures', 2, 0],
      ['NapActivities', 2, 4],
    ],
  },
  {
    sheet: 'M&E plan',
    visible: true,
    tables: [
      ['NapMeHeader', 2, 0],
      ['NapMePlan', 8, 0],
    ],
  },
  { sheet: 'Progress', visible: true, tables: [['NapProgress', 2, 0]] },
  { sheet: 'Lists', visible: false, tables: [['NapLists', 1, 0]] },
];

/** What the first layout did not have: the paper-size setting and its list. */
function withoutPaperSize(table: TableCreate): TableCreate {
  if (table.name === 'NapSettings') return { ...table, rows: table.rows.filter((row) => row[0] !== 'paperSize') };
  if (table.name !== 'NapLists') return table;
  const keep = table.headers.map((_, index) => index < table.headers.length - 1);
  const pick = <T>(cells: T[]) => cells.filter((_, index) => keep[index]);
  return { ...table, headers: pick(table.headers), columns: pick(table.columns), rows: table.rows.map(pick) };
}

/** A batch that lays out `plan` in the first layout, leaving out the tables named in `omit`. */
export function firstLayoutBatch(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  t: Translator,
  omit: readonly string[] = [],
): WriteBatch {
  const batch = emptyBatch(snapshot);
  const specs = new Map(PLAN_SHEETS.flatMap((sheet) => sheet.tables.map(({ table }) => [table.name, table])));
  const place = new Map(
    FIRST_LAYOUT.flatMap(({ sheet, tables }) =>
      tables.map(([name, top, left]) => [name, plannedLocation(specs.get(name)!, sheet, top, left)]),
    ),
  );
  const rows = planTableRows(
    plan,
    t,
    mePlanFormulas({
      mePlan: place.get('NapMePlan')!,
      indicators: place.get('NapIndicators')!,
      objectives: place.get('NapObjectives')!,
      areas: place.get('NapAreas')!,
    }),
  );
  for (const { sheet, visible, tables } of FIRST_LAYOUT) {
    batch.createSheets.push({ name: sheet, visible });
    for (const [name, top, left] of tables) {
      if (omit.includes(name)) continue;
      const table = tableCreate(specs.get(name)!, sheet, top, left, rows[name] ?? [], t, place.get('NapLists')!);
      batch.tables.push(withoutPaperSize(table));
    }
  }
  return batch;
}
