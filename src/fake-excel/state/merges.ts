import { intersects, type Rect } from '../address';
import { fail } from '../errors';
import { clearContents } from './cells';
import { assertUnprotected } from './protection';
import { cellKey } from './cellMap';
import type { SheetState } from './sheet';
import type { WorkbookState } from './workbook';

/** Range.merge: cells in a table cannot be merged; merging keeps only the top-left value (per row when `across`). */
export function mergeCells(wb: WorkbookState, sheet: SheetState, rect: Rect, across: boolean, location: string): void {
  assertUnprotected(sheet, location);
  if (wb.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) fail('InvalidOperation', location);
  const areas = across
    ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i }))
    : [rect];
  for (const area of areas) {
    const keep = sheet.contents.get(cellKey(area.r0, area.c0));
    clearContents(sheet, area);
    if (keep) sheet.contents.set(cellKey(area.r0, area.c0), keep);
  }
  sheet.merges = [...sheet.merges.filter((m) => !intersects(m, rect)), ...areas];
  wb.changed();
}

export function unmergeCells(wb: WorkbookState, sheet: SheetState, rect: Rect, location: string): void {
  assertUnprotected(sheet, location);
  sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
  wb.changed();
}
