import type { CellBox } from '../a1Range';

/** A1 reference of one cell, 0-based; `outside` when well formed but past the grid (e.g. XFE1, A1048577). */
export type CellRef = { row: number; column: number } | 'outside' | null;

const DOLLAR = 36;
/** Letters and digits beyond these are far past any grid; the cap keeps the arithmetic exact. */
const MAX_LETTERS = 7;
const MAX_DIGITS = 12;

/** Scanned by hand rather than by a regular expression: a sheet has one reference per cell. */
export function parseCellRef(text: string, maxRows: number, maxColumns: number): CellRef {
  let i = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let column = 0;
  const lettersFrom = i;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  const letters = i - lettersFrom;
  if (letters === 0 || letters > MAX_LETTERS) return null;
  if (text.charCodeAt(i) === DOLLAR) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  const digits = i - digitsFrom;
  if (digits === 0 || digits > MAX_DIGITS || row < 1) return null;
  if (row > maxRows || column > maxColumns) return 'outside';
  return { row: row - 1, column: column - 1 };
}

/** "B3:D5" or "B3" as a box; `outside` when a corner is past the grid; null when it is not a range. */
export function parseRangeRef(text: string, maxRows: number, maxColumns: number): CellBox | 'outside' | null {
  const corners = text.split(':');
  if (corners.length > 2) return null;
  const from = parseCellRef(corners[0], maxRows, maxColumns);
  const to = parseCellRef(corners[1] ?? corners[0], maxRows, maxColumns);
  if (from === null || to === null) return null;
  if (from === 'outside' || to === 'outside') return 'outside';
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}
