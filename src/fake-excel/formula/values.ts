import type { Rect } from '../address';
import { numberToText } from '../format/generalNumber';

/** Values inside formula evaluation, and Excel's coercion rules between them. */

export class ExcelError {
  private static readonly all = new Map<string, ExcelError>();
  private constructor(readonly code: string) {}
  static of(code: string): ExcelError {
    let e = ExcelError.all.get(code);
    if (!e) {
      e = new ExcelError(code);
      ExcelError.all.set(code, e);
    }
    return e;
  }
}

export const NA = ExcelError.of('#N/A');
export const REF = ExcelError.of('#REF!');
export const VALUE = ExcelError.of('#VALUE!');
export const DIV0 = ExcelError.of('#DIV/0!');
export const NAME = ExcelError.of('#NAME?');
export const NUM = ExcelError.of('#NUM!');

/** null is a blank cell (not the empty string). */
export type Scalar = number | string | boolean | ExcelError | null;

/** A reference that has not been read yet, so INDEX/ROW/ISBLANK can see the cell itself. */
export interface RangeRef {
  kind: 'range';
  sheetId: string;
  rect: Rect;
}

export type Value = Scalar | RangeRef;

export function isRange(v: Value): v is RangeRef {
  return typeof v === 'object' && v !== null && !(v instanceof ExcelError);
}

export function isError(v: unknown): v is ExcelError {
  return v instanceof ExcelError;
}

const NUMERIC_TEXT = /^[+-]?(\d+(,\d{3})*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** "12", " 1,234.5 ", "10%" → number; anything else → null. */
export function parseNumericText(text: string): number | null {
  const t = text.trim();
  if (!NUMERIC_TEXT.test(t) || !/\d/.test(t)) return null;
  const percent = t.endsWith('%');
  const n = Number(t.replace(/,/g, '').replace('%', ''));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

export function toNumber(v: Scalar): number | ExcelError {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof ExcelError) return v;
  const n = parseNumericText(v);
  return n === null ? VALUE : n;
}

export function toText(v: Scalar): string | ExcelError {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof ExcelError) return v;
  return numberToText(v);
}

export function toBoolean(v: Scalar): boolean | ExcelError {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof ExcelError) return v;
  const upper = v.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return VALUE;
}

function typeRank(v: number | string | boolean): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

/** Excel's ordering for = < > ...: numbers < text < booleans, text case-insensitive, blank as 0/""/FALSE. */
export function compareScalars(a: Exclude<Scalar, ExcelError>, b: Exclude<Scalar, ExcelError>): number {
  const blankLike = (x: number | string | boolean): number | string | boolean =>
    typeof x === 'number' ? 0 : typeof x === 'string' ? '' : false;
  const left = a === null ? (b === null ? 0 : blankLike(b)) : a;
  const right = b === null ? blankLike(left) : b;
  const rank = typeRank(left) - typeRank(right);
  if (rank !== 0) return rank;
  if (typeof left === 'string') {
    const l = left.toLowerCase();
    const r = (right as string).toLowerCase();
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = Number(left);
  const r = Number(right);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Applies a comparison operator (= <> < > <= >=) to the result of a three-way compare. */
export function holds(op: string, c: number): boolean {
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** Wildcards of MATCH/COUNTIF: * any run, ? one character, ~ escapes. Case-insensitive, whole text. */
export function wildcardRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern[i + 1]);
      i += 1;
    } else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, 'i');
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function hasWildcards(text: string): boolean {
  return /[*?~]/.test(text);
}
