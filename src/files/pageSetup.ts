import type ExcelJS from 'exceljs';
import type { PageLayoutWrite } from '../sheets/gateway';
import { columnLetter } from '../sheets/layout';

/** The paper sizes of the file format (ECMA-376 ST_PaperSize): 1 Letter, 9 A4. */
const PAPER = { letter: 1, A4: 9 } as const;

/**
 * A sheet's print setup in the file: orientation and paper, scaled to one page wide and as many tall as the
 * rows need, the print area by whole columns (rows added later print too), the title rows repeated and the
 * footer on every page.
 */
export function setPageSetup(worksheet: ExcelJS.Worksheet, layout: PageLayoutWrite): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: layout.orientation,
    paperSize: PAPER[layout.paperSize] as ExcelJS.PageSetup['paperSize'],
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `${columnLetter(layout.columns.first)}:${columnLetter(layout.columns.last)}`,
    printTitlesRow: `${layout.titleRows.first + 1}:${layout.titleRows.last + 1}`,
  };
  const { left, center, right } = layout.footer;
  worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: `&L${left}&C${center}&R${right}` };
  if (layout.rowBreaks) {
    // exceljs keeps the breaks in a list its types do not declare; emptied, the given breaks replace them.
    (worksheet as ExcelJS.Worksheet & { rowBreaks: unknown[] }).rowBreaks.length = 0;
    // exceljs breaks below the row it is given: the row above the one that begins the page.
    for (const row of layout.rowBreaks) if (row > 0) worksheet.getRow(row).addPageBreak();
  }
}
