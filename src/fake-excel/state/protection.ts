import { fail } from '../errors';
import type { Rect } from '../address';
import type { SheetState } from './sheet';

/**
 * Worksheet protection as Excel enforces it: writes to locked cells (every cell unless
 * format.protection.locked = false) and structural changes on a protected sheet are AccessDenied.
 * Protecting twice fails (the docs: "Fails if the worksheet has already been protected");
 * the fake reports InvalidOperation for that, and AccessDenied for a wrong unprotect password.
 */

const LARGE_RECT = 2_000_000;

export function protect(
  sheet: SheetState,
  options: Record<string, unknown> | undefined,
  password: string | undefined,
): void {
  if (sheet.protection.protected) fail('InvalidOperation', 'WorksheetProtection.protect');
  sheet.protection = { protected: true, options: { ...(options ?? {}) }, password: password ?? null };
}

export function unprotect(sheet: SheetState, password: string | undefined): void {
  if (!sheet.protection.protected) return;
  if (sheet.protection.password !== null && sheet.protection.password !== (password ?? null)) {
    fail('AccessDenied', 'WorksheetProtection.unprotect');
  }
  sheet.protection = { protected: false, options: {}, password: null };
}

/** Throws AccessDenied when the sheet is protected and any cell of `rect` is locked. */
export function assertCellsEditable(sheet: SheetState, rect: Rect, location: string): void {
  if (!sheet.protection.protected) return;
  const area = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
  if (area > LARGE_RECT) fail('AccessDenied', location);
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      if (sheet.style(r, c).locked) fail('AccessDenied', location);
    }
  }
}

export type FormatKind = 'cells' | 'columns' | 'rows';

const FORMAT_OPTION: Record<FormatKind, string> = {
  cells: 'allowFormatCells',
  columns: 'allowFormatColumns',
  rows: 'allowFormatRows',
};

export function assertFormattable(sheet: SheetState, kind: FormatKind, location: string): void {
  if (sheet.protection.protected && sheet.protection.options[FORMAT_OPTION[kind]] !== true)
    fail('AccessDenied', location);
}

/** Tables, validation, conditional formats, merges: not on a protected sheet. */
export function assertUnprotected(sheet: SheetState, location: string, allowedBy?: string): void {
  if (!sheet.protection.protected) return;
  if (allowedBy && sheet.protection.options[allowedBy] === true) return;
  fail('AccessDenied', location);
}
