import type { SheetSpec, TableSpec } from '../layout';
import {
  ACTIVITIES_TABLE,
  AGENCIES_TABLE,
  AREAS_TABLE,
  INDICATORS_TABLE,
  KEY_MEASURES_TABLE,
  LISTS_TABLE,
  ME_HEADER_TABLE,
  ME_PLAN_TABLE,
  OBJECTIVES_TABLE,
  PROGRESS_TABLE,
  SETTINGS_TABLE,
} from './tables';

/** Every table sits under its sheet's title row. */
export const TABLE_TOP = 2;
/** The M&E header has its four fixed sections (Annex 4) and a blank row above the plan table, which grows. */
export const ME_PLAN_TOP = TABLE_TOP + 6;

/**
 * A sheet for one table that users extend by typing below it: alone on its sheet, it grows without meeting
 * another table, keeps its own row heights, and prints with its header repeated on every page.
 */
export function tableSheet(
  id: string,
  table: TableSpec,
  look: { tabColor?: string; orientation: 'portrait' | 'landscape'; visible?: boolean },
): SheetSpec {
  const visible = look.visible ?? true;
  return {
    id,
    name: `sheet.${id}` as SheetSpec['name'],
    title: `title.${id}` as SheetSpec['title'],
    visible,
    tabColor: look.tabColor,
    freezeRows: visible ? TABLE_TOP + 1 : 0,
    tables: [{ table, top: TABLE_TOP, left: 0 }],
    print: { orientation: look.orientation, repeat: 'tableHeader' },
  };
}

const REFERENCE = '#0F6C74';
const ANNEX_3 = '#1F4E79';

export const SETTINGS_SHEET = tableSheet('settings', SETTINGS_TABLE, { tabColor: REFERENCE, orientation: 'portrait' });
export const AREAS_SHEET = tableSheet('areas', AREAS_TABLE, { tabColor: REFERENCE, orientation: 'portrait' });
export const AGENCIES_SHEET = tableSheet('agencies', AGENCIES_TABLE, { tabColor: REFERENCE, orientation: 'landscape' });
export const OBJECTIVES_SHEET = tableSheet('objectives', OBJECTIVES_TABLE, {
  tabColor: ANNEX_3,
  orientation: 'portrait',
});
export const NAP_SHEET = tableSheet('nap', INDICATORS_TABLE, { tabColor: ANNEX_3, orientation: 'landscape' });
export const KEY_MEASURES_SHEET = tableSheet('keyMeasures', KEY_MEASURES_TABLE, {
  tabColor: ANNEX_3,
  orientation: 'portrait',
});
export const ACTIVITIES_SHEET = tableSheet('activities', ACTIVITIES_TABLE, {
  tabColor: ANNEX_3,
  orientation: 'landscape',
});
export const PROGRESS_SHEET = tableSheet('progress', PROGRESS_TABLE, { tabColor: '#107C10', orientation: 'landscape' });
/** The hidden sheet the dropdowns read from; one column per list. */
export const LISTS_SHEET = tableSheet('lists', LISTS_TABLE, { orientation: 'landscape', visible: false });

/** Annex 4: the header block (Purpose, Context, Reporting, Review & Evaluation) above the plan table. */
export const ME_PLAN_SHEET: SheetSpec = {
  id: 'mePlan',
  name: 'sheet.mePlan',
  title: 'title.mePlan',
  visible: true,
  tabColor: '#7A4E9C',
  freezeRows: ME_PLAN_TOP + 1,
  tables: [
    { table: ME_HEADER_TABLE, top: TABLE_TOP, left: 0 },
    { table: ME_PLAN_TABLE, top: ME_PLAN_TOP, left: 0 },
  ],
  print: { orientation: 'landscape', repeat: 'tableHeader' },
};

export const PLAN_SHEETS: readonly SheetSpec[] = [
  SETTINGS_SHEET,
  AREAS_SHEET,
  AGENCIES_SHEET,
  OBJECTIVES_SHEET,
  NAP_SHEET,
  KEY_MEASURES_SHEET,
  ACTIVITIES_SHEET,
  ME_PLAN_SHEET,
  PROGRESS_SHEET,
  LISTS_SHEET,
];

/** Every table the set-up writes, in sheet order. */
export const SETUP_TABLES = PLAN_SHEETS.flatMap((sheet) => sheet.tables.map((placement) => placement.table));

export const LAYOUT_VERSION = 1;
