import { allTranslations } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import type { ReadIssue } from '../../core/model/readIssue';
import type { ColumnSpec, TableSpec } from '../layout';
import { serialToIso } from '../../core/values/isoDate';
import type { TableSnapshot } from '../gateway';
import { listByName } from '../layouts/lists';
import type { NumberLocale } from '../../core/model/enums';
import { percentShown } from './typedCells';

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Finds each declared column in a table by its header in any UI language (users translate headers,
 * insert columns and reorder them); a column that cannot be found is reported, not guessed.
 */
export function locateColumns(
  spec: TableSpec,
  snapshot: TableSnapshot,
): { positions: Map<string, number>; issues: ReadIssue[] } {
  const byHeader = new Map<string, number>();
  snapshot.headers.forEach((header, index) => {
    const key = normalize(header);
    if (!byHeader.has(key)) byHeader.set(key, index);
  });
  const positions = new Map<string, number>();
  const claimed = new Set<number>();
  const claim = (key: string, candidates: string[]) => {
    const found = candidates
      .map((candidate) => byHeader.get(normalize(candidate)))
      .find((index) => index !== undefined && !claimed.has(index));
    if (found === undefined) return;
    positions.set(key, found);
    claimed.add(found);
  };
  // Headers in any UI language first; the bare key only for what is left, so a key never steals another's header.
  for (const column of spec.columns) claim(column.key, allTranslations(column.header));
  for (const column of spec.columns) if (!positions.has(column.key)) claim(column.key, [column.key]);
  const issues: ReadIssue[] = spec.columns
    .filter((column) => !positions.has(column.key))
    .map((column) => ({
      kind: 'missingColumn' as const,
      table: spec.name,
      row: null,
      column: column.key,
      value: null,
      sheet: snapshot.sheet,
      sheetRow: snapshot.top + 1,
      header: column.header,
    }));
  return { positions, issues };
}

export type RawRecord = Record<string, CellValue> & {
  __row: number;
  /** The numbers of the value cells Excel showed as percents, by key; the record holds the text shown ("10%"). */
  __percent?: Record<string, number>;
};

/** Columns of numbers, where a date is never what was meant: Excel's reading of "3/4" or "1-2". */
const NUMBER_KINDS: ReadonlySet<ColumnSpec['kind']> = new Set(['value', 'amount', 'number', 'percent']);

/**
 * Body rows as records keyed by column key; rows left entirely blank are skipped (Excel keeps one). A number
 * shown as a date in a column of numbers is left out (null) with an issue naming the date Excel made of it. A
 * number shown as a percent in a column of values (baselines, targets, reported values) is the text Excel
 * shows ("10%" for 0.1), in the plan's decimal sign, as officials typed it into a General cell.
 */
export function readRecords(
  spec: TableSpec,
  snapshot: TableSnapshot,
  locale: NumberLocale = 'dot',
): { records: RawRecord[]; issues: ReadIssue[] } {
  const { positions, issues } = locateColumns(spec, snapshot);
  const cellSet = (cells: { row: number; column: number }[] | undefined) =>
    new Set((cells ?? []).map(({ row, column }) => `${row}:${column}`));
  const becameDate = cellSet(snapshot.dateCells);
  const shownAsPercent = cellSet(snapshot.percentCells);
  const records: RawRecord[] = [];
  snapshot.rows.forEach((row, rowIndex) => {
    if (row.every((cell) => cell === null || cell === '' || (typeof cell === 'string' && cell.trim() === ''))) return;
    const record = { __row: rowIndex } as RawRecord;
    for (const column of spec.columns) {
      const position = positions.get(column.key);
      const cell = position === undefined ? null : normalizeCell(row[position]);
      if (typeof cell === 'number' && NUMBER_KINDS.has(column.kind) && becameDate.has(`${rowIndex}:${position}`)) {
        issues.push({
          kind: 'becameDate',
          ...cellWhere(spec, snapshot, rowIndex, column.key),
          value: serialToIso(cell),
        });
        record[column.key] = null;
      } else if (typeof cell === 'number' && column.kind === 'value' && shownAsPercent.has(`${rowIndex}:${position}`)) {
        record[column.key] = percentShown(cell, locale);
        record.__percent = { ...record.__percent, [column.key]: cell };
      } else record[column.key] = cell;
    }
    records.push(record);
  });
  return { records, issues };
}

function normalizeCell(cell: CellValue | undefined): CellValue {
  if (cell === undefined || cell === '') return null;
  return cell;
}

/** Codes are text: a code typed as the number 1.1 reads back as "1.1". */
export function codeOf(value: CellValue): string {
  if (value === null) return '';
  return String(value).trim();
}

export function textOf(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}

/** A cell of a table body as messages name it: the sheet row as Excel numbers it, the column by its header. */
export interface CellWhere {
  table: string;
  row: number;
  column: string;
  sheet: string;
  sheetRow: number;
  header: string | null;
}

export function cellWhere(spec: TableSpec, snapshot: TableSnapshot, row: number, column: string): CellWhere {
  return {
    table: spec.name,
    row,
    column,
    sheet: snapshot.sheet,
    // `top` is the header row, 0-based; Excel numbers rows from 1.
    sheetRow: snapshot.top + 2 + row,
    header: spec.columns.find((candidate) => candidate.key === column)?.header ?? null,
  };
}

/**
 * A list cell holds a label in some UI language (or the internal value itself); returns the internal
 * value, or null with an issue when the label is not in the list.
 */
export function listValueOf<T extends string>(
  listName: Parameters<typeof listByName>[0],
  value: CellValue,
  where: CellWhere,
  issues: ReadIssue[],
): T | null {
  const text = textOf(value);
  if (text === '') return null;
  const wanted = normalize(text);
  for (const item of listByName(listName).items) {
    if (normalize(item.value) === wanted || allTranslations(item.label).some((label) => normalize(label) === wanted)) {
      return item.value as T;
    }
  }
  issues.push({ kind: 'unknownListValue', ...where, value: text });
  return null;
}
