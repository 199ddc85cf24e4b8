import { fail } from '../errors';
import { renameSheetReferences } from './rename';
import type { SheetState, Visibility } from './sheet';
import type { WorkbookState } from './workbook';

const FORBIDDEN = /[:\\/?*[\]]/;
const VISIBILITIES: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

/**
 * Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not blank, no apostrophe at either
 * end, not "History", unique ignoring case. Broken rules → InvalidArgument; a taken name → ItemAlreadyExists.
 */
export function assertSheetName(
  wb: WorkbookState,
  name: unknown,
  location: string,
  self?: SheetState,
): asserts name is string {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || FORBIDDEN.test(name))
    fail('InvalidArgument', location);
  if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') fail('InvalidArgument', location);
  const other = wb.sheetByName(name);
  if (other && other !== self) fail('ItemAlreadyExists', location);
}

function defaultSheetName(wb: WorkbookState): string {
  let n = 1;
  while (wb.sheetByName(`Sheet${n}`)) n += 1;
  return `Sheet${n}`;
}

export function addSheet(wb: WorkbookState, name: unknown, location: string): SheetState {
  const chosen = name === undefined || name === null ? defaultSheetName(wb) : name;
  assertSheetName(wb, chosen, location);
  return wb.createSheet(chosen);
}

export function renameSheet(wb: WorkbookState, sheet: SheetState, name: unknown, location: string): void {
  assertSheetName(wb, name, location, sheet);
  const old = sheet.name;
  sheet.name = name;
  renameSheetReferences(wb, old, name);
  wb.changed();
}

function visibleSheets(wb: WorkbookState): SheetState[] {
  return wb.sheets.filter((s) => s.visibility === 'Visible');
}

/** When the active sheet goes away or is hidden, Excel shows the next visible sheet (or the previous one). */
function moveActivationFrom(wb: WorkbookState, sheet: SheetState): void {
  if (wb.activeSheetId !== sheet.id) return;
  const index = wb.sheets.indexOf(sheet);
  const after = wb.sheets.slice(index + 1).find((s) => s !== sheet && s.visibility === 'Visible');
  const before = [...wb.sheets.slice(0, index)].reverse().find((s) => s.visibility === 'Visible');
  const next = after ?? before;
  if (next) activate(wb, next, 'Worksheet.activate');
}

export function setVisibility(wb: WorkbookState, sheet: SheetState, visibility: unknown, location: string): void {
  if (!VISIBILITIES.includes(visibility as Visibility)) fail('InvalidArgument', location);
  if (visibility !== 'Visible' && sheet.visibility === 'Visible' && visibleSheets(wb).length === 1) {
    fail('InvalidOperation', location, 'A workbook must contain at least one visible worksheet.');
  }
  sheet.visibility = visibility as Visibility;
  if (visibility !== 'Visible') moveActivationFrom(wb, sheet);
  wb.changed();
}

export function setPosition(wb: WorkbookState, sheet: SheetState, position: unknown, location: string): void {
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= wb.sheets.length) {
    fail('InvalidArgument', location);
  }
  wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
  wb.sheets.splice(position, 0, sheet);
  wb.changed();
}

export function deleteSheet(wb: WorkbookState, sheet: SheetState, location: string): void {
  if (sheet.visibility === 'Visible' && visibleSheets(wb).length === 1) {
    fail('InvalidOperation', location, 'A workbook must contain at least one visible worksheet.');
  }
  moveActivationFrom(wb, sheet);
  wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
  sheet.deleted = true;
  for (const table of wb.tables.filter((t) => t.sheet === sheet)) {
    table.deleted = true;
    wb.tables.splice(wb.tables.indexOf(table), 1);
  }
  wb.changed();
}

/** Only a visible sheet can be shown; activating it also moves the selection there. */
export function activate(wb: WorkbookState, sheet: SheetState, location: string): void {
  if (sheet.visibility !== 'Visible') fail('InvalidOperation', location);
  if (wb.activeSheetId === sheet.id) return;
  wb.activeSheetId = sheet.id;
  wb.selection = { sheetId: sheet.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  wb.changed();
}
