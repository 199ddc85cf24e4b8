import type { MessageKey } from '../core/i18n/translate';
import type { CellValue } from '../core/model/cell';
import { isFormulaCell, type BlockWrite, type CellWrite, type TableCreate, type WriteBatch } from '../sheets/gateway';
import { supportsExcelApi } from './requirements';

/** Excel measures column widths in points; a character of the default font is about 5.5 points wide. */
const POINTS_PER_CHARACTER = 5.5;
const DERIVED_FONT_COLOR = '#595959';

/**
 * Queues every write of the batch on the context; the caller syncs once. Values go in whole blocks (one
 * assignment per block), number formats before values so text columns keep "+10%" as typed.
 */
export function queueWrites(context: Excel.RequestContext, batch: WriteBatch): MessageKey[] {
  const degraded = new Set<MessageKey>();
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => sheets.get(name) ?? context.workbook.worksheets.getItem(name);

  for (const name of batch.deleteTables) {
    // Contents only: the conditional formats NAP Monitor added over this range stay, and are not added twice.
    const table = context.workbook.tables.getItem(name);
    table.getRange().clear(Excel.ClearApplyTo.contents);
    table.delete();
  }
  for (const create of batch.createSheets) {
    const worksheet = context.workbook.worksheets.add(create.name);
    if (!create.visible) worksheet.visibility = Excel.SheetVisibility.hidden;
    if (create.tabColor) worksheet.tabColor = create.tabColor;
    sheets.set(create.name, worksheet);
  }
  for (const block of batch.blocks) writeBlock(sheet(block.sheet), block);
  for (const table of batch.tables) writeTable(sheet(table.sheet), table, degraded);
  for (const freeze of batch.freezeRows) sheet(freeze.sheet).freezePanes.freezeRows(freeze.rows);
  for (const rule of batch.conditionalFormats) {
    const format = sheet(rule.sheet).getRange(rule.address).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    if (rule.fontColor) format.custom.format.font.color = rule.fontColor;
  }
  for (const old of batch.deleteCharts) sheet(old.sheet).charts.getItemOrNullObject(old.name).delete();
  for (const spec of batch.charts) {
    const worksheet = sheet(spec.sheet);
    const kind = spec.kind === 'columnStacked' ? Excel.ChartType.columnStacked : Excel.ChartType.columnClustered;
    const chart = worksheet.charts.add(kind, worksheet.getRange(spec.source), Excel.ChartSeriesBy.columns);
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.setPosition(spec.from, spec.to);
  }
  if (batch.activate) sheet(batch.activate).activate();
  return [...degraded];
}

function writeBlock(worksheet: Excel.Worksheet, block: BlockWrite): void {
  const width = block.rows[0]?.length ?? 0;
  if (block.rows.length === 0 || width === 0) return;
  const range = worksheet.getRangeByIndexes(block.top, block.left, block.rows.length, width);
  if (block.numberFormats) {
    const formats = block.numberFormats;
    range.numberFormat = block.rows.map(() => [...formats]);
  }
  range.values = block.rows.map((row) => row.map((cell) => (isFormulaCell(cell) ? null : cellValue(cell)))) as unknown[][];
  for (let column = 0; column < width; column++) {
    if (!block.rows.some((row) => isFormulaCell(row[column]))) continue;
    const columnRange = worksheet.getRangeByIndexes(block.top, block.left + column, block.rows.length, 1);
    columnRange.formulas = block.rows.map((row) => {
      const cell = row[column];
      return [isFormulaCell(cell) ? cell.formula : null];
    }) as unknown[][];
  }
  if (block.bold) range.format.font.bold = true;
  if (block.wrap) range.format.wrapText = true;
  block.widths?.forEach((width, index) => {
    worksheet.getRangeByIndexes(0, block.left + index, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
}

/** Excel needs at least one body row; `null` in a values array leaves a cell as it is. */
function cellValue(cell: CellValue): unknown {
  return cell === null ? '' : cell;
}

function writeTable(worksheet: Excel.Worksheet, table: TableCreate, degraded: Set<MessageKey>): void {
  const bodyRows = table.rows.length > 0 ? table.rows : [table.headers.map((): CellWrite => '')];
  writeBlock(worksheet, {
    sheet: table.sheet,
    top: table.top,
    left: table.left,
    rows: [table.headers, ...bodyRows],
    numberFormats: table.columns.map((column) => column.numberFormat),
  });
  const full = worksheet.getRangeByIndexes(table.top, table.left, bodyRows.length + 1, table.headers.length);
  const created = worksheet.tables.add(full, true);
  created.name = table.name;
  created.style = table.style;
  const validation = supportsExcelApi('1.8');
  table.columns.forEach((column, index) => {
    const columnBody = worksheet.getRangeByIndexes(table.top + 1, table.left + index, bodyRows.length, 1);
    worksheet.getRangeByIndexes(table.top, table.left + index, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
    if (column.wrap) columnBody.format.wrapText = true;
    if (!column.input) {
      columnBody.format.font.italic = true;
      columnBody.format.font.color = DERIVED_FONT_COLOR;
    }
    if (!column.list) return;
    if (!validation) {
      degraded.add('degraded.noDataValidation');
      return;
    }
    columnBody.dataValidation.rule = { list: { inCellDropDown: true, source: column.list.source } };
    columnBody.dataValidation.errorAlert = {
      showAlert: column.list.strict,
      style: Excel.DataValidationAlertStyle.stop,
      title: table.headers[index],
      message: column.list.alert,
    };
  });
}
