import type { IndicatorType, NumberLocale } from '../../core/model/enums';
import { isIsoDate, isoToSerial } from '../../core/values/isoDate';
import { isFormulaCell, type CellWrite } from '../gateway';
import type { ColumnKind, TableSpec } from '../layout';

/** What Excel shows for a date NAP Monitor writes: the one unambiguous form, whatever the user's locale. */
export const DATE_FORMAT = 'yyyy-mm-dd';
/** Keeps a cell's text as typed: "+10%" is not a formula, "3/4" not a date, "1.1" not a number. */
export const TEXT_FORMAT = '@';

const TYPED_KINDS: ReadonlySet<ColumnKind> = new Set(['value', 'dateLike']);
/**
 * Digits that read as the same number in either of the plan's number locales: "3", "1250", "0.5". Not "1.234"
 * (a thousand in comma locale), not "+10" (a change) and not "007" (whose zeros someone meant).
 */
const PLAIN_NUMBER = /^(?:0|[1-9]\d*)(?:\.(?:\d{1,2}|\d{4,}))?$/u;

/**
 * Cells typed as what they are, for the columns that hold what officials write (baselines, targets, values,
 * dates): a number stays a number, an ISO date becomes a real date shown yyyy-mm-dd, and text ("+10%",
 * "I quarter 2027", "2015:<3%", "n/a") is kept as text by its own number format, since written into a
 * General cell Excel would turn some of it into formulas, percentages or dates. Other columns keep their
 * column's format (null).
 */
export function typedCells(
  spec: TableSpec,
  rows: readonly CellWrite[][],
): { rows: CellWrite[][]; formats: (string | null)[][] } {
  const kinds = spec.columns.map((column) => (TYPED_KINDS.has(column.kind) && !column.derived ? column.kind : null));
  const typed = rows.map((row) => row.map((cell, index) => typedCell(cell, kinds[index] ?? null)));
  return {
    rows: typed.map((row) => row.map((cell) => cell.value)),
    formats: typed.map((row) => row.map((cell) => cell.format)),
  };
}

export function typedCell(cell: CellWrite, kind: ColumnKind | null): { value: CellWrite; format: string | null } {
  if (kind === null || isFormulaCell(cell) || cell === null || cell === '') return { value: cell, format: null };
  if (typeof cell === 'number') return { value: cell, format: 'General' };
  if (typeof cell === 'string' && PLAIN_NUMBER.test(cell.trim()))
    return { value: Number(cell.trim()), format: 'General' };
  if (typeof cell === 'string' && kind === 'dateLike' && isIsoDate(cell.trim())) {
    return { value: isoToSerial(cell.trim()), format: DATE_FORMAT };
  }
  return { value: cell, format: typeof cell === 'string' ? TEXT_FORMAT : null };
}

/**
 * The text Excel shows for a number it holds as a percent, in the plan's decimal sign: 0.1 → "10%",
 * -0.125 → "-12,5%" in a comma locale. What officials typed as "10%" into a General cell comes back as it looks.
 */
export function percentShown(value: number, locale: NumberLocale): string {
  const text = String(Math.round(value * 100 * 1e9) / 1e9);
  return `${locale === 'comma' ? text.replace('.', ',') : text}%`;
}

/**
 * A target Excel holds as a percent, read as the user typed it. "+10%" typed into a General cell becomes 0.1
 * shown "10%": the "+" is lost. An indicator counted in numbers (type number) cannot have a level of 10 % as
 * its target, so there a positive percent is the change typed ("+10%", relative to the baseline, as
 * core/values reads it); for a percent-unit indicator (percentage, rate), or one of no known type, "10%" is
 * the level it shows. A negative percent keeps its sign as Excel shows it ("-10%"), which reads as typed.
 */
export function percentTarget(shown: string, type: IndicatorType | null): string {
  return type === 'number' && !shown.startsWith('-') ? `+${shown}` : shown;
}
