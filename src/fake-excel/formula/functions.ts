import { columnLetters, MAX_COLUMNS, MAX_ROWS, quoteSheetName, type Rect } from '../address';
import { formatValue } from '../format/numberFormat';
import { makeCriterion, type Criterion } from './criteria';
import { scalarOf } from './deref';
import { forEachCell, type EvalContext, type Thunk } from './host';
import {
  compareScalars,
  ExcelError,
  hasWildcards,
  isError,
  isRange,
  NA,
  parseNumericText,
  REF,
  toBoolean,
  toNumber,
  toText,
  VALUE,
  wildcardRegExp,
  type RangeRef,
  type Scalar,
  type Value,
} from './values';

/** The worksheet functions the fake evaluates; any other name evaluates to #NAME?. */
export type WorksheetFunction = (args: Thunk[], ctx: EvalContext) => Value;

const scalarArg = (args: Thunk[], i: number, ctx: EvalContext): Scalar => scalarOf(args[i](), ctx);

function numberArg(args: Thunk[], i: number, ctx: EvalContext, fallback?: number): number | ExcelError {
  if (i >= args.length) return fallback ?? VALUE;
  return toNumber(scalarArg(args, i, ctx));
}

function textArg(args: Thunk[], i: number, ctx: EvalContext): string | ExcelError {
  return toText(scalarArg(args, i, ctx));
}

function firstError(...values: unknown[]): ExcelError | null {
  return (values.find((v) => isError(v)) as ExcelError | undefined) ?? null;
}

/**
 * The values of a function's arguments: cells of references through `fromCell` (undefined skips a cell),
 * direct arguments through `fromArgument`. The first error wins.
 */
function collect<T>(
  args: Thunk[],
  ctx: EvalContext,
  fromCell: (cell: Scalar) => T | undefined,
  fromArgument: (v: Scalar) => T | ExcelError,
): T[] | ExcelError {
  const out: T[] = [];
  for (const thunk of args) {
    const v = thunk();
    if (isRange(v)) {
      let error: ExcelError | null = null;
      forEachCell(ctx, v.sheetId, v.rect, (cell) => {
        if (isError(cell)) error = error ?? cell;
        else {
          const item = fromCell(cell);
          if (item !== undefined) out.push(item);
        }
      });
      if (error) return error;
    } else {
      const item = fromArgument(v);
      if (isError(item)) return item;
      out.push(item);
    }
  }
  return out;
}

/** SUM/MIN/MAX: references give their numbers only; direct arguments are coerced ("2" → 2, TRUE → 1). */
function collectNumbers(args: Thunk[], ctx: EvalContext): number[] | ExcelError {
  return collect(args, ctx, (cell) => (typeof cell === 'number' ? cell : undefined), toNumber);
}

/** AND/OR: references give their logical values and numbers; at least one is needed. */
function collectBooleans(args: Thunk[], ctx: EvalContext): boolean[] | ExcelError {
  const flags = collect(
    args,
    ctx,
    (cell) => (typeof cell === 'boolean' ? cell : typeof cell === 'number' ? cell !== 0 : undefined),
    toBoolean,
  );
  return !isError(flags) && flags.length === 0 ? VALUE : flags;
}

function extremum(args: Thunk[], ctx: EvalContext, pick: (a: number, b: number) => number): Value {
  const numbers = collectNumbers(args, ctx);
  if (isError(numbers)) return numbers;
  return numbers.length === 0 ? 0 : numbers.reduce((a, b) => pick(a, b));
}

function countIfs(pairs: { range: RangeRef; criterion: Criterion }[], ctx: EvalContext): Value {
  const rows = pairs[0].range.rect.r1 - pairs[0].range.rect.r0 + 1;
  const cols = pairs[0].range.rect.c1 - pairs[0].range.rect.c0 + 1;
  if (
    pairs.some((p) => p.range.rect.r1 - p.range.rect.r0 + 1 !== rows || p.range.rect.c1 - p.range.rect.c0 + 1 !== cols)
  ) {
    return VALUE;
  }
  const extents = pairs.map((p) => ctx.host.usedExtent(p.range.sheetId));
  const lastRow = Math.min(rows, Math.max(...pairs.map((p, i) => extents[i].rows - p.range.rect.r0)));
  const lastCol = Math.min(cols, Math.max(...pairs.map((p, i) => extents[i].cols - p.range.rect.c0)));
  let count = 0;
  let visited = 0;
  for (let dr = 0; dr < Math.max(0, lastRow); dr++) {
    for (let dc = 0; dc < Math.max(0, lastCol); dc++) {
      visited += 1;
      const all = pairs.every((p) =>
        p.criterion(ctx.host.cellValue(p.range.sheetId, p.range.rect.r0 + dr, p.range.rect.c0 + dc)),
      );
      if (all) count += 1;
    }
  }
  if (pairs.every((p) => p.criterion(null))) count += rows * cols - visited;
  return count;
}

function criteriaPairs(args: Thunk[], ctx: EvalContext): { range: RangeRef; criterion: Criterion }[] | ExcelError {
  if (args.length < 2 || args.length % 2 !== 0) return VALUE;
  const pairs: { range: RangeRef; criterion: Criterion }[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const range = args[i]();
    if (!isRange(range)) return VALUE;
    pairs.push({ range, criterion: makeCriterion(scalarArg(args, i + 1, ctx)) });
  }
  return pairs;
}

function index(args: Thunk[], ctx: EvalContext): Value {
  const source = args[0]();
  let row = numberArg(args, 1, ctx, 1);
  let col = numberArg(args, 2, ctx, 1);
  const error = firstError(row, col);
  if (error) return error;
  row = Math.trunc(row as number);
  col = Math.trunc(col as number);
  if (!isRange(source)) return row <= 1 && col <= 1 ? source : REF;
  const { rect } = source;
  const height = rect.r1 - rect.r0 + 1;
  const width = rect.c1 - rect.c0 + 1;
  if (height === 1 && args.length === 2) {
    col = row;
    row = 1;
  }
  if (row < 0 || col < 0 || row > height || col > width) return REF;
  const r: [number, number] = row === 0 ? [rect.r0, rect.r1] : [rect.r0 + row - 1, rect.r0 + row - 1];
  const c: [number, number] = col === 0 ? [rect.c0, rect.c1] : [rect.c0 + col - 1, rect.c0 + col - 1];
  return { kind: 'range', sheetId: source.sheetId, rect: { r0: r[0], r1: r[1], c0: c[0], c1: c[1] } };
}

function match(args: Thunk[], ctx: EvalContext): Value {
  const lookup = scalarArg(args, 0, ctx);
  if (isError(lookup)) return lookup;
  if (lookup === null) return NA;
  const source = args[1]();
  const type = numberArg(args, 2, ctx, 1);
  if (isError(type)) return type;
  if (!isRange(source)) return NA;
  const { rect } = source;
  if (rect.r0 !== rect.r1 && rect.c0 !== rect.c1) return NA;
  const cells: Scalar[] = [];
  forEachCell(ctx, source.sheetId, rect, (cell) => cells.push(cell));
  const sameKind = (cell: Scalar): cell is string | number | boolean =>
    cell !== null && !isError(cell) && typeof cell === typeof lookup;
  if (type === 0) {
    const pattern = typeof lookup === 'string' && hasWildcards(lookup) ? wildcardRegExp(lookup) : null;
    const found = cells.findIndex((cell) =>
      pattern ? typeof cell === 'string' && pattern.test(cell) : sameKind(cell) && compareScalars(cell, lookup) === 0,
    );
    return found < 0 ? NA : found + 1;
  }
  const ascending = type > 0;
  let candidate = -1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!sameKind(cell)) continue;
    const c = compareScalars(cell, lookup);
    if (ascending ? c <= 0 : c >= 0) candidate = i;
    else break;
  }
  return candidate < 0 ? NA : candidate + 1;
}

function address(args: Thunk[], ctx: EvalContext): Value {
  const row = numberArg(args, 0, ctx);
  const col = numberArg(args, 1, ctx);
  const absNum = numberArg(args, 2, ctx, 1);
  const a1 = args.length > 3 ? toBoolean(scalarArg(args, 3, ctx) ?? true) : true;
  const sheet = args.length > 4 ? textArg(args, 4, ctx) : '';
  const error = firstError(row, col, absNum, a1, sheet);
  if (error) return error;
  const r = Math.trunc(row as number);
  const c = Math.trunc(col as number);
  const abs = Math.trunc(absNum as number);
  if (r < 1 || r > MAX_ROWS || c < 1 || c > MAX_COLUMNS || abs < 1 || abs > 4) return VALUE;
  const absRow = abs === 1 || abs === 2;
  const absCol = abs === 1 || abs === 3;
  const local = a1
    ? `${absCol ? '$' : ''}${columnLetters(c - 1)}${absRow ? '$' : ''}${r}`
    : `R${absRow ? r : `[${r}]`}C${absCol ? c : `[${c}]`}`;
  return sheet === '' ? local : `${quoteSheetName(sheet as string)}!${local}`;
}

function position(args: Thunk[], ctx: EvalContext, pick: (rect: Rect) => number, own: number): Value {
  if (args.length === 0) return own + 1;
  const v = args[0]();
  return isRange(v) ? pick(v.rect) + 1 : VALUE;
}

function textFunction(args: Thunk[], ctx: EvalContext, transform: (text: string) => Value): Value {
  const text = textArg(args, 0, ctx);
  return isError(text) ? text : transform(text);
}

function isFunction(test: (v: Scalar) => boolean): WorksheetFunction {
  return (args, ctx) => test(scalarArg(args, 0, ctx));
}

export const FUNCTIONS: Record<string, WorksheetFunction> = {
  SUM: (args, ctx) => {
    const numbers = collectNumbers(args, ctx);
    return isError(numbers) ? numbers : numbers.reduce((a, b) => a + b, 0);
  },
  MIN: (args, ctx) => extremum(args, ctx, Math.min),
  MAX: (args, ctx) => extremum(args, ctx, Math.max),
  COUNTA: (args, ctx) => {
    let count = 0;
    for (const thunk of args) {
      const v = thunk();
      if (isRange(v)) forEachCell(ctx, v.sheetId, v.rect, (cell) => (count += cell === null ? 0 : 1));
      else if (v !== null) count += 1;
    }
    return count;
  },
  IF: (args, ctx) => {
    const condition = toBoolean(scalarArg(args, 0, ctx));
    if (isError(condition)) return condition;
    if (condition) return args.length > 1 ? (args[1]() ?? 0) : true;
    return args.length > 2 ? (args[2]() ?? 0) : false;
  },
  IFERROR: (args, ctx) => {
    const v = args[0]();
    return isError(scalarOf(v, ctx)) ? args[1]() : v;
  },
  IFNA: (args, ctx) => {
    const v = args[0]();
    return scalarOf(v, ctx) === NA ? args[1]() : v;
  },
  AND: (args, ctx) => {
    const flags = collectBooleans(args, ctx);
    return isError(flags) ? flags : flags.every(Boolean);
  },
  OR: (args, ctx) => {
    const flags = collectBooleans(args, ctx);
    return isError(flags) ? flags : flags.some(Boolean);
  },
  NOT: (args, ctx) => {
    const b = toBoolean(scalarArg(args, 0, ctx));
    return isError(b) ? b : !b;
  },
  ISBLANK: isFunction((v) => v === null),
  ISNUMBER: isFunction((v) => typeof v === 'number'),
  ISTEXT: isFunction((v) => typeof v === 'string'),
  ISERROR: isFunction((v) => isError(v)),
  COUNTIF: (args, ctx) => {
    if (args.length !== 2) return VALUE;
    const pairs = criteriaPairs(args, ctx);
    return isError(pairs) ? pairs : countIfs(pairs, ctx);
  },
  COUNTIFS: (args, ctx) => {
    const pairs = criteriaPairs(args, ctx);
    return isError(pairs) ? pairs : countIfs(pairs, ctx);
  },
  INDEX: index,
  MATCH: match,
  ROW: (args, ctx) => position(args, ctx, (rect) => rect.r0, ctx.row),
  COLUMN: (args, ctx) => position(args, ctx, (rect) => rect.c0, ctx.col),
  ADDRESS: address,
  LEN: (args, ctx) => textFunction(args, ctx, (text) => text.length),
  TRIM: (args, ctx) => textFunction(args, ctx, (text) => text.replace(/ +/g, ' ').trim()),
  UPPER: (args, ctx) => textFunction(args, ctx, (text) => text.toUpperCase()),
  LOWER: (args, ctx) => textFunction(args, ctx, (text) => text.toLowerCase()),
  TEXT: (args, ctx) => {
    const value = scalarArg(args, 0, ctx);
    const format = textArg(args, 1, ctx);
    const error = firstError(value, format);
    if (error) return error;
    const numeric = typeof value === 'string' ? parseNumericText(value) : null;
    const shown = numeric ?? (value as Exclude<Scalar, ExcelError>);
    return formatValue(shown, format as string);
  },
};
