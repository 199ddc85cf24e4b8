/** A1 addresses: parsing, formatting and sheet-name quoting as Excel writes them. Rows and columns are 0-based. */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** An inclusive rectangle of cells. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** -1 when the letters are not a column Excel has (A..XFD). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n >= 1 && n <= MAX_COLUMNS ? n - 1 : -1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  return col >= 0 && row >= 0 && row < MAX_ROWS ? { row, col } : null;
}

function normalize(a: { row: number; col: number }, b: { row: number; col: number }): Rect {
  return {
    r0: Math.min(a.row, b.row),
    c0: Math.min(a.col, b.col),
    r1: Math.max(a.row, b.row),
    c1: Math.max(a.col, b.col),
  };
}

/** The part after the sheet prefix: "A1", "A1:C5", "A:C", "1:3", with or without "$". */
export function parseLocalAddress(text: string): Rect | null {
  const parts = text.trim().split(':');
  if (parts.length === 1) {
    const cell = parseCell(parts[0]);
    return cell ? normalize(cell, cell) : null;
  }
  if (parts.length !== 2) return null;
  const [left, right] = parts;
  const a = parseCell(left);
  const b = parseCell(right);
  if (a && b) return normalize(a, b);
  const colA = COLUMN.exec(left);
  const colB = COLUMN.exec(right);
  if (colA && colB) {
    const c0 = columnIndex(colA[1]);
    const c1 = columnIndex(colB[1]);
    if (c0 < 0 || c1 < 0) return null;
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  }
  const rowA = ROW.exec(left);
  const rowB = ROW.exec(right);
  if (rowA && rowB) {
    const r0 = Number(rowA[1]) - 1;
    const r1 = Number(rowB[1]) - 1;
    if (r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAX_COLUMNS - 1 };
  }
  return null;
}

/**
 * Reads text quoted with `quote` starting at `at` (the opening quote), where a doubled quote stands for one:
 * 'Bob''s' → Bob's, "say ""hi""" → say "hi". Returns the text and the index after the closing quote.
 */
export function readQuoted(text: string, at: number, quote: string): { value: string; end: number } | null {
  let value = '';
  let i = at + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return { value, end: i + 1 };
      i += 1;
    }
    value += text[i];
    i += 1;
  }
  return null;
}

/** Splits "'My Sheet'!A1:B2" into its sheet name (unquoted) and local part. */
export function splitSheetPrefix(text: string): { sheet: string | null; local: string } | null {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    const quoted = readQuoted(trimmed, 0, "'");
    if (!quoted || trimmed[quoted.end] !== '!') return null;
    return { sheet: quoted.value, local: trimmed.slice(quoted.end + 1) };
  }
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: trimmed };
  return { sheet: trimmed.slice(0, bang), local: trimmed.slice(bang + 1) };
}

export function parseAddress(text: string): ParsedAddress | null {
  const split = splitSheetPrefix(text);
  if (!split) return null;
  const rect = parseLocalAddress(split.local);
  return rect ? { sheet: split.sheet, rect } : null;
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
}

/** "A1", "A1:C3", "A:C" or "1:3", as Range.address shows it after the sheet name. */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isWholeColumns(rect) && !isWholeRows(rect)) {
    return `${d}${columnLetters(rect.c0)}:${d}${columnLetters(rect.c1)}`;
  }
  if (isWholeRows(rect)) return `${d}${rect.r0 + 1}:${d}${rect.r1 + 1}`;
  const first = `${d}${columnLetters(rect.c0)}${d}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return first;
  return `${first}:${d}${columnLetters(rect.c1)}${d}${rect.r1 + 1}`;
}

const PLAIN_SHEET_NAME = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^([Rr]\d*([Cc]\d*)?|[Cc]\d*)$/;

/** Excel quotes a sheet name in references unless it is a plain identifier that is not also a cell address. */
export function quoteSheetName(name: string): string {
  const plain = PLAIN_SHEET_NAME.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

/** `rect` minus `hole`, as up to four non-overlapping rectangles. */
export function subtractRect(rect: Rect, hole: Rect): Rect[] {
  const cut = intersection(rect, hole);
  if (!cut) return [rect];
  const pieces: Rect[] = [];
  if (rect.r0 < cut.r0) pieces.push({ r0: rect.r0, c0: rect.c0, r1: cut.r0 - 1, c1: rect.c1 });
  if (cut.r1 < rect.r1) pieces.push({ r0: cut.r1 + 1, c0: rect.c0, r1: rect.r1, c1: rect.c1 });
  if (rect.c0 < cut.c0) pieces.push({ r0: cut.r0, c0: rect.c0, r1: cut.r1, c1: cut.c0 - 1 });
  if (cut.c1 < rect.c1) pieces.push({ r0: cut.r0, c0: cut.c1 + 1, r1: cut.r1, c1: rect.c1 });
  return pieces;
}

export function isInsideSheet(rect: Rect): boolean {
  return (
    rect.r0 >= 0 &&
    rect.c0 >= 0 &&
    rect.r1 < MAX_ROWS &&
    rect.c1 < MAX_COLUMNS &&
    rect.r0 <= rect.r1 &&
    rect.c0 <= rect.c1
  );
}
