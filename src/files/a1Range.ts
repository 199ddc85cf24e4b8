import { cellAddress } from '../sheets/layout';

/** A rectangle of cells, 0-based and inclusive, as in the gateway's `top`/`left`. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return null;
  return { row: row - 1, column: column - 1 };
}

/** "B3:D5" or "B3" → a box; null for anything else (whole columns, other sheets, nonsense from a file). */
export function parseA1Range(ref: string): CellBox | null {
  const [first, second = first, ...rest] = ref.trim().split(':');
  const from = parseCell(first);
  const to = parseCell(second);
  if (!from || !to || rest.length > 0) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}

export function a1Range(box: CellBox): string {
  return `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;
}

export function boxesOverlap(a: CellBox, b: CellBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
