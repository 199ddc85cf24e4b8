import { isWholeColumns, isWholeRows, type Rect } from '../address';
import { cellKey, keyCol, keyRow } from './cellMap';
import type { SheetState } from './sheet';
import { DEFAULT_STYLE, patchStyle, type CellStyle, type StylePatch } from './style';

/** Applies a style change to every cell of `rect`; whole columns/rows keep one style for the line. */
export function applyStyle(sheet: SheetState, rect: Rect, patch: StylePatch): void {
  const memo = new Map<CellStyle, CellStyle>();
  const patched = (style: CellStyle): CellStyle => {
    let next = memo.get(style);
    if (!next) {
      next = patchStyle(style, patch);
      memo.set(style, next);
    }
    return next;
  };
  if (isWholeColumns(rect) || isWholeRows(rect)) {
    const lines = isWholeColumns(rect) ? sheet.columnStyles : sheet.rowStyles;
    const [from, to] = isWholeColumns(rect) ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
    for (let i = from; i <= to; i++) lines.set(i, patched(lines.get(i) ?? DEFAULT_STYLE));
    for (const [key, style] of sheet.styles) {
      const row = keyRow(key);
      const col = keyCol(key);
      if (row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1) sheet.styles.set(key, patched(style));
    }
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) sheet.styles.set(cellKey(r, c), patched(sheet.style(r, c)));
  }
}

/** The shared value of one style property over `rect`, or undefined when cells differ. */
export function uniformStyle<K extends keyof CellStyle>(
  sheet: SheetState,
  rect: Rect,
  property: K,
): { value: CellStyle[K] } | undefined {
  const first = sheet.style(rect.r0, rect.c0)[property];
  // Past the last styled row every row looks like that row's column style, so one more row is enough.
  const r1 = Math.min(rect.r1, lastStyledRow(sheet) + 1);
  for (let r = rect.r0; r <= r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      if (sheet.style(r, c)[property] !== first) return undefined;
    }
  }
  return { value: first };
}

/** As Excel reports a format property: the shared value, or null when the cells differ. */
export function readStyle<K extends keyof CellStyle>(sheet: SheetState, rect: Rect, property: K): CellStyle[K] | null {
  return uniformStyle(sheet, rect, property)?.value ?? null;
}

function lastStyledRow(sheet: SheetState): number {
  let last = sheet.usedRect(false)?.r1 ?? 0;
  for (const row of sheet.rowStyles.keys()) last = Math.max(last, row);
  return last;
}

export function clearStyles(sheet: SheetState, rect: Rect): void {
  if (isWholeColumns(rect)) for (let c = rect.c0; c <= rect.c1; c++) sheet.columnStyles.delete(c);
  if (isWholeRows(rect)) for (let r = rect.r0; r <= rect.r1; r++) sheet.rowStyles.delete(r);
  for (const key of [...sheet.styles.keys()]) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1) sheet.styles.delete(key);
  }
}
