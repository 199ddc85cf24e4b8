import type { SheetSpec } from '../layout';
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

/** Tables sit side by side under a title row, so each can grow downwards without meeting another. */
const TABLE_TOP = 2;
export const ME_PLAN_TOP = TABLE_TOP + 6;

export const SETTINGS_SHEET: SheetSpec = {
  id: 'settings',
  name: 'sheet.settings',
  visible: true,
  tabColor: '#0F6C74',
  freezeRows: TABLE_TOP + 1,
  tables: [
    { table: SETTINGS_TABLE, top: TABLE_TOP, left: 0 },
    { table: AREAS_TABLE, top: TABLE_TOP, left: 4 },
    { table: AGENCIES_TABLE, top: TABLE_TOP, left: 7 },
  ],
};

export const NAP_SHEET: SheetSpec = {
  id: 'nap',
  name: 'sheet.nap',
  visible: true,
  tabColor: '#1F4E79',
  freezeRows: TABLE_TOP + 1,
  tables: [
    { table: OBJECTIVES_TABLE, top: TABLE_TOP, left: 0 },
    { table: INDICATORS_TABLE, top: TABLE_TOP, left: 4 },
  ],
};

export const ACTIVITIES_SHEET: SheetSpec = {
  id: 'activities',
  name: 'sheet.activities',
  visible: true,
  tabColor: '#1F4E79',
  freezeRows: TABLE_TOP + 1,
  tables: [
    { table: KEY_MEASURES_TABLE, top: TABLE_TOP, left: 0 },
    { table: ACTIVITIES_TABLE, top: TABLE_TOP, left: 4 },
  ],
};

/** Annex 4: the header block (Purpose, Context, Reporting, Review & Evaluation) above the plan table. */
export const ME_PLAN_SHEET: SheetSpec = {
  id: 'mePlan',
  name: 'sheet.mePlan',
  visible: true,
  tabColor: '#7A4E9C',
  freezeRows: ME_PLAN_TOP + 1,
  tables: [
    { table: ME_HEADER_TABLE, top: TABLE_TOP, left: 0 },
    { table: ME_PLAN_TABLE, top: ME_PLAN_TOP, left: 0 },
  ],
};

export const PROGRESS_SHEET: SheetSpec = {
  id: 'progress',
  name: 'sheet.progress',
  visible: true,
  tabColor: '#107C10',
  freezeRows: TABLE_TOP + 1,
  tables: [{ table: PROGRESS_TABLE, top: TABLE_TOP, left: 0 }],
};

/** The hidden sheet the dropdowns read from; one column per list. */
export const LISTS_SHEET: SheetSpec = {
  id: 'lists',
  name: 'sheet.lists',
  visible: false,
  freezeRows: 0,
  tables: [{ table: LISTS_TABLE, top: 1, left: 0 }],
};

export const PLAN_SHEETS: readonly SheetSpec[] = [
  SETTINGS_SHEET,
  NAP_SHEET,
  ACTIVITIES_SHEET,
  ME_PLAN_SHEET,
  PROGRESS_SHEET,
  LISTS_SHEET,
];

/** Every table the set-up writes, in sheet order. */
export const SETUP_TABLES = PLAN_SHEETS.flatMap((sheet) => sheet.tables.map((placement) => placement.table));

export const LAYOUT_VERSION = 1;
