import type { CellValue } from '../../core/model/cell';
import type { NumberShown } from '../../sheets/numberFormatKind';
import type { CellBox } from '../a1Range';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** One sheet as the reader found it. Cells are only there for the sheets asked for (`loaded`). */
export interface SheetValues {
  name: string;
  state: SheetState;
  loaded: boolean;
  /** The rectangle of cells that hold a value (the file's own `<dimension>` is not trusted); null when none. */
  bounds: CellBox | null;
  /**
   * The value of a cell by 0-based row and column: numbers, text, booleans; errors as their text ("#N/A");
   * a formula's cached result; '' for an empty cell. Dates are Excel serials, as Office.js reports them.
   */
  value(row: number, column: number): CellValue;
  /** A date-formatted number as an ISO date (the workbook's 1900 or 1904 system); null otherwise, and for
   * serial 60, the 29 February 1900 that Excel counts but that never was. */
  date(row: number, column: number): string | null;
  /** What the cell's number format shows its number as: 'percent' for 0.1 shown "10%"; null for text. */
  shownAs(row: number, column: number): NumberShown | null;
}

/** A table (list object) as its definition in the file declares it. */
export interface TableValues {
  /** The name formulas use (the file's `displayName`). */
  name: string;
  sheet: string;
  /** The whole table, header and totals rows included. */
  box: CellBox;
  /** 0 or 1: Excel leaves the attribute out when it is 1. */
  headerRowCount: number;
  totalsRowCount: number;
  columnNames: string[];
}

export interface DefinedNameValues {
  name: string;
  /** The sheet the name is local to, or null for a workbook-wide name. */
  sheet: string | null;
  /** The formula as written (e.g. "Lists!$A$2:$A$9"); never evaluated by the reader. */
  formula: string;
  hidden: boolean;
}

export interface WorkbookValues {
  file: string;
  date1904: boolean;
  /** In tab order. */
  sheets: SheetValues[];
  tables: TableValues[];
  definedNames: DefinedNameValues[];
}
