import {
  columnLetters,
  containsCell,
  formatRect,
  isWholeColumns,
  isWholeRows,
  parseAddress,
  parseLocalAddress,
  qualifiedAddress,
  type Rect,
} from './address';
import { fail } from './errors';
import { outputValue } from './state/evaluation';
import {
  cellText,
  readFormulas,
  readNumberFormats,
  readTexts,
  readValues,
  writeCells,
  writeNumberFormats,
  type OutputValue,
} from './state/cells';
import { chartSeriesCount } from './state/charts';
import { conditionalLookAt, type ConditionalFormatLook } from './state/conditionalFormats';
import { applyStyle } from './state/formatting';
import { addName } from './state/names';
import { protect, unprotect } from './state/protection';
import { select } from './state/selection';
import type { PageLayoutState } from './state/pageLayout';
import type { SheetState, Visibility } from './state/sheet';
import { activate, addSheet, renameSheet, setVisibility } from './state/sheets';
import type { CellStyle } from './state/style';
import { addTable, renameTable } from './state/tables';
import { ruleType, validationAt, type ValidationSettings } from './state/validation';
import { WorkbookState } from './state/workbook';

export type CellFormat = Omit<CellStyle, 'numberFormat'>;

export interface CellTablePart {
  table: string;
  style: string;
  part: 'header' | 'body' | 'totals';
  /** 0-based row within the body, and column within the table. */
  bodyRow: number;
  column: number;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  columnCount: number;
}

export interface CellInfo {
  address: string;
  /** As Range.values reports it: '' when empty, the result for a formula, "#N/A" for errors. */
  value: OutputValue;
  formula: string | null;
  numberFormat: string;
  text: string;
  format: CellFormat;
  /** What conditional formats currently add to the cell, evaluated now. */
  conditional: ConditionalFormatLook | null;
  validation: (ValidationSettings & { type: string }) | null;
  table: CellTablePart | null;
  /** The merged area the cell belongs to, when it is its top-left cell. */
  merge: { rows: number; columns: number } | null;
  /** True for cells hidden under a merged area's top-left cell. */
  mergedAway: boolean;
}

export interface SheetInfo {
  name: string;
  visibility: Visibility;
  position: number;
  tabColor: string;
  frozenRows: number;
  frozenColumns: number;
  /** Explicit widths/heights in points, by column letter / 1-based row number. */
  columnWidths: Record<string, number>;
  rowHeights: Record<number, number>;
  protection: { protected: boolean; options: Record<string, unknown> };
  /** Local address of the used range (values and formats), null on a blank sheet. */
  usedAddress: string | null;
  /** The print setup; areas as absolute local addresses, e.g. "$A:$O" and "$3:$3". */
  pageLayout: Omit<PageLayoutState, 'printArea' | 'printTitleRows'> & {
    printArea: string | null;
    printTitleRows: string | null;
  };
}

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  bodyValues: OutputValue[][];
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
}

export interface ValidationInfo extends Omit<ValidationSettings, 'rule'> {
  sheet: string;
  address: string;
  type: string;
  /** e.g. { list: { inCellDropDown: true, source: '=Lists!$A$2:$A$9' } } */
  rule: Record<string, Record<string, unknown>>;
}

export interface ConditionalFormatInfo {
  sheet: string;
  address: string;
  type: string;
  priority: number;
  stopIfTrue: boolean;
  rule: Record<string, string>;
  format: ConditionalFormatLook;
}

export interface ChartInfo {
  sheet: string;
  name: string;
  type: string;
  source: string;
  sourceSheet: string;
  sourceAddress: string;
  seriesBy: 'Rows' | 'Columns';
  title: string;
  titleVisible: boolean;
  position: { start: string | null; end: string | null };
  /** The solid fill of each series ("#RRGGBB"), or null where Excel picks the colour. */
  seriesFills: (string | null)[];
}

export interface NameInfo {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

/**
 * A simulated workbook. Office.js code reaches it through the installed `Excel` global; tests and the preview
 * inspect it (and arrange it, bypassing protection and the request queue) with the methods here.
 * Addresses are local ("B4", "A1:C3"); sheet names are matched ignoring case.
 */
export class FakeWorkbook {
  /** The model behind the proxies; for the fake's own modules. */
  readonly state = new WorkbookState();

  get apiVersion(): string {
    return this.state.apiVersion;
  }

  set apiVersion(version: string) {
    this.state.apiVersion = version;
  }

  /** Every context.sync(), including the one Excel.run makes at the end. */
  get syncCount(): number {
    return this.state.syncCount;
  }

  set syncCount(count: number) {
    this.state.syncCount = count;
  }

  /** Milliseconds spent running the commands of every sync since the last reset: Excel's share of an action. */
  get executeMs(): number {
    return this.state.executeMs;
  }

  resetSyncCount(): void {
    this.state.syncCount = 0;
    this.state.executeMs = 0;
  }

  /**
   * Arms a fault: the `sync`-th sync from now is lost before Excel gets it, or the `command`-th command
   * executed from now fails with GeneralException after the ones before it were applied. `{}` disarms.
   */
  injectFault(plan: { sync?: number; command?: number }): void {
    this.state.faults.arm(plan);
  }

  /** Syncs and executed commands since the last injectFault, to know every point a fault can hit. */
  get faultCounts(): { syncs: number; commands: number } {
    return { syncs: this.state.faults.syncs, commands: this.state.faults.commands };
  }

  /** The most one sync may send, in bytes (5 MB, as Excel on the web); lower it to test chunked writes. */
  get requestPayloadLimit(): number {
    return this.state.requestPayloadLimit;
  }

  set requestPayloadLimit(bytes: number) {
    this.state.requestPayloadLimit = bytes;
  }

  /** Grows on every change; useful as a render key. */
  get version(): number {
    return this.state.version;
  }

  /** Called after each sync that changed something, and after each arrange call. */
  subscribe(listener: () => void): () => void {
    return this.state.subscribe(listener);
  }

  private sheetState(name: string): SheetState {
    const sheet = this.state.sheetByName(name);
    if (!sheet) fail('ItemNotFound', 'FakeWorkbook', `No sheet named '${name}'.`);
    return sheet;
  }

  private rect(address: string): Rect {
    const rect = parseLocalAddress(address);
    if (!rect) fail('InvalidArgument', 'FakeWorkbook', `Not an address: '${address}'.`);
    return rect;
  }

  private arrange(fn: () => void): this {
    fn();
    this.state.notifyIfChanged();
    return this;
  }

  private unprotected(sheet: SheetState, fn: () => void): void {
    const saved = sheet.protection;
    sheet.protection = { protected: false, options: {}, password: null };
    try {
      fn();
    } finally {
      sheet.protection = saved;
    }
  }

  // ---- inspect ----

  sheets(): SheetInfo[] {
    return this.state.sheets.map((sheet, position) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      position,
      tabColor: sheet.tabColor,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      columnWidths: Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [columnLetters(c), w])),
      rowHeights: Object.fromEntries([...sheet.rowHeights].map(([r, h]) => [r + 1, h])),
      protection: { protected: sheet.protection.protected, options: { ...sheet.protection.options } },
      usedAddress: ((rect) => (rect ? formatRect(rect) : null))(sheet.usedRect(false)),
      pageLayout: {
        ...structuredClone(sheet.pageLayout),
        printArea: sheet.pageLayout.printArea && formatRect(sheet.pageLayout.printArea, true),
        printTitleRows: sheet.pageLayout.printTitleRows && formatRect(sheet.pageLayout.printTitleRows, true),
      },
    }));
  }

  sheet(name: string): SheetInfo {
    const info = this.sheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!info) fail('ItemNotFound', 'FakeWorkbook', `No sheet named '${name}'.`);
    return info;
  }

  activeSheet(): string {
    return this.state.activeSheet().name;
  }

  selection(): { sheet: string; address: string } | null {
    const selection = this.state.selection;
    const sheet = selection && this.state.sheetById(selection.sheetId);
    return selection && sheet ? { sheet: sheet.name, address: formatRect(selection.rect) } : null;
  }

  cell(sheet: string, address: string): CellInfo {
    const rect = this.rect(address);
    return this.cellAt(sheet, rect.r0, rect.c0);
  }

  /** A cell by 0-based row and column (what the preview grid uses). */
  cellAt(sheetName: string, row: number, col: number): CellInfo {
    const sheet = this.sheetState(sheetName);
    const content = sheet.content(row, col);
    const { numberFormat, ...format } = sheet.style(row, col);
    const validation = validationAt(sheet, row, col);
    const merge = sheet.merges.find((m) => containsCell(m, row, col));
    return {
      address: formatRect({ r0: row, c0: col, r1: row, c1: col }),
      value: outputValue(this.state.evaluator.cellValue(sheet.id, row, col)),
      formula: content?.formula ?? null,
      numberFormat,
      text: cellText(this.state, sheet, row, col),
      format,
      conditional: conditionalLookAt(this.state, sheet, row, col),
      validation: validation && { ...validation, type: ruleType(validation) },
      table: this.tablePart(sheet, row, col),
      merge:
        merge && merge.r0 === row && merge.c0 === col
          ? { rows: merge.r1 - merge.r0 + 1, columns: merge.c1 - merge.c0 + 1 }
          : null,
      mergedAway: merge !== undefined && (merge.r0 !== row || merge.c0 !== col),
    };
  }

  private tablePart(sheet: SheetState, row: number, col: number): CellTablePart | null {
    const table = this.state.tables.find((t) => t.sheet === sheet && containsCell(t.rect, row, col));
    if (!table) return null;
    const header = table.headerRect();
    const totals = table.totalsRect();
    const part = header && row === header.r0 ? 'header' : totals && row === totals.r0 ? 'totals' : 'body';
    return {
      table: table.name,
      style: table.style,
      part,
      bodyRow: row - table.bodyRect().r0,
      column: col - table.rect.c0,
      showBandedRows: table.showBandedRows,
      showBandedColumns: table.showBandedColumns,
      highlightFirstColumn: table.highlightFirstColumn,
      highlightLastColumn: table.highlightLastColumn,
      columnCount: table.rect.c1 - table.rect.c0 + 1,
    };
  }

  values(sheet: string, address: string): OutputValue[][] {
    return readValues(this.state, this.sheetState(sheet), this.rect(address));
  }

  formulas(sheet: string, address: string): OutputValue[][] {
    return readFormulas(this.sheetState(sheet), this.rect(address));
  }

  texts(sheet: string, address: string): string[][] {
    return readTexts(this.state, this.sheetState(sheet), this.rect(address));
  }

  numberFormats(sheet: string, address: string): string[][] {
    return readNumberFormats(this.sheetState(sheet), this.rect(address));
  }

  /**
   * How many rows and columns a picture of the sheet needs: used cells, tables, merges, the selection,
   * validation areas that are not whole columns, and the cells charts are anchored to.
   */
  extent(sheet: string): { rows: number; columns: number } {
    const target = this.sheetState(sheet);
    const anchors = target.charts
      .flatMap((chart) => [chart.position.start, chart.position.end])
      .map((address) => (address ? parseAddress(address)?.rect : undefined));
    const rects: Rect[] = [
      target.usedRect(false),
      ...this.state.tables.filter((t) => t.sheet === target).map((t) => t.rect),
      ...target.merges,
      ...target.validations.map((l) => l.rect).filter((r) => !isWholeColumns(r) && !isWholeRows(r)),
      ...anchors,
    ].filter((r): r is Rect => r !== null && r !== undefined);
    const selection = this.state.selection;
    if (selection && selection.sheetId === target.id && !isWholeColumns(selection.rect) && !isWholeRows(selection.rect))
      rects.push(selection.rect);
    return {
      rows: Math.max(0, ...rects.map((r) => r.r1 + 1)),
      columns: Math.max(0, ...rects.map((r) => r.c1 + 1)),
    };
  }

  usedRange(sheet: string, valuesOnly = false): string | null {
    const rect = this.sheetState(sheet).usedRect(valuesOnly);
    return rect ? formatRect(rect) : null;
  }

  /** Evaluates a formula as if it sat in A1 of `sheet` (or in `address`). */
  evaluate(sheet: string, formula: string, address = 'A1'): OutputValue {
    const at = this.rect(address);
    const source = formula.startsWith('=') ? formula : `=${formula}`;
    return outputValue(this.state.evaluator.evaluate(source, this.sheetState(sheet).id, at.r0, at.c0, 0, 0));
  }

  tables(): TableInfo[] {
    return this.state.tables.map((t) => this.tableInfo(t));
  }

  /** One table; only its own cells are evaluated, so a big formula table elsewhere costs nothing here. */
  table(name: string): TableInfo | undefined {
    const found = this.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    return found && this.tableInfo(found);
  }

  private tableInfo(t: WorkbookState['tables'][number]): TableInfo {
    return {
      name: t.name,
      sheet: t.sheet.name,
      address: formatRect(t.rect),
      headers: t.columns.map((c) => c.name),
      bodyValues: readValues(this.state, t.sheet, t.bodyRect()),
      style: t.style,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      showBandedRows: t.showBandedRows,
      showBandedColumns: t.showBandedColumns,
    };
  }

  validations(sheet?: string): ValidationInfo[] {
    const sheets = sheet === undefined ? this.state.sheets : [this.sheetState(sheet)];
    return sheets.flatMap((s) =>
      s.validations.flatMap((layer) => {
        const { rule, ...rest } = structuredClone(layer.settings);
        return rule
          ? [{ sheet: s.name, address: formatRect(layer.rect), type: ruleType(layer.settings), ...rest, rule }]
          : [];
      }),
    );
  }

  conditionalFormats(sheet?: string): ConditionalFormatInfo[] {
    const sheets = sheet === undefined ? this.state.sheets : [this.sheetState(sheet)];
    return sheets.flatMap((s) =>
      [...s.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => ({
          sheet: s.name,
          address: cf.rects.map((r) => formatRect(r)).join(','),
          type: cf.type,
          priority: cf.priority,
          stopIfTrue: cf.stopIfTrue,
          rule: { ...(cf.rule as Record<string, string>) },
          format: { ...cf.format },
        })),
    );
  }

  charts(sheet?: string): ChartInfo[] {
    const sheets = sheet === undefined ? this.state.sheets : [this.sheetState(sheet)];
    return sheets.flatMap((s) =>
      s.charts.map((chart) => {
        const source = this.state.sheetById(chart.source.sheetId);
        return {
          sheet: s.name,
          name: chart.name,
          type: chart.type,
          source: source ? qualifiedAddress(source.name, chart.source.rect) : '#REF!',
          sourceSheet: source?.name ?? '',
          sourceAddress: formatRect(chart.source.rect),
          seriesBy: chart.seriesBy,
          title: chart.title,
          titleVisible: chart.titleVisible,
          position: { ...chart.position },
          seriesFills: Array.from(
            { length: chartSeriesCount(this.state, chart) },
            (_, index) => chart.seriesFills.get(index) ?? null,
          ),
        };
      }),
    );
  }

  names(): NameInfo[] {
    return [...this.state.names.values()].map((n) => ({ ...n }));
  }

  merges(sheet: string): string[] {
    return this.sheetState(sheet).merges.map((m) => formatRect(m));
  }

  // ---- arrange (direct, no proxies, no sync) ----

  addSheet(name: string, options: { visibility?: Visibility } = {}): this {
    return this.arrange(() => {
      const sheet = addSheet(this.state, name, 'FakeWorkbook.addSheet');
      if (options.visibility) setVisibility(this.state, sheet, options.visibility, 'FakeWorkbook.addSheet');
    });
  }

  renameSheet(name: string, newName: string): this {
    return this.arrange(() => renameSheet(this.state, this.sheetState(name), newName, 'FakeWorkbook.renameSheet'));
  }

  setVisibility(sheet: string, visibility: Visibility): this {
    return this.arrange(() =>
      setVisibility(this.state, this.sheetState(sheet), visibility, 'FakeWorkbook.setVisibility'),
    );
  }

  /** Writes like Range.values does (a 2-D array or one value for all cells), ignoring protection. */
  setValues(sheet: string, address: string, values: unknown): this {
    const target = this.sheetState(sheet);
    return this.arrange(() =>
      this.unprotected(target, () =>
        writeCells(this.state, target, this.rect(address), values, 'FakeWorkbook.setValues'),
      ),
    );
  }

  setNumberFormat(sheet: string, address: string, format: string | string[][]): this {
    const target = this.sheetState(sheet);
    return this.arrange(() =>
      this.unprotected(target, () =>
        writeNumberFormats(this.state, target, this.rect(address), format, 'FakeWorkbook.setNumberFormat'),
      ),
    );
  }

  setFormat(sheet: string, address: string, format: Partial<CellFormat>): this {
    return this.arrange(() => {
      applyStyle(this.sheetState(sheet), this.rect(address), format);
      this.state.changed();
    });
  }

  setColumnWidth(sheet: string, address: string, points: number): this {
    return this.arrange(() => {
      const target = this.sheetState(sheet);
      const rect = this.rect(address);
      for (let c = rect.c0; c <= rect.c1; c++) target.columnWidths.set(c, points);
      this.state.changed();
    });
  }

  addTable(
    sheet: string,
    address: string,
    options: { name?: string; hasHeaders?: boolean; style?: string } = {},
  ): this {
    return this.arrange(() => {
      const target = this.sheetState(sheet);
      const table = addTable(
        this.state,
        target,
        this.rect(address),
        options.hasHeaders ?? true,
        'FakeWorkbook.addTable',
      );
      if (options.name) renameTable(this.state, table, options.name, 'FakeWorkbook.addTable');
      if (options.style) table.style = options.style;
    });
  }

  addName(name: string, formula: string): this {
    return this.arrange(() => addName(this.state, name, formula, '', 'FakeWorkbook.addName'));
  }

  protectSheet(sheet: string, options?: Record<string, unknown>, password?: string): this {
    return this.arrange(() => {
      protect(this.sheetState(sheet), options, password);
      this.state.changed();
    });
  }

  unprotectSheet(sheet: string, password?: string): this {
    return this.arrange(() => {
      unprotect(this.sheetState(sheet), password);
      this.state.changed();
    });
  }

  freezeRows(sheet: string, rows: number): this {
    return this.arrange(() => {
      this.sheetState(sheet).frozenRows = rows;
      this.state.changed();
    });
  }

  /** Shows a sheet, as clicking its tab does (a hidden sheet cannot be shown). */
  activate(sheet: string): this {
    return this.arrange(() => activate(this.state, this.sheetState(sheet), 'FakeWorkbook.activate'));
  }

  select(sheet: string, address: string): this {
    return this.arrange(() => select(this.state, this.sheetState(sheet), this.rect(address), 'FakeWorkbook.select'));
  }
}

/** An empty workbook with one sheet, "Sheet1", at ExcelApi 1.20 unless told otherwise. */
export function createFakeWorkbook(options: { apiVersion?: string } = {}): FakeWorkbook {
  const workbook = new FakeWorkbook();
  workbook.state.createSheet('Sheet1');
  if (options.apiVersion) workbook.apiVersion = options.apiVersion;
  workbook.state.notifyIfChanged();
  return workbook;
}
