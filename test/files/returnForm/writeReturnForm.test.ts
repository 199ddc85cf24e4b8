import type ExcelJS from 'exceljs';
import {
  HEADER_FIELDS,
  HEADER_VALUE_COLUMN,
  INDICATOR_COLUMNS,
  LISTS_SHEET_NAME,
  META_SHEET_NAME,
  inputCells,
  prefilledColumns,
} from '../../../src/sheets/returnForm';
import { formProtection } from '../../../src/files/returnForm/formProtection';
import { exampleForm, loadWithExcelJs, readBack } from './exampleForms';

const column = (key: string) => INDICATOR_COLUMNS.find((c) => c.key === key)!.column + 1;
const protection = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;

describe('the return form as written', () => {
  it('has the instructions first, the form, and veryHidden lists and metadata sheets, all protected', async () => {
    const { bytes } = await exampleForm('SOC');
    const workbook = await loadWithExcelJs(bytes);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Instructions', 'visible'],
      ['Progress report', 'visible'],
      [LISTS_SHEET_NAME, 'veryHidden'],
      [META_SHEET_NAME, 'veryHidden'],
    ]);
    for (const sheet of workbook.worksheets) {
      // exceljs reads back `true` for what the agency may do, and nothing for what stays protected.
      expect(protection(sheet)).toMatchObject({ sheet: true, formatColumns: true, insertRows: undefined });
      expect(protection(sheet)?.deleteRows).toBeUndefined();
      expect(protection(sheet)?.hashValue).toBeUndefined();
    }
  });

  it('says in the instructions what to fill, by when, to whom, and that no personal data may be entered', async () => {
    const { bytes } = await exampleForm('SOC');
    const lines: string[] = [];
    (await loadWithExcelJs(bytes))
      .getWorksheet('Instructions')!
      .eachRow((row) => lines.push(String(row.getCell(1).value)));
    const text = lines.join('\n');
    expect(text).toContain('State institution in charge of social and child protection');
    expect(text).toContain('by 15 July 2026 to: ATC office, atc@example.org');
    expect(text).toMatch(/Do not enter any personal data of victims/);
  });

  it('unlocks and marks exactly the input cells, and locks the prefilled ones', async () => {
    const { bytes, meta } = await exampleForm('SOC');
    const sheet = (await loadWithExcelJs(bytes)).getWorksheet('Progress report')!;
    const locked = (row: number, col: number) => sheet.getCell(row + 1, col + 1).protection?.locked !== false;
    let inputs = 0;
    for (const row of meta.rows) {
      for (const input of inputCells(row)) {
        expect(locked(row.row, input.column)).toBe(false);
        expect(sheet.getCell(row.row + 1, input.column + 1).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
        inputs++;
      }
      for (const prefilled of prefilledColumns(row)) expect(locked(row.row, prefilled)).toBe(true);
    }
    for (const field of HEADER_FIELDS) expect(locked(field.row, HEADER_VALUE_COLUMN)).toBe(field.input === null);
    expect(inputs).toBeGreaterThan(10);
  });

  it('asks numerator and denominator of a ratio indicator, and a value per declared category', async () => {
    const soc = await exampleForm('SOC');
    const ratio = soc.meta.rows.find((row) => row.code === 'I2.2' && row.kind === 'indicator')!;
    expect(ratio.entry).toBe('ratio');
    const sheet = (await loadWithExcelJs(soc.bytes)).getWorksheet('Progress report')!;
    expect(sheet.getCell(ratio.row + 1, column('numerator')).protection?.locked).toBe(false);
    expect(sheet.getCell(ratio.row + 1, column('value')).protection?.locked).not.toBe(false);
    const atc = await exampleForm('ATC');
    expect(atc.meta.rows.filter((row) => row.kind === 'category').map((row) => row.category)).toEqual([
      'women',
      'men',
      'girls',
      'boys',
    ]);
  });

  it('validates numbers as numbers and picks assessments and statuses from the hidden list, with alerts', async () => {
    const { bytes, meta } = await exampleForm('POL');
    const workbook = await loadWithExcelJs(bytes);
    const sheet = workbook.getWorksheet('Progress report')!;
    const indicator = meta.rows.find((row) => row.kind === 'indicator')!;
    const activity = meta.rows.find((row) => row.kind === 'activity')!;
    expect(sheet.getCell(indicator.row + 1, column('value')).dataValidation).toMatchObject({
      type: 'decimal',
      showErrorMessage: true,
      errorStyle: 'stop',
    });
    expect(sheet.getCell(indicator.row + 1, column('budgetSpent')).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
    });
    expect(sheet.getCell(indicator.row + 1, column('assessment')).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['NapFormLists!$A$1:$A$2'],
    });
    const status = inputCells(activity).find((cell) => cell.kind === 'implementation')!;
    const date = inputCells(activity).find((cell) => cell.kind === 'date')!;
    expect(sheet.getCell(activity.row + 1, status.column + 1).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['NapFormLists!$B$1:$B$5'],
    });
    expect(sheet.getCell(activity.row + 1, date.column + 1).dataValidation).toMatchObject({ type: 'date' });
    const lists = workbook.getWorksheet(LISTS_SHEET_NAME)!;
    expect([lists.getCell('A1').value, lists.getCell('A2').value, lists.getCell('B1').value]).toEqual([
      'On track',
      'Off track',
      'Completed',
    ]);
  });

  it('prints landscape, one page wide, with the column headers repeated', async () => {
    const { bytes, content } = await exampleForm('POL');
    const sheet = (await loadWithExcelJs(bytes)).getWorksheet('Progress report')!;
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: `${content.printTitleRow + 1}:${content.printTitleRow + 1}`,
    });
  });

  it('sets row heights for wrapped text, which no program grows by itself on opening', async () => {
    const { bytes, meta } = await exampleForm('ATC');
    const workbook = await loadWithExcelJs(bytes);
    const baseline = meta.rows.find((row) => row.code === 'I2.1' && row.kind === 'indicator')!;
    expect(workbook.getWorksheet('Progress report')!.getRow(baseline.row + 1).height).toBeGreaterThanOrEqual(150);
    const instructions = workbook.getWorksheet('Instructions')!;
    expect(instructions.getRow(4).height).toBeGreaterThanOrEqual(45);
    expect(instructions.getCell('A13').value).toMatch(/^Do not enter any personal data/);
    expect(instructions.getCell('A13').font).toMatchObject({ bold: true });
  });

  it('carries metadata and a digest the importer recomputes from the values alone', async () => {
    const { bytes, meta } = await exampleForm('MOI');
    const back = await readBack(bytes);
    expect(back.meta).toEqual(meta);
    expect(back.meta).toMatchObject({ agency: 'MOI', period: '2026-Q2', dueDate: '2026-07-15', layoutVersion: 1 });
    expect(back.digest).toBe(meta.digest);
  });

  it('is written in the plan language, sheet names and lists included, and still reads back', async () => {
    const { bytes, meta } = await exampleForm('MOI', { language: 'sr-Cyrl' });
    const workbook = await loadWithExcelJs(bytes);
    const [instructions, form] = workbook.worksheets.map((sheet) => sheet.name);
    expect(meta.formSheet).toBe(form);
    expect(`${instructions} ${form}`).toMatch(/[\u0400-\u04FF]/);
    expect(String(workbook.getWorksheet(LISTS_SHEET_NAME)!.getCell('A1').value)).toMatch(/[\u0400-\u04FF]/);
    const back = await readBack(bytes);
    expect(back.meta).toEqual(meta);
    expect(back.digest).toBe(meta.digest);
  });

  it('gives the same digest on a second generation, and another for other prefilled content', async () => {
    const first = await exampleForm('MOI');
    const second = await exampleForm('MOI', { now: '2026-07-09T10:00:00.000Z' });
    expect(second.meta.digest).toBe(first.meta.digest);
    expect(second.meta.generatedAt).not.toBe(first.meta.generatedAt);
    const withLast = await exampleForm('MOI', {
      ledger: [{ period: '2026-Q1', agency: 'MOI', code: 'I3.1', value: 'partly', category: '' } as never],
    });
    expect(withLast.meta.digest).not.toBe(first.meta.digest);
  });

  it('hashes a password once for every form of a run', async () => {
    const shared = await formProtection('secret');
    const a = await loadWithExcelJs((await exampleForm('MOI', { protection: shared })).bytes);
    const b = await loadWithExcelJs((await exampleForm('POL', { protection: shared })).bytes);
    const pa = protection(a.getWorksheet('Progress report')!);
    const pb = protection(b.getWorksheet(META_SHEET_NAME)!);
    expect(pa).toMatchObject({ algorithmName: 'SHA-512', spinCount: 100000 });
    expect([pb?.hashValue, pb?.saltValue]).toEqual([pa?.hashValue, pa?.saltValue]);
  });
});
