import type { Rect } from '../address';
import { fail } from '../errors';
import type { SheetState } from './sheet';
import type { WorkbookState } from './workbook';

/** Range.select: the range's sheet becomes the active one; a hidden sheet cannot be shown this way. */
export function select(wb: WorkbookState, sheet: SheetState, rect: Rect, location: string): void {
  if (sheet.visibility !== 'Visible') fail('InvalidOperation', location);
  wb.activeSheetId = sheet.id;
  wb.selection = { sheetId: sheet.id, rect: { ...rect } };
  wb.changed();
}
