import type { Rect } from '../address';
import type { Node } from './parser';
import type { Scalar, Value } from './values';

/** What the evaluator needs from a workbook; the fake's model implements it. */
export interface FormulaHost {
  sheetIdByName(name: string): string | null;
  sheetName(sheetId: string): string;
  /** The computed value of a cell (formulas evaluated); null when the cell is empty. */
  cellValue(sheetId: string, row: number, col: number): Scalar;
  /** The extent that holds any content, so whole-column references stay cheap. */
  usedExtent(sheetId: string): { rows: number; cols: number };
  /** A defined name's parsed formula, or null when there is no such name. */
  definedName(name: string): Node | null;
}

export interface EvalContext {
  host: FormulaHost;
  sheetId: string;
  /** The cell that holds the formula (ROW(), COLUMN(), implicit intersection). */
  row: number;
  col: number;
  /** Shift applied to relative references (conditional formats evaluated at another cell than their anchor). */
  rowShift: number;
  colShift: number;
}

/** An argument, evaluated only when a function asks for it (IF and IFERROR skip the branch they do not take). */
export type Thunk = () => Value;

export type RectVisitor = (value: Scalar, row: number, col: number) => void;

/** Visits the cells of `rect` that can hold content; returns how many blank cells beyond the used extent were skipped. */
export function forEachCell(ctx: EvalContext, sheetId: string, rect: Rect, visit: RectVisitor): number {
  const extent = ctx.host.usedExtent(sheetId);
  const r1 = Math.min(rect.r1, extent.rows - 1);
  const c1 = Math.min(rect.c1, extent.cols - 1);
  let visited = 0;
  for (let r = rect.r0; r <= r1; r++) {
    for (let c = rect.c0; c <= c1; c++) {
      visit(ctx.host.cellValue(sheetId, r, c), r, c);
      visited += 1;
    }
  }
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1) - visited;
}
