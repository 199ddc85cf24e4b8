import { renderSentence } from '../../core/i18n/sentence';
import ExcelJS from 'exceljs';
import type { MessageKey, Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { reportRows } from '../../core/report';
import {
  REPORT_AREAS_TABLE,
  REPORT_INDICATORS_TABLE,
  REPORT_OUTCOMES_TABLE,
  REPORT_SUMMARY_TABLE,
} from '../../sheets/report/reportTables';
import type { TableSpec } from '../../sheets/layout';
import { inertText } from './inertText';
import type { ReportForExport, ReportRenderer } from './reportRenderer';

const BOLD = { bold: true } as const;

/** Cells hold values only: numbers as numbers, every text inert, never a formula. */
function valueOf(cell: CellValue): ExcelJS.CellValue {
  if (cell === null) return null;
  return typeof cell === 'string' ? inertText(cell) : cell;
}

function sheet(workbook: ExcelJS.Workbook, name: string, footer: string): ExcelJS.Worksheet {
  return workbook.addWorksheet(name.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: footer },
  });
}

/** Each table has a sheet of its own here, so its columns fit their content: 8 to 50 characters wide. */
const WIDTH = { min: 8, max: 50 } as const;
const LINE_POINTS = 15;
const COVER_HEADING_WIDTH = 34;
const COVER_TEXT_WIDTH = 90;

const textLength = (value: ExcelJS.CellValue) =>
  Math.max(
    0,
    ...String(value ?? '')
      .split('\n')
      .map((line) => line.length),
  );

function addTable(worksheet: ExcelJS.Worksheet, spec: TableSpec, rows: CellValue[][], t: Translator): void {
  const headerValues = spec.columns.map((column) => inertText(t(column.header)));
  const bodyValues = rows.map((row) => row.map(valueOf));
  const widths = spec.columns.map((_, index) =>
    Math.min(WIDTH.max, Math.max(WIDTH.min, ...[headerValues, ...bodyValues].map((row) => textLength(row[index]) + 1))),
  );
  const header = worksheet.addRow(headerValues);
  header.font = BOLD;
  for (const values of [headerValues, ...bodyValues]) {
    const row = values === headerValues ? header : worksheet.addRow(values);
    // Rows are given their height: not every reader grows a row to fit wrapped text on opening.
    const lines = Math.max(
      1,
      ...values.map((value, index) =>
        String(value ?? '')
          .split('\n')
          .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / widths[index])), 0),
      ),
    );
    row.height = lines * LINE_POINTS;
  }
  widths.forEach((width, index) => {
    const column = worksheet.getColumn(index + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  worksheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
}

/**
 * The report as a values-only workbook for parliament's staff: the title block and narrative, then one sheet
 * per table of the Report sheet. No formulas, hidden sheets, external links or macros; text a spreadsheet
 * would run as a formula is stored inert.
 */
export async function renderXlsx(report: ReportForExport, t: Translator): Promise<Uint8Array> {
  const model = report.whole;
  const rows = reportRows(model, t);
  const workbook = new ExcelJS.Workbook();
  const footer = `&L${model.plan.title.replace(/&/g, '&&').slice(0, 80)}&R${t('report.page', { page: '&P', pages: '&N' })}`;

  // The cover reads as a form: what each part is on the left, the text on the right.
  const cover = sheet(workbook, t('report.sheet'), footer);
  cover.addRow([inertText(t('report.title'))]).font = { bold: true, size: 14 };
  cover.addRow([]);
  for (const row of rows.titleBlock) cover.addRow(row.map(valueOf)).getCell(1).font = BOLD;
  cover.getColumn(1).width = COVER_HEADING_WIDTH;
  cover.getColumn(2).width = COVER_TEXT_WIDTH;
  cover.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  for (const item of model.narrative) {
    cover.addRow([]);
    // Headings run on across the empty cell beside them; the text wraps in the wide column.
    const heading = cover.addRow([inertText(renderSentence(t, item.heading))]);
    heading.getCell(1).font = BOLD;
    const text = item.text !== '' ? item.text : t('report.notWritten');
    const row = cover.addRow([null, inertText(text)]);
    row.height =
      Math.max(1, ...text.split('\n').map((line) => Math.ceil(line.length / COVER_TEXT_WIDTH))) * LINE_POINTS;
  }

  const tables: [MessageKey, TableSpec, CellValue[][]][] = [
    ['report.section.summary', REPORT_SUMMARY_TABLE, [...rows.summary, ...rows.rule]],
    ['report.sheet.areas', REPORT_AREAS_TABLE, rows.areas],
    ['report.section.outcomes', REPORT_OUTCOMES_TABLE, rows.outcomes],
    ['report.indicatorsHeading', REPORT_INDICATORS_TABLE, rows.indicators],
  ];
  for (const [title, spec, body] of tables) addTable(sheet(workbook, t(title), footer), spec, body, t);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const xlsxRenderer: ReportRenderer = {
  format: 'xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  perYear: false,
  render: renderXlsx,
};
