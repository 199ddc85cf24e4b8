import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/core/model/cell';
import { cellAddress } from '../../../src/sheets/layout';
import {
  HEADER_FIELDS,
  HEADER_VALUE_COLUMN,
  META_SHEET_NAME,
  RETURN_FORM_LAYOUT_VERSION,
  digestText,
  inputCells,
  metaGrid,
  prefilledColumns,
  type FormRow,
  type ReturnFormMeta,
} from '../../../src/sheets/returnForm';
import { sha256Hex } from '../../../src/files/returnForm/sha256';

/**
 * A return form built from the contract alone (src/sheets/returnForm), independent of the generator, so the
 * importer is tested against the contract: I1.1 a count with two categories, I1.3 a ratio, I1.4 a
 * milestone, activity 1.1.1. `inputs` fill typed cells by "row:key" ("11:value"); `damage` edits the
 * workbook before it is saved.
 */
export const FORM_ROWS: FormRow[] = [
  { row: 11, kind: 'indicator', code: 'I1.1', category: '', entry: 'number' },
  { row: 12, kind: 'category', code: 'I1.1', category: 'women', entry: 'number' },
  { row: 13, kind: 'category', code: 'I1.1', category: 'men', entry: 'number' },
  { row: 14, kind: 'indicator', code: 'I1.3', category: '', entry: 'ratio' },
  { row: 15, kind: 'indicator', code: 'I1.4', category: '', entry: 'text' },
  { row: 18, kind: 'activity', code: '1.1.1', category: '', entry: null },
];

export interface FixtureOptions {
  planId?: string;
  agency?: string;
  period?: string;
  formId?: string;
  dueDate?: string;
  layoutVersion?: number;
  formSheet?: string;
  inputs?: Record<string, CellValue>;
  damage?: (workbook: ExcelJS.Workbook, form: ExcelJS.Worksheet) => void;
  /** Leave the metadata sheet out, or write it wrong. */
  meta?: 'none' | 'garbled' | ReturnFormMeta['rows'];
}

export const CLEAN_INPUTS: Record<string, CellValue> = {
  '11:value': 12,
  '11:assessment': 'On track',
  '11:comment': 'Two trainings held',
  '12:value': 5,
  '13:value': 7,
  '14:numerator': 3,
  '14:denominator': 4,
  '15:value': 'Law adopted',
  '18:implementation': 'Completed',
  '18:date': '2026-06-30',
};

function prefilledValue(row: FormRow, column: number): string {
  return column === 0 ? row.code : `${row.kind} ${row.code} ${row.category} c${column}`.trim();
}

export async function formFixture(options: FixtureOptions = {}): Promise<Uint8Array> {
  const agency = options.agency ?? 'MOI';
  const period = options.period ?? '2026-Q2';
  const formId = options.formId ?? `${period}-${agency}-TESTPLAN`;
  const formSheet = options.formSheet ?? 'Form';
  const cells = new Map<string, CellValue>();
  const header: Record<string, string> = {
    institution: 'Ministry of the Interior',
    period,
    dueDate: options.dueDate ?? '2026-07-15',
    reportingTo: 'secretariat@example.org',
  };
  for (const field of HEADER_FIELDS)
    if (field.input === null) cells.set(cellAddress(field.row, HEADER_VALUE_COLUMN), header[field.key]);
  for (const row of FORM_ROWS)
    for (const column of prefilledColumns(row)) cells.set(cellAddress(row.row, column), prefilledValue(row, column));
  const digest = await sha256Hex(
    digestText(formId, FORM_ROWS, (row, column) => cells.get(cellAddress(row, column)) ?? null),
  );
  const meta: ReturnFormMeta = {
    planId: options.planId ?? 'test-plan',
    layoutVersion: options.layoutVersion ?? RETURN_FORM_LAYOUT_VERSION,
    formId,
    agency,
    period,
    periodStart: '2026-04-01',
    periodEnd: '2026-06-30',
    dueDate: options.dueDate ?? '2026-07-15',
    language: 'en',
    generatedAt: '2026-06-20T10:00:00Z',
    formSheet,
    digest,
    rows: Array.isArray(options.meta) ? options.meta : FORM_ROWS,
  };
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Instructions').getCell('A1').value = 'Fill in the yellow cells.';
  const form = workbook.addWorksheet(formSheet);
  for (const [address, value] of cells) form.getCell(address).value = value as ExcelJS.CellValue;
  for (const row of FORM_ROWS)
    for (const input of inputCells(row)) {
      const key = `${row.row}:${input.key}`;
      const value = options.inputs && key in options.inputs ? options.inputs[key] : CLEAN_INPUTS[key];
      if (value !== undefined && value !== null)
        form.getCell(row.row + 1, input.column + 1).value = value as ExcelJS.CellValue;
    }
  if (options.meta !== 'none') {
    const sheet = workbook.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
    const grid =
      options.meta === 'garbled'
        ? [
            ['planId', 'x'],
            ['layoutVersion', 'one'],
          ]
        : metaGrid(meta);
    grid.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value !== null && value !== '') sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  options.damage?.(workbook, form);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
