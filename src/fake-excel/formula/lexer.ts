import { columnIndex, MAX_COLUMNS, MAX_ROWS, readQuoted, type Rect } from '../address';

/** Tokens of an English (en-US) Excel formula, without the leading '='. */

export interface RefToken {
  type: 'ref';
  sheet: string | null;
  rect: Rect;
  /** Which edges carry '$': relative edges move when a rule is applied to another cell. */
  abs: { r0: boolean; c0: boolean; r1: boolean; c1: boolean };
  /** Where the sheet prefix sits in the source (for rewriting references when a sheet is renamed). */
  sheetSpan: [number, number] | null;
}

export type Token =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'error'; value: string }
  | RefToken
  | { type: 'name'; value: string }
  | { type: 'func'; value: string }
  | { type: 'op'; value: string }
  | { type: 'paren'; value: '(' | ')' }
  | { type: 'comma' };

export class FormulaSyntaxError extends Error {}

const ERROR_LITERALS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!', '#GETTING_DATA'];
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%'];
const WORD = /[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/y;
const CELL_RANGE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?(?![\w.(\u00C0-\uFFFF])/y;
const COLUMN_RANGE = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(\u00C0-\uFFFF])/y;
const ROW_RANGE = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w.])/y;
const NUMBER = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A reference at `at` (after any sheet prefix), or null. */
function readReference(text: string, at: number): { rect: Rect; abs: RefToken['abs']; end: number } | null {
  const cells = sticky(CELL_RANGE, text, at);
  if (cells) {
    const c0 = columnIndex(cells[2]);
    const r0 = Number(cells[4]) - 1;
    const c1 = cells[6] ? columnIndex(cells[6]) : c0;
    const r1 = cells[8] ? Number(cells[8]) - 1 : r0;
    if (c0 < 0 || c1 < 0 || r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    const absR1 = cells[8] ? cells[7] === '$' : cells[3] === '$';
    const absC1 = cells[6] ? cells[5] === '$' : cells[1] === '$';
    return {
      rect: { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) },
      abs: { c0: cells[1] === '$', r0: cells[3] === '$', c1: absC1, r1: absR1 },
      end: at + cells[0].length,
    };
  }
  const cols = sticky(COLUMN_RANGE, text, at);
  if (cols) {
    const c0 = columnIndex(cols[2]);
    const c1 = columnIndex(cols[4]);
    if (c0 < 0 || c1 < 0) return null;
    return {
      rect: { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) },
      abs: { r0: true, r1: true, c0: cols[1] === '$', c1: cols[3] === '$' },
      end: at + cols[0].length,
    };
  }
  const rows = sticky(ROW_RANGE, text, at);
  if (rows) {
    const r0 = Number(rows[2]) - 1;
    const r1 = Number(rows[4]) - 1;
    if (r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    return {
      rect: { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAX_COLUMNS - 1 },
      abs: { r0: rows[1] === '$', r1: rows[3] === '$', c0: true, c1: true },
      end: at + rows[0].length,
    };
  }
  return null;
}

function quoted(text: string, at: number, quote: string): { value: string; end: number } {
  const read = readQuoted(text, at, quote);
  if (!read) throw new FormulaSyntaxError(quote === '"' ? 'Unterminated string' : 'Unterminated sheet name');
  return read;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const pushRef = (sheet: string | null, sheetSpan: [number, number] | null, at: number): number => {
    const ref = readReference(text, at);
    if (!ref) throw new FormulaSyntaxError(`Bad reference at ${at}`);
    tokens.push({ type: 'ref', sheet, rect: ref.rect, abs: ref.abs, sheetSpan });
    return ref.end;
  };
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '"') {
      const string = quoted(text, i, '"');
      tokens.push({ type: 'string', value: string.value });
      i = string.end;
      continue;
    }
    if (ch === '#') {
      const literal = ERROR_LITERALS.find((e) => text.slice(i, i + e.length).toUpperCase() === e);
      if (!literal) throw new FormulaSyntaxError(`Unknown error literal at ${i}`);
      tokens.push({ type: 'error', value: literal });
      i += literal.length;
      continue;
    }
    if (ch === "'") {
      const sheet = quoted(text, i, "'");
      if (text[sheet.end] !== '!') throw new FormulaSyntaxError('Expected ! after sheet name');
      i = pushRef(sheet.value, [i, sheet.end], sheet.end + 1);
      continue;
    }
    if (/[\d.]/.test(ch) || (ch === '$' && /\d/.test(text[i + 1] ?? ''))) {
      const rows = sticky(ROW_RANGE, text, i);
      if (rows) {
        i = pushRef(null, null, i);
        continue;
      }
      const num = sticky(NUMBER, text, i);
      if (!num) throw new FormulaSyntaxError(`Bad number at ${i}`);
      tokens.push({ type: 'number', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '$') {
      i = pushRef(null, null, i);
      continue;
    }
    const word = sticky(WORD, text, i);
    if (word) {
      const end = i + word[0].length;
      if (text[end] === '!') {
        i = pushRef(word[0], [i, end], end + 1);
        continue;
      }
      if (text[end] === '(') {
        tokens.push({ type: 'func', value: word[0].toUpperCase() });
        i = end;
        continue;
      }
      const ref = readReference(text, i);
      if (ref) {
        tokens.push({ type: 'ref', sheet: null, rect: ref.rect, abs: ref.abs, sheetSpan: null });
        i = ref.end;
        continue;
      }
      const upper = word[0].toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') tokens.push({ type: 'bool', value: upper === 'TRUE' });
      else tokens.push({ type: 'name', value: word[0] });
      i = end;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ type: 'paren', value: ch });
      i += 1;
      continue;
    }
    if (ch === ',') {
      tokens.push({ type: 'comma' });
      i += 1;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) throw new FormulaSyntaxError(`Unexpected '${ch}' at ${i}`);
    tokens.push({ type: 'op', value: op });
    i += op.length;
  }
  return tokens;
}
