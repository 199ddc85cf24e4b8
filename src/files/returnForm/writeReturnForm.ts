import ExcelJS from 'exceljs';
import type { Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { cellAddress } from '../../sheets/layout';
import {
  FORM_LISTS,
  INDICATOR_COLUMNS,
  HEADER_FIELDS,
  LISTS_SHEET_NAME,
  META_SHEET_NAME,
  digestText,
  metaGrid,
  type CellRole,
  type FormCell,
  type FormContent,
  type InputKind,
  type ReturnFormMeta,
} from '../../sheets/returnForm';
import { a1Range } from '../a1Range';
import { rowHeight, wrappedLines } from '../rowHeights';
import { applyProtection, type SheetProtection } from './formProtection';
import { inputValidation } from './formValidation';
import { sha256Hex } from './sha256';

const thin = (argb: string): Partial<ExcelJS.Border> => ({ style: 'thin', color: { argb } });
const box = (argb: string): Partial<ExcelJS.Borders> => ({
  top: thin(argb),
  left: thin(argb),
  bottom: thin(argb),
  right: thin(argb),
});
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Input cells are pale yellow with a blue frame, so they stand out in any program and in print. */
const LOOK: Record<CellRole, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  section: { font: { bold: true, size: 12, color: { argb: 'FF1F4E79' } } },
  columnHeader: {
    font: { bold: true },
    fill: fill('FFD9E1F2'),
    border: box('FF8EA9DB'),
    alignment: { wrapText: true, vertical: 'top' },
  },
  area: { font: { bold: true }, fill: fill('FFDDEBF7'), alignment: { wrapText: true, vertical: 'top' } },
  outcome: {
    font: { bold: true, italic: true },
    fill: fill('FFF2F2F2'),
    alignment: { wrapText: true, vertical: 'top' },
  },
  label: { font: { bold: true }, alignment: { vertical: 'top' } },
  prefilled: { fill: fill('FFF2F2F2'), border: box('FFBFBFBF'), alignment: { wrapText: true, vertical: 'top' } },
  input: { fill: fill('FFFFF2CC'), border: box('FF2F75B5'), alignment: { wrapText: true, vertical: 'top' } },
};
const NUMBER_FORMAT: Partial<Record<InputKind, string>> = { date: 'yyyy-mm-dd', text: '@' };
const PAPER = { A4: 9, letter: 1 } as const;
const OBSERVATIONS_HEIGHT = 60;
/** Characters across the instructions column: one portrait page wide. */
const INSTRUCTIONS_WIDTH = 75;

export interface FormWriteOptions {
  generatedAt: string;
  protection: SheetProtection;
  paperSize: keyof typeof PAPER;
  t: Translator;
}

/** Vertical runs of input cells of one kind in one column, so each run gets one validation (exceljs #2820). */
function inputRuns(cells: readonly FormCell[]): { range: string; kind: InputKind }[] {
  const sorted = cells.filter((cell) => cell.input !== undefined).sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { top: number; bottom: number; column: number; kind: InputKind }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.kind === cell.input && last.bottom === cell.row - 1) last.bottom++;
    else runs.push({ top: cell.row, bottom: cell.row, column: cell.column, kind: cell.input! });
  }
  return runs.map((run) => ({
    range: a1Range({ top: run.top, left: run.column, bottom: run.bottom, right: run.column }),
    kind: run.kind,
  }));
}

/** Neither Excel nor LibreOffice grows a row for wrapped text in a file it opens: the heights are set here. */
function fitRowHeights(worksheet: ExcelJS.Worksheet, cells: readonly FormCell[]): void {
  const width = (cell: FormCell) =>
    INDICATOR_COLUMNS.filter((c) => c.column >= cell.column && c.column <= (cell.mergeTo ?? cell.column)).reduce(
      (sum, c) => sum + c.width,
      0,
    );
  const lines = new Map<number, number>();
  for (const cell of cells) {
    if (typeof cell.value !== 'string' || cell.value === '' || cell.role === 'title') continue;
    lines.set(cell.row, Math.max(lines.get(cell.row) ?? 1, wrappedLines(cell.value, width(cell))));
  }
  for (const [row, count] of lines) if (count > 1) worksheet.getRow(row + 1).height = rowHeight(count);
}

function writeFormSheet(worksheet: ExcelJS.Worksheet, content: FormContent, options: FormWriteOptions): void {
  INDICATOR_COLUMNS.forEach((column) => (worksheet.getColumn(column.column + 1).width = column.width));
  for (const cell of content.cells) {
    const target = worksheet.getCell(cell.row + 1, cell.column + 1);
    if (cell.mergeTo !== undefined && cell.mergeTo > cell.column)
      worksheet.mergeCells(cell.row + 1, cell.column + 1, cell.row + 1, cell.mergeTo + 1);
    target.value = cell.value === '' ? null : (cell.value as ExcelJS.CellValue);
    target.style = { ...LOOK[cell.role], numFmt: cell.input ? (NUMBER_FORMAT[cell.input] ?? 'General') : '@' };
    target.protection = { locked: cell.role !== 'input' };
  }
  fitRowHeights(worksheet, content.cells);
  const observations = HEADER_FIELDS.find((field) => field.key === 'observations')!;
  worksheet.getRow(observations.row + 1).height = OBSERVATIONS_HEIGHT;
  const validations = (
    worksheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const run of inputRuns(content.cells)) {
    const validation = inputValidation(run.kind, options.t);
    if (validation) validations.add(run.range, validation);
  }
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER[options.paperSize] as ExcelJS.PageSetup['paperSize'],
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${content.printTitleRow + 1}:${content.printTitleRow + 1}`,
  };
  worksheet.headerFooter = { oddFooter: '&L&A&R&P / &N' };
  applyProtection(worksheet, options.protection);
}

function writeInstructions(worksheet: ExcelJS.Worksheet, content: FormContent, options: FormWriteOptions): void {
  worksheet.getColumn(1).width = INSTRUCTIONS_WIDTH;
  content.instructions.forEach((line, i) => {
    const cell = worksheet.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
    // The last line is the one about personal data: it must not be overlooked.
    if (i === content.instructions.length - 1) cell.font = { bold: true };
    if (i > 0) worksheet.getRow(i + 1).height = rowHeight(wrappedLines(line, INSTRUCTIONS_WIDTH));
  });
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER[options.paperSize] as ExcelJS.PageSetup['paperSize'],
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  applyProtection(worksheet, options.protection);
}

function writeGrid(worksheet: ExcelJS.Worksheet, grid: readonly (readonly CellValue[])[]): void {
  grid.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== null && value !== '') worksheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
}

/**
 * Writes one return form: instructions, the form, the veryHidden lists and metadata sheets, all protected.
 * The digest is computed from the very values written, by the contract's `digestText`.
 */
export async function writeReturnForm(
  content: FormContent,
  options: FormWriteOptions,
): Promise<{ bytes: Uint8Array; meta: ReturnFormMeta }> {
  const written = new Map(content.cells.map((cell) => [cellAddress(cell.row, cell.column), cell.value]));
  const digest = await sha256Hex(
    digestText(content.meta.formId, content.rows, (row, column) => written.get(cellAddress(row, column)) ?? null),
  );
  const meta: ReturnFormMeta = { ...content.meta, generatedAt: options.generatedAt, digest };

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'NAP Monitor';
  const instructions = workbook.addWorksheet(content.instructionsSheet);
  const form = workbook.addWorksheet(content.formSheet);
  const lists = workbook.addWorksheet(LISTS_SHEET_NAME, { state: 'veryHidden' });
  const metaSheet = workbook.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  writeInstructions(instructions, content, options);
  writeFormSheet(form, content, options);
  FORM_LISTS.forEach((list, i) =>
    content.lists[i].forEach((label, r) => (lists.getCell(r + 1, list.column + 1).value = label)),
  );
  applyProtection(lists, options.protection);
  writeGrid(metaSheet, metaGrid(meta));
  applyProtection(metaSheet, options.protection);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer), meta };
}
