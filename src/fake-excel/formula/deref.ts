import type { EvalContext } from './host';
import { isRange, VALUE, type RangeRef, type Scalar, type Value } from './values';

/** A value where one cell is expected: a single cell, or implicit intersection with the formula's row/column. */
export function scalarOf(v: Value, ctx: EvalContext): Scalar {
  if (!isRange(v)) return v;
  const cell = singleCellOf(v, ctx);
  return cell ? ctx.host.cellValue(v.sheetId, cell.row, cell.col) : VALUE;
}

function singleCellOf(v: RangeRef, ctx: EvalContext): { row: number; col: number } | null {
  const { rect } = v;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return { row: rect.r0, col: rect.c0 };
  if (rect.c0 === rect.c1 && ctx.row >= rect.r0 && ctx.row <= rect.r1) return { row: ctx.row, col: rect.c0 };
  if (rect.r0 === rect.r1 && ctx.col >= rect.c0 && ctx.col <= rect.c1) return { row: rect.r0, col: ctx.col };
  return null;
}
