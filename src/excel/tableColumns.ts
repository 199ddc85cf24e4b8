import type { MessageKey } from '../core/i18n/translate';
import type { ColumnFormat, ColumnsAdd } from '../sheets/gateway';
import { supportsExcelApi } from './requirements';

/** Excel measures column widths in points; a character of the default font is about 5.5 points wide. */
export const POINTS_PER_CHARACTER = 5.5;
const DERIVED_FONT_COLOR = '#595959';

/** A table column's look over its header cell and body: width, wrapping, derived cells in grey italics, dropdown. */
export function formatTableColumn(
  header: Excel.Range,
  body: Excel.Range,
  column: ColumnFormat,
  title: string,
  degraded: Set<MessageKey>,
): void {
  header.format.columnWidth = column.width * POINTS_PER_CHARACTER;
  if (column.wrap) body.format.wrapText = true;
  if (!column.input) {
    body.format.font.italic = true;
    body.format.font.color = DERIVED_FONT_COLOR;
  }
  if (!column.list) return;
  if (!supportsExcelApi('1.8')) {
    degraded.add('degraded.noDataValidation');
    return;
  }
  body.dataValidation.rule = { list: { inCellDropDown: true, source: column.list.source } };
  body.dataValidation.errorAlert = {
    showAlert: column.list.strict,
    style: Excel.DataValidationAlertStyle.stop,
    title,
    message: column.list.alert,
  };
}

/**
 * Columns at the right edge of an existing table (ExcelApi 1.4: index -1 appends, and the name given is the
 * header). Excel makes room by moving the cells to the right of the table's rows, and refuses when that would
 * split another table or merged cells; the batch's blocks and rows are queued after, so they find the columns.
 */
export function addTableColumns(context: Excel.RequestContext, add: ColumnsAdd, degraded: Set<MessageKey>): void {
  const table = context.workbook.tables.getItem(add.table);
  add.headers.forEach((header, index) => {
    const format = add.columns[index];
    const column = table.columns.add(-1, undefined, header);
    const body = column.getDataBodyRange();
    // A single format applies to every cell of the range; the body is as long as the table, which we did not read.
    body.numberFormat = format.numberFormat as unknown as string[][];
    body.format.verticalAlignment = Excel.VerticalAlignment.top;
    const title = column.getHeaderRowRange();
    title.format.wrapText = true;
    formatTableColumn(title, body, format, header, degraded);
  });
}
