import type { ReturnedCell, ReturnedField, ReturnedRow } from '../../core/consolidation/returnedForm';
import type { CellValue } from '../../core/model/cell';
import { cellAddress } from '../../sheets/layout';
import {
  HEADER_FIELDS,
  HEADER_VALUE_COLUMN,
  META_SHEET_NAME,
  RETURN_FORM_LAYOUT_VERSION,
  digestText,
  inputCells,
  parseMetaGrid,
  type FormRow,
  type ReturnFormMeta,
} from '../../sheets/returnForm';
import { cut, readWorkbookValues, type ReaderProblem, type SheetValues } from '../reader';
import { sha256Hex } from '../returnForm/sha256';
import type { ParsedReturn } from './parsedReturn';

/** Sheets read from a returned file: the metadata and the visible ones (the form among them). */
const wanted = (name: string, sheet: { state: string }) => name === META_SHEET_NAME || sheet.state !== 'veryHidden';

/**
 * Reads one returned file for import: safely (values only, caps first), then recognises it by its hidden
 * metadata, refuses it whole when it is not a form of this layout or its prefilled cells or rows were
 * changed, and gathers what the agency typed, cell by cell with its address.
 */
export async function parseReturnedForm(bytes: Uint8Array, fileName: string): Promise<ParsedReturn> {
  const sha256 = await sha256Hex(bytes);
  const refused = (key: ReaderProblem['key'], params: ReaderProblem['params'] = {}): ParsedReturn => ({
    kind: 'refused',
    fileName,
    sha256,
    problem: { key, params: { file: fileName, ...params } },
  });
  const read = readWorkbookValues(bytes, { fileName, sheets: wanted });
  if (!read.ok) return { kind: 'refused', fileName, sha256, problem: read.problems[0] };
  const metaSheet = read.workbook.sheets.find((sheet) => sheet.name === META_SHEET_NAME);
  if (!metaSheet) return refused('import.refused.notAForm');
  const parsed = parseMetaGrid(gridOf(metaSheet));
  if (!parsed.success) {
    const version = Number(metaSheet.value(1, 1));
    if (Number.isFinite(version) && version !== RETURN_FORM_LAYOUT_VERSION)
      return refused('import.refused.otherLayout', { version, expected: RETURN_FORM_LAYOUT_VERSION });
    return refused('import.refused.notAForm');
  }
  const meta = parsed.data;
  if (meta.layoutVersion !== RETURN_FORM_LAYOUT_VERSION)
    return refused('import.refused.otherLayout', { version: meta.layoutVersion, expected: RETURN_FORM_LAYOUT_VERSION });
  const sheet = read.workbook.sheets.find((candidate) => candidate.name === meta.formSheet);
  if (!sheet) return refused('import.refused.sheetMissing', { sheet: cut(meta.formSheet) });
  const moved = movedRow(sheet, meta);
  if (moved !== null) return refused('import.refused.rowsChanged', { sheet: cut(sheet.name), row: moved + 1 });
  const digest = await sha256Hex(digestText(meta.formId, meta.rows, (row, column) => sheet.value(row, column)));
  if (digest !== meta.digest) return refused('import.refused.tampered', { sheet: cut(sheet.name) });
  return { kind: 'form', fileName, sha256, meta, form: gather(fileName, sheet, meta) };
}

function gridOf(sheet: SheetValues): CellValue[][] {
  const box = sheet.bounds;
  if (!box) return [];
  return Array.from({ length: box.bottom + 1 }, (_, row) =>
    Array.from({ length: box.right + 1 }, (_, column) => sheet.value(row, column)),
  );
}

/**
 * A row inserted or deleted shifts the codes: the first metadata row whose code is not where the metadata
 * says, or the first filled row after the last one, is where the form's rows no longer match. null when
 * they all match.
 */
function movedRow(sheet: SheetValues, meta: ReturnFormMeta): number | null {
  const codeColumn = 0;
  for (const row of meta.rows) {
    if (row.kind === 'category') continue;
    if (String(sheet.value(row.row, codeColumn)).trim() !== row.code.trim()) return row.row;
  }
  const last = Math.max(...meta.rows.map((row) => row.row), 0);
  const bottom = sheet.bounds?.bottom ?? 0;
  const right = sheet.bounds?.right ?? 0;
  for (let row = last + 1; row <= bottom; row++)
    for (let column = 0; column <= right; column++) if (sheet.value(row, column) !== '') return row;
  return null;
}

function cellOf(sheet: SheetValues, row: number, column: number, date: boolean): ReturnedCell {
  const value = (date ? sheet.date(row, column) : null) ?? sheet.value(row, column);
  return { value: value === '' ? null : value, at: { sheet: sheet.name, cell: cellAddress(row, column) } };
}

function returnedRow(sheet: SheetValues, row: FormRow): ReturnedRow | null {
  if (row.kind !== 'indicator' && row.kind !== 'category' && row.kind !== 'activity') return null;
  const cells: Partial<Record<ReturnedField, ReturnedCell>> = {};
  for (const input of inputCells(row))
    cells[input.key as ReturnedField] = cellOf(sheet, row.row, input.column, input.kind === 'date');
  return { kind: row.kind, code: row.code, category: row.category, entry: row.entry, cells };
}

function gather(fileName: string, sheet: SheetValues, meta: ReturnFormMeta) {
  const notes = HEADER_FIELDS.filter((field) => field.input !== null).map((field) =>
    cellOf(sheet, field.row, HEADER_VALUE_COLUMN, false),
  );
  const rows = meta.rows.map((row) => returnedRow(sheet, row)).filter((row): row is ReturnedRow => row !== null);
  return { file: fileName, agency: meta.agency, period: meta.period, rows, notes };
}
