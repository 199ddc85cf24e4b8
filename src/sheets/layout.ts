import type { MessageKey } from '../core/i18n/translate';

/** How a column's cells are typed and read. */
export type ColumnKind =
  | 'code' // text, trimmed; numbers typed as 1.1 are read back as "1.1"
  | 'text'
  | 'value' // what officials typed: a number, "12%", "+10 %", "achieved"; kept as text
  | 'dateLike' // a date, a year or a quarter ("I quarter", "Q3 2026")
  | 'date'
  | 'amount' // a number, or words such as "No funding required"
  | 'number'
  | 'percent'
  | 'list'; // one of a fixed list, shown as localized labels

export type ListName =
  | 'level'
  | 'type'
  | 'direction'
  | 'aggregation'
  | 'frequency'
  | 'reportingFrequency'
  | 'numberLocale'
  | 'paperSize'
  | 'language'
  | 'quarter'
  | 'yesNo'
  | 'checklistAnswer'
  | 'implementation'
  | 'assessment';

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: MessageKey;
  kind: ColumnKind;
  width: number;
  list?: ListName;
  /** Derived columns hold a formula built from the row's other cells; users do not type there. */
  derived?: boolean;
  wrap?: boolean;
  /**
   * A column later layouts added to the table: a table of an earlier layout that lacks it gets it at its right
   * edge (blank in the rows already there) instead of being refused.
   */
  addedLater?: boolean;
}

export interface TableSpec<K extends string = string> {
  /** The Excel table name: the stable key by which the add-in finds its data. */
  name: string;
  columns: readonly ColumnSpec<K>[];
}

/** A table's place on its sheet, 0-based, header row included. */
export interface TablePlacement {
  table: TableSpec;
  top: number;
  left: number;
}

/**
 * How a sheet prints: landscape for wide tables, portrait for narrow ones. The rows repeated on every page are
 * the header of the sheet's last table (the one that grows), or the title row where tables are rewritten in
 * new places on each run.
 */
export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  repeat: 'tableHeader' | 'title';
}

/**
 * A sheet and what sits on it. Tables are stacked, never side by side, so no sheet row belongs to two
 * tables; only the last one grows (or all are rewritten together on each run).
 */
export interface SheetSpec {
  id: string;
  name: MessageKey;
  title: MessageKey;
  tables: readonly TablePlacement[];
  visible: boolean;
  tabColor?: string;
  /** Rows above and including the table headers that stay frozen. */
  freezeRows: number;
  print: PrintSpec;
}

export function columnIndex(table: TableSpec, key: string): number {
  const index = table.columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`Column ${key} is not in table ${table.name}`);
  return index;
}

/** Letters already spelled: reading and digesting forms asks for the same few columns thousands of times. */
const LETTERS: string[] = [];

/** Column letters for a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  const known = LETTERS[index];
  if (known !== undefined) return known;
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  if (Number.isInteger(index) && index >= 0 && index < 16_384) LETTERS[index] = letters;
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "'M&E plan'!$B$2:$B$9": sheet names with spaces or symbols are quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
