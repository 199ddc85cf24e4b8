import { fail } from '../errors';
import { isValidFormula } from '../formula/parser';
import { parseNumericText } from '../formula/values';
import { isoDateToSerial } from '../format/serialDate';
import type { CellContent } from './sheet';

/**
 * What Excel stores when a value is written through Range.values / Range.formulas. Deliberately modest:
 * - null: leave the cell as it is; '': clear it.
 * - in a text cell (numberFormat '@') every string stays text, even '=1+1'.
 * - "'abc": the apostrophe forces text and is not stored.
 * - '=...': a formula (a malformed one is refused with InvalidArgument, as Excel refuses it).
 * - '12', ' 1,234.5 ', '-3', '1e3' → numbers; '10%' → 0.1 and format '0%' ('12.5%' → '0.0%') on a General cell.
 * - 'TRUE'/'FALSE' (any case) → booleans; '2024-03-15' → a date serial, format 'm/d/yyyy' on a General cell.
 * - other text starting with '+' or '-' that parses as a formula is one, as in Excel ("-item" → =-item → #NAME?);
 *   text that does not parse ("-", "- n/a -") stays text.
 * Everything else stays text. Currency, locale dates and fractions are not recognised.
 */
export type Interpreted =
  { kind: 'unchanged' } | { kind: 'clear' } | { kind: 'set'; content: CellContent; numberFormat?: string };

export const FORMULA_LENGTH_LIMIT = 8192;

const UNCHANGED: Interpreted = Object.freeze({ kind: 'unchanged' });
const CLEAR: Interpreted = Object.freeze({ kind: 'clear' });

export function interpretInput(raw: unknown, cellFormat: string, location: string): Interpreted {
  if (raw === null) return UNCHANGED;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) fail('InvalidArgument', location);
    return { kind: 'set', content: { value: raw, formula: null } };
  }
  if (typeof raw === 'boolean') return { kind: 'set', content: { value: raw, formula: null } };
  if (typeof raw !== 'string') fail('InvalidArgument', location);
  if (raw === '') return CLEAR;
  if (cellFormat === '@') return text(raw);
  if (raw.startsWith("'")) return raw.length === 1 ? CLEAR : text(raw.slice(1));
  if (raw.startsWith('=')) return formula(raw, location);
  const number = parseNumericText(raw);
  const general = /^general$/i.test(cellFormat);
  if (number !== null) {
    const trimmed = raw.trim();
    if (trimmed.endsWith('%') && general) {
      const decimals = (trimmed.split('.')[1] ?? '').replace('%', '').length;
      return {
        kind: 'set',
        content: { value: number, formula: null },
        numberFormat: decimals ? `0.${'0'.repeat(decimals)}%` : '0%',
      };
    }
    return { kind: 'set', content: { value: number, formula: null } };
  }
  const upper = raw.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE')
    return { kind: 'set', content: { value: upper === 'TRUE', formula: null } };
  const serial = isoDateToSerial(raw.trim());
  if (serial !== null) {
    return { kind: 'set', content: { value: serial, formula: null }, numberFormat: general ? 'm/d/yyyy' : undefined };
  }
  if ((raw.startsWith('+') || raw.startsWith('-')) && isValidFormula(`=${raw}`)) return formula(`=${raw}`, location);
  return text(raw);
}

function text(value: string): Interpreted {
  return { kind: 'set', content: { value, formula: null } };
}

function formula(source: string, location: string): Interpreted {
  if (source.length > FORMULA_LENGTH_LIMIT) fail('FormulaLengthExceedsLimit', location, 'The formula is too long.');
  if (!isValidFormula(source)) fail('InvalidArgument', location);
  return { kind: 'set', content: { value: null, formula: source } };
}
