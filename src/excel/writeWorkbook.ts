import type { MessageKey } from '../core/i18n/translate';
import type { CellValue } from '../core/model/cell';
import {
  isFormulaCell,
  type BlockWrite,
  type CellWrite,
  type PageLayoutWrite,
  type RowsAppend,
  type TableCreate,
  type WriteBatch,
} from '../sheets/gateway';
import { columnLetter } from '../sheets/layout';
import { supportsExcelApi } from './requirements';
import { addTableColumns, formatTableColumn, POINTS_PER_CHARACTER } from './tableColumns';
/** Excel on the web takes at most 5 MB a request: syncs carry at most this much, blocks go in parts of at most the chunk. */
const REQUEST_BUDGET = 4 * 1024 * 1024;
const CHUNK_BUDGET = 1024 * 1024;

/** Counts what is queued and syncs before a request would grow past the budget; small batches never sync here. */
class RequestBudget {
  private used = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  async spend(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > REQUEST_BUDGET) {
      await this.context.sync();
      this.used = 0;
    }
    this.used += bytes;
  }
}

/**
 * Queues every write of the batch on the context; the caller's closing sync sends them. Values go in whole
 * blocks, number formats before values so text columns keep "+10%" as typed. A batch too big for one request
 * (thousands of rows) is sent in parts, with a sync between them.
 */
export async function queueWrites(
  context: Excel.RequestContext,
  batch: WriteBatch,
  /** Tables of the batch that an interrupted run added but did not name: by the name Excel gave them. */
  adoptions: ReadonlyMap<string, string> = new Map(),
): Promise<MessageKey[]> {
  const budget = new RequestBudget(context);
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
    const worksheet = create.resume
      ? context.workbook.worksheets.getItem(create.name)
      : context.workbook.worksheets.add(create.name);
    worksheet.visibility = create.visible ? Excel.SheetVisibility.visible : Excel.SheetVisibility.hidden;
    if (create.tabColor) worksheet.tabColor = create.tabColor;
    sheets.set(create.name, worksheet);
  }
  for (const add of batch.addColumns) addTableColumns(context, add, degraded);
  for (const freeze of batch.freezeRows) sheet(freeze.sheet).freezePanes.freezeRows(freeze.rows);
  if (batch.pageLayouts.length > 0) {
    if (supportsExcelApi('1.9')) batch.pageLayouts.forEach((layout) => setPageLayout(sheet(layout.sheet), layout));
    else degraded.add('degraded.noPageLayout');
  }
  for (const block of batch.blocks) await writeBlock(sheet(block.sheet), block, budget);
  for (const table of batch.tables) await prepareTable(sheet(table.sheet), table, degraded, budget);
  const replaced = new Set(
    batch.conditionalFormats.filter((rule) => rule.replace).map((rule) => `${rule.sheet}!${rule.address}`),
  );
  for (const target of replaced) {
    const at = target.lastIndexOf('!');
    sheet(target.slice(0, at))
      .getRange(target.slice(at + 1))
      .conditionalFormats.clearAll();
  }
  // By id on the whole sheet: where the rule was found does not matter, only that it is the one read.
  for (const rule of batch.conditionalFormats)
    for (const id of rule.supersedes ?? []) sheet(rule.sheet).getRange().conditionalFormats.getItem(id).delete();
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
    // Excel's default palette would give each status a colour of its own choosing; ours is colour-blind safe.
    spec.seriesColors.forEach((color, index) => chart.series.getItemAt(index).format.fill.setSolidColor(color));
    chart.setPosition(spec.from, spec.to);
  }
  if (batch.activate) sheet(batch.activate).activate();
  // Last, as commit marks: a run stopped before a table exists is redone whole by the next run, which finds
  // the tables that do exist complete (their cells, formats and sheets were all written before them).
  for (const table of batch.tables) addTable(sheet(table.sheet), table, adoptions.get(table.name));
  for (const append of batch.appendRows) await appendTableRows(context, append, budget);
  return [...degraded];
}

/** Orientation, paper, one page wide, the print area by whole columns, title rows and the footer. */
function setPageLayout(worksheet: Excel.Worksheet, layout: PageLayoutWrite): void {
  const page = worksheet.pageLayout;
  page.orientation =
    layout.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  page.paperSize = layout.paperSize === 'letter' ? Excel.PaperType.letter : Excel.PaperType.a4;
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintArea(`${columnLetter(layout.columns.first)}:${columnLetter(layout.columns.last)}`);
  page.setPrintTitleRows(`$${layout.titleRows.first + 1}:$${layout.titleRows.last + 1}`);
  const footers = page.headersFooters.defaultForAllPages;
  footers.leftFooter = layout.footer.left;
  footers.centerFooter = layout.footer.center;
  footers.rightFooter = layout.footer.right;
  if (layout.rowBreaks) {
    worksheet.horizontalPageBreaks.removePageBreaks();
    for (const row of layout.rowBreaks) worksheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
}

/** Consecutive rows whose JSON stays within the chunk budget (a single huge row is a chunk of its own). */
function rowChunks(rows: CellWrite[][]): { start: number; rows: CellWrite[][]; bytes: number }[] {
  const chunks: { start: number; rows: CellWrite[][]; bytes: number }[] = [];
  let current = { start: 0, rows: [] as CellWrite[][], bytes: 0 };
  rows.forEach((row, index) => {
    const bytes = JSON.stringify(row).length * 2;
    if (current.rows.length > 0 && current.bytes + bytes > CHUNK_BUDGET) {
      chunks.push(current);
      current = { start: index, rows: [], bytes: 0 };
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  if (current.rows.length > 0) chunks.push(current);
  return chunks;
}

async function writeBlock(worksheet: Excel.Worksheet, block: BlockWrite, budget: RequestBudget): Promise<void> {
  const width = block.rows[0]?.length ?? 0;
  if (block.rows.length === 0 || width === 0) return;
  for (const chunk of rowChunks(block.rows)) {
    await budget.spend(chunk.bytes);
    const top = block.top + chunk.start;
    const range = worksheet.getRangeByIndexes(top, block.left, chunk.rows.length, width);
    if (block.numberFormats) {
      const formats = block.numberFormats;
      range.numberFormat = chunk.rows.map((_, row) =>
        formats.map((format, column) => block.cellFormats?.[chunk.start + row]?.[column] ?? format),
      );
    }
    range.values = chunk.rows.map((row) =>
      row.map((cell) => (isFormulaCell(cell) ? null : cellValue(cell))),
    ) as unknown[][];
    for (let column = 0; column < width; column++) {
      if (!chunk.rows.some((row) => isFormulaCell(row[column]))) continue;
      const columnRange = worksheet.getRangeByIndexes(top, block.left + column, chunk.rows.length, 1);
      columnRange.formulas = chunk.rows.map((row) => {
        const cell = row[column];
        return [isFormulaCell(cell) ? cell.formula : null];
      }) as unknown[][];
    }
  }
  const range = worksheet.getRangeByIndexes(block.top, block.left, block.rows.length, width);
  if (block.bold) range.format.font.bold = true;
  if (block.wrap) range.format.wrapText = true;
  block.widths?.forEach((width, index) => {
    worksheet.getRangeByIndexes(0, block.left + index, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
}

type Cell = string | number | boolean;

/** Through the table's rows (not the cells below it), so the table grows by exactly the rows sent. */
async function appendTableRows(
  context: Excel.RequestContext,
  append: RowsAppend,
  budget: RequestBudget,
): Promise<void> {
  const table = context.workbook.tables.getItem(append.table);
  for (const chunk of rowChunks(append.rows)) {
    await budget.spend(chunk.bytes);
    table.rows.add(undefined, chunk.rows.map((row) => row.map((cell) => (cell === null ? '' : cell))) as Cell[][]);
  }
}

/** `null` in a values array would leave a cell as it is; a blank is written as ''. */
function cellValue(cell: CellValue): unknown {
  return cell === null ? '' : cell;
}

/** Excel needs at least one body row, so an empty table gets one blank row. */
const bodyOf = (table: TableCreate): CellWrite[][] =>
  table.rows.length > 0 ? table.rows : [table.headers.map((): CellWrite => '')];

/** A table's cells, formats, widths, row heights and dropdowns, on the range it is about to cover. */
async function prepareTable(
  worksheet: Excel.Worksheet,
  table: TableCreate,
  degraded: Set<MessageKey>,
  budget: RequestBudget,
): Promise<void> {
  const bodyRows = bodyOf(table);
  await writeBlock(
    worksheet,
    {
      sheet: table.sheet,
      top: table.top,
      left: table.left,
      rows: [table.headers, ...bodyRows],
      numberFormats: table.columns.map((column) => column.numberFormat),
      cellFormats: table.cellFormats && [table.headers.map(() => null), ...table.cellFormats],
    },
    budget,
  );
  const full = worksheet.getRangeByIndexes(table.top, table.left, bodyRows.length + 1, table.headers.length);
  full.format.verticalAlignment = Excel.VerticalAlignment.top;
  table.columns.forEach((column, index) =>
    formatTableColumn(
      worksheet.getRangeByIndexes(table.top, table.left + index, 1, 1),
      worksheet.getRangeByIndexes(table.top + 1, table.left + index, bodyRows.length, 1),
      column,
      table.headers[index],
      degraded,
    ),
  );
  // Long headers wrap instead of being cut off, and rows take the height their wrapped text needs.
  worksheet.getRangeByIndexes(table.top, table.left, 1, table.headers.length).format.wrapText = true;
  full.format.autofitRows();
}

function addTable(worksheet: Excel.Worksheet, table: TableCreate, stray: string | undefined): void {
  const full = worksheet.getRangeByIndexes(table.top, table.left, bodyOf(table).length + 1, table.headers.length);
  const created = stray ? worksheet.tables.getItem(stray) : worksheet.tables.add(full, true);
  created.name = table.name;
  created.style = table.style;
}
