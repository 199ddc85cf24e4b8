import ExcelJS from 'exceljs';

/** What the agency may still do on a protected sheet: select cells, widen columns and rows; nothing else. */
const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  formatCells: false,
  insertRows: false,
  insertColumns: false,
  deleteRows: false,
  deleteColumns: false,
  sort: false,
  autoFilter: false,
};

/** exceljs's sheet protection model (hash, salt, spin count and flags) as it sits on `worksheet.sheetProtection`. */
export type SheetProtection = Record<string, unknown>;

/**
 * The protection of every sheet of every form of one run, computed once: with a password, exceljs spends
 * 100,000 SHA-512 rounds per call (close to a second), so dozens of forms would stall the task pane.
 * Without a password the sheets are still protected against accidental edits.
 */
export async function formProtection(password: string): Promise<SheetProtection> {
  const scratch = new ExcelJS.Workbook().addWorksheet('protection');
  await scratch.protect(password, ALLOWED);
  return (scratch as unknown as { sheetProtection: SheetProtection }).sheetProtection;
}

export function applyProtection(worksheet: ExcelJS.Worksheet, protection: SheetProtection): void {
  (worksheet as unknown as { sheetProtection: SheetProtection }).sheetProtection = { ...protection };
}
