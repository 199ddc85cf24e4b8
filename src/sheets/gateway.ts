import type { CellValue } from '../core/model/cell';
import type { MessageKey } from '../core/i18n/translate';
import type { PaperSize } from '../core/model/enums';

/**
 * The contract between use cases and a workbook, implemented by Office.js (src/excel) and by .xlsx files
 * (src/files). It speaks in sheets, tables and blocks of cells, never in Office objects, so one use case runs
 * in the task pane and on the command line.
 */
export interface WorkbookGateway {
  read(request: ReadRequest): Promise<WorkbookSnapshot>;
  /**
   * Reads, lets `plan` decide the writes from what it read (a pure step), and applies them, as one batch: in
   * Excel one `Excel.run` with a read sync and the closing sync that writes. The batch is validated in full
   * first; nothing is written when any part is invalid.
   */
  update<T>(request: ReadRequest, plan: (snapshot: WorkbookSnapshot) => Planned<T>): Promise<Updated<T>>;
  /** Selects a cell or range so the user sees it (in Excel: activates its sheet and selects it). */
  select(target: CellTarget): Promise<void>;
}

export interface Planned<T> {
  /** null when there is nothing to write. */
  batch: WriteBatch | null;
  result: T;
}

export interface Updated<T> {
  result: T;
  /** What this Excel could not do (e.g. dropdowns below ExcelApi 1.8): shown to the user, never a crash. */
  degraded: MessageKey[];
}

/** `update` for gateways whose reads and writes are local (files, memory): read, plan, write. */
export async function updateByReadWrite<T>(
  gateway: { read(request: ReadRequest): Promise<WorkbookSnapshot>; write(batch: WriteBatch): Promise<WriteResult> },
  request: ReadRequest,
  plan: (snapshot: WorkbookSnapshot) => Planned<T>,
): Promise<Updated<T>> {
  const { batch, result } = plan(await gateway.read(request));
  const degraded = batch ? (await gateway.write(batch)).degraded : [];
  return { result, degraded };
}

export interface ReadRequest {
  /** Excel table names to read in full (header + body). Tables that do not exist are simply absent. */
  tables: readonly string[];
  /** Sheets whose start (SheetInfo.start) to report, where they exist: those the action may have begun. */
  sheetStarts?: readonly string[];
  /**
   * Tables whose colour rules (custom formulas) to report, where the gateway can tell: those NAP Monitor
   * adds rules over, so a run can find a rule an interrupted one added but did not record.
   */
  rulesOn?: readonly string[];
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  /** 0-based row and column of the header row's first cell. */
  top: number;
  left: number;
  headers: string[];
  /** Body values as Excel reports them: numbers, strings, booleans; '' for empty cells. */
  rows: CellValue[][];
  /**
   * Body cells (0-based row and column) whose number is shown as a date: what Excel made of "3/4" typed into a
   * General cell. Readers of value columns refuse such a number rather than take 46085 for a count.
   */
  dateCells?: { row: number; column: number }[];
  /** Body cells whose number is shown as a percent: what Excel made of "10%" or "+10%" typed into a General cell. */
  percentCells?: { row: number; column: number }[];
  /** The custom colour rules touching the table, when asked for (`ReadRequest.rulesOn`) and the gateway can tell. */
  rules?: ExistingRule[];
}

/** A colour rule already in the workbook: the gateway's id for it and its formula as Excel reports it. */
export interface ExistingRule {
  id: string;
  formula: string;
}

export interface SheetInfo {
  name: string;
  visible: boolean;
  /**
   * What the sheet begins with, where the gateway can tell: the value of A1, and whether any other cell has
   * one. A run that Excel stopped part-way leaves a sheet holding at most its title; the next run finishes it.
   */
  start?: {
    a1: CellValue;
    onlyA1: boolean;
    /** The sheet's charts: a run stopped between adding a chart and naming it leaves one named by Excel. */
    charts: { name: string; title: string }[];
  };
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  /** Every table in the workbook by name, requested or not, so a writer can avoid name clashes. */
  tableNames: string[];
  tables: Record<string, TableSnapshot>;
}

/** A formula in English (Office.js `formulas`) with the value we expect, for writers that store results. */
export interface FormulaCell {
  formula: string;
  result?: CellValue;
}
export type CellWrite = CellValue | FormulaCell;

export function isFormulaCell(cell: CellWrite): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null;
}

export interface CellTarget {
  sheet: string;
  /** A1 address without the sheet, e.g. "B4" or "B4:D4". */
  address: string;
}

export interface SheetCreate {
  name: string;
  visible: boolean;
  tabColor?: string;
  /** The sheet is there already, begun by a run that was interrupted: its settings are applied again. */
  resume?: boolean;
}

export interface ColumnFormat {
  /** Excel number format: '@' keeps what is typed as text (codes, "+10%"), 'yyyy-mm-dd' for dates. */
  numberFormat: string;
  /** Width in characters of the default font. */
  width: number;
  wrap: boolean;
  /** Cells the user types into; derived columns are shown in grey italics. */
  input: boolean;
  /** A dropdown from a range of the lookup sheet; `strict` refuses values not in the list. */
  list?: { source: string; strict: boolean; alert: string };
}

export interface BlockWrite {
  sheet: string;
  top: number;
  left: number;
  rows: CellWrite[][];
  /** One number format per column, applied before the values so text stays text. */
  numberFormats?: string[];
  /** Formats of single cells over `numberFormats` (null keeps the column's), as TableCreate's. */
  cellFormats?: (string | null)[][];
  bold?: boolean;
  wrap?: boolean;
  /** Column widths in characters, starting at `left`. */
  widths?: number[];
}

export interface TableCreate {
  sheet: string;
  name: string;
  top: number;
  left: number;
  headers: string[];
  rows: CellWrite[][];
  columns: ColumnFormat[];
  /**
   * Number formats of single body cells over their column's (null keeps the column's), set before the values:
   * a number stays a number beside text that must stay text ("+10%" would become a formula, "3/4" a date).
   */
  cellFormats?: (string | null)[][];
  style: string;
}

/** A rule that colours cells while a formula (relative to the range's first cell) is true. */
export interface ConditionalFormatCreate {
  sheet: string;
  /** A1 range without the sheet, e.g. "E4:S600". */
  address: string;
  formula: string;
  fill: string;
  fontColor?: string;
  /**
   * The range is NAP Monitor's own output (a status column on its own sheet): the rules already on it are
   * cleared first, so a run repeated after an interruption never leaves a rule twice.
   */
  replace?: boolean;
  /**
   * Rules found on the range's table (ExistingRule ids) that this one takes the place of: the same rule left by
   * a run that Excel stopped before it was recorded, or added over fewer rows. Deleted before it is added.
   */
  supersedes?: string[];
}

export interface ChartCreate {
  sheet: string;
  name: string;
  kind: 'columnStacked' | 'columnClustered';
  /** A1 range of the data with headers in the first row and series in columns. */
  source: string;
  title: string;
  /** One fill per series, in the source's column order ("#RRGGBB"), so a status has one colour everywhere. */
  seriesColors: string[];
  /** Where the chart sits: top-left and bottom-right cells (A1). */
  from: string;
  to: string;
}

/**
 * How a sheet prints: fitted to one page wide, the given columns (all rows in use, so rows added later print
 * too), `titleRows` repeated on every page, and a footer in Excel's header/footer codes (&P page, &N pages,
 * &A sheet name; a literal & doubled).
 */
export interface PageLayoutWrite {
  sheet: string;
  orientation: 'portrait' | 'landscape';
  paperSize: PaperSize;
  /** 0-based first and last column of the print area. */
  columns: { first: number; last: number };
  /** 0-based first and last row repeated at the top of every page. */
  titleRows: { first: number; last: number };
  footer: { left: string; center: string; right: string };
  /**
   * 0-based rows that begin a new page (a report puts each strategic area on a page of its own). When given,
   * they replace the sheet's manual page breaks; when absent, the sheet's breaks are left as they are.
   */
  rowBreaks?: number[];
}

/**
 * Rows added at the end of an existing table, which grows to hold them: ledgers, registers and audit trails
 * are appended to, never rewritten, so a write that stops part-way loses nothing already there. Cells follow
 * the table's columns as read (`headers` of its snapshot).
 */
export interface RowsAppend {
  table: string;
  rows: CellValue[][];
}

/**
 * Columns added at the right edge of an existing table that an earlier layout made without them (in Office.js
 * `table.columns.add`): headers in the plan language, one format each; the rows already there get blank cells.
 */
export interface ColumnsAdd {
  table: string;
  headers: string[];
  columns: ColumnFormat[];
}

export interface WriteBatch {
  /**
   * The sheet and table names the batch was planned against (from the read just before), so a gateway can
   * check the batch without another round trip to Excel.
   */
  basis: { sheets: string[]; tables: string[] };
  /** NAP Monitor's own output tables (findings, marks, statuses) are replaced on each run: removed first. */
  deleteTables: string[];
  createSheets: SheetCreate[];
  /** Queued before the blocks and the appended rows, which may write into the new columns. */
  addColumns: ColumnsAdd[];
  blocks: BlockWrite[];
  tables: TableCreate[];
  /** Rows frozen at the top of a sheet, so table headers stay in view. */
  freezeRows: { sheet: string; rows: number }[];
  conditionalFormats: ConditionalFormatCreate[];
  /** Charts NAP Monitor drew on an earlier run, removed before they are drawn again. */
  deleteCharts: { sheet: string; name: string }[];
  charts: ChartCreate[];
  /** Queued after the blocks and the new tables, in this order. */
  appendRows: RowsAppend[];
  /** Print setup of the sheets the batch lays out. */
  pageLayouts: PageLayoutWrite[];
  activate?: string;
}

export interface WriteResult {
  /** What this Excel could not do (e.g. dropdowns below ExcelApi 1.8): shown to the user, never a crash. */
  degraded: MessageKey[];
}

export function emptyBatch(snapshot: WorkbookSnapshot): WriteBatch {
  return {
    basis: { sheets: snapshot.sheets.map((sheet) => sheet.name), tables: [...snapshot.tableNames] },
    deleteTables: [],
    createSheets: [],
    addColumns: [],
    blocks: [],
    tables: [],
    freezeRows: [],
    conditionalFormats: [],
    deleteCharts: [],
    charts: [],
    appendRows: [],
    pageLayouts: [],
  };
}
