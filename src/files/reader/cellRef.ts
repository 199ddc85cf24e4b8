import type { CellBox } from '../a1Range';

/** A1 reference of one cell, 0-based; `outside` when well formed but past the grid (e.g. XFE1, A1048577). */
export type CellRef = { row: number; column: number } | 'outside' | null;

const REF = /^\$?([A-Za-z]{1,7})\$?(\d{1,12})$/;

export function parseCellRef(text: string, maxRows: number, maxColumns: number): CellRef {
  const match = REF.exec(text);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1) return null;
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
