import type { Rect } from '../address';
import { fail } from '../errors';
import { readValues, writeCells } from '../state/cells';
import type { SheetState } from '../state/sheet';
import {
  addColumn,
  addRows,
  addTable,
  removeTable,
  renameColumn,
  renameTable,
  resizeTable,
  setShowTotals,
  type TableColumnState,
  type TableState,
} from '../state/tables';
import type { WorkbookState } from '../state/workbook';
import { ClientObject, ClientResult, defineType, type ScalarSpec } from './base';
import { CollectionProxy } from './collection';
import type { FakeRequestContext } from './context';
import { RangeProxy } from './range';
import { rangeArgument, resolveAddress } from './rangeTarget';
import { WorksheetProxy } from './worksheet';

const STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function aliveTable(table: TableState): void {
  if (table.deleted || table.sheet.deleted) fail('ItemNotFound', 'Table');
}

/** The tables of a workbook (sheet null) or of one worksheet. */
export interface TablesTarget {
  workbook: WorkbookState;
  sheet: SheetState | null;
}

/** Excel.TableCollection (workbook.tables or worksheet.tables). */
export class TableCollectionProxy extends CollectionProxy<TablesTarget, TableState, TableProxy> {
  constructor(ctx: FakeRequestContext, resolver: () => TablesTarget | null) {
    super(ctx, 'TableCollection', resolver);
  }

  _entities(target: TablesTarget): TableState[] {
    return target.workbook.tables.filter((t) => target.sheet === null || t.sheet === target.sheet);
  }

  _key(entity: TableState): unknown {
    return entity;
  }

  _itemProxy(resolver: () => TableState | null): TableProxy {
    return new TableProxy(this._ctx, resolver);
  }

  private _find(target: TablesTarget, key: string): TableState | undefined {
    const lower = String(key).toLowerCase();
    return this._entities(target).find((t) => t.name.toLowerCase() === lower || t.id === key);
  }

  /** An address without a sheet means the collection's sheet, or the active sheet for workbook.tables. */
  add(address: unknown, hasHeaders: boolean): TableProxy {
    return this._create(
      'add',
      [address, hasHeaders],
      (target, location) => {
        const home = target.sheet ?? target.workbook.activeSheet();
        const range =
          typeof address === 'string'
            ? resolveAddress(target.workbook, home, address, location, target.sheet !== null)
            : rangeArgument(target.workbook, address, home, location);
        if (target.sheet && range.sheet !== target.sheet) fail('InvalidArgument', location);
        return addTable(target.workbook, range.sheet, range.rect, hasHeaders, location);
      },
      (r) => this._itemProxy(r),
    );
  }

  getItem(key: string): TableProxy {
    return this._lookup('getItem', [key], (t) => this._find(t, key), false);
  }

  getItemOrNullObject(key: string): TableProxy {
    this._gate('getItemOrNullObject');
    return this._lookup('getItemOrNullObject', [key], (t) => this._find(t, key), true);
  }

  getItemAt(index: number): TableProxy {
    return this._lookup('getItemAt', [index], (t) => this._entities(t)[index], false);
  }

  getCount(): ClientResult<number> {
    return this._count((t) => this._entities(t).length);
  }
}

defineType<TablesTarget>(TableCollectionProxy, {
  count: { get: (t) => t.workbook.tables.filter((x) => t.sheet === null || x.sheet === t.sheet).length },
});

function tableFlag(
  key: 'showBandedRows' | 'showBandedColumns' | 'showFilterButton' | 'highlightFirstColumn' | 'highlightLastColumn',
): ScalarSpec<TableState> {
  return {
    get: (t) => t[key],
    set: (t, value, location) => {
      if (typeof value !== 'boolean') fail('InvalidArgument', location);
      t[key] = value;
      t.sheet.workbook.changed();
    },
  };
}

/** Excel.Table. */
export class TableProxy extends ClientObject<TableState> {
  constructor(ctx: FakeRequestContext, resolver: () => TableState | null) {
    super(ctx, 'Table', resolver);
  }

  protected override _assertAlive(target: TableState): void {
    aliveTable(target);
  }

  private _range(member: string, rect: (table: TableState, location: string) => Rect | null): RangeProxy {
    const location = `Table.${member}`;
    return new RangeProxy(this._ctx, () => {
      const table = this._resolve();
      if (!table) return null;
      const found = rect(table, location);
      if (!found) fail('ItemNotFound', location);
      return { sheet: table.sheet, rect: found };
    });
  }

  get worksheet(): WorksheetProxy {
    this._gate('worksheet');
    return this._nav('worksheet', () => new WorksheetProxy(this._ctx, () => this._resolve()?.sheet ?? null));
  }

  get rows(): TableRowCollectionProxy {
    return this._nav('rows', () => new TableRowCollectionProxy(this._ctx, () => this._resolve()));
  }

  get columns(): TableColumnCollectionProxy {
    return this._nav('columns', () => new TableColumnCollectionProxy(this._ctx, () => this._resolve()));
  }

  getRange(): RangeProxy {
    return this._range('getRange', (t) => t.rect);
  }

  getHeaderRowRange(): RangeProxy {
    return this._range('getHeaderRowRange', (t) => t.headerRect());
  }

  getDataBodyRange(): RangeProxy {
    return this._range('getDataBodyRange', (t) => t.bodyRect());
  }

  getTotalRowRange(): RangeProxy {
    return this._range('getTotalRowRange', (t) => t.totalsRect());
  }

  resize(newRange: unknown): void {
    this._gate('resize');
    this._queue('resize', [newRange], (table, location) => {
      const target = rangeArgument(table.sheet.workbook, newRange, table.sheet, location);
      if (target.sheet !== table.sheet) fail('InvalidArgument', location);
      resizeTable(table.sheet.workbook, table, target.rect, location);
    });
  }

  delete(): void {
    this._queue('delete', [], (table) => removeTable(table.sheet.workbook, table, false));
  }

  convertToRange(): RangeProxy {
    this._gate('convertToRange');
    return this._create(
      'convertToRange',
      [],
      (table) => {
        removeTable(table.sheet.workbook, table, true);
        return { sheet: table.sheet, rect: table.rect };
      },
      (r) => new RangeProxy(this._ctx, r),
    );
  }
}

defineType<TableState>(
  TableProxy,
  {
    id: { get: (t) => t.id },
    name: { get: (t) => t.name, set: (t, value, location) => renameTable(t.sheet.workbook, t, value, location) },
    style: {
      get: (t) => t.style,
      set: (t, value, location) => {
        if (typeof value !== 'string' || (value !== '' && !STYLE.test(value))) fail('InvalidArgument', location);
        t.style = value;
        t.sheet.workbook.changed();
      },
    },
    showHeaders: {
      get: (t) => t.showHeaders,
      set: (t, value, location) => {
        if (typeof value !== 'boolean') fail('InvalidArgument', location);
        if (value !== t.showHeaders)
          fail('NotImplemented', location, 'The fake Excel does not model hiding or showing a table header row.');
      },
    },
    showTotals: {
      get: (t) => t.showTotals,
      set: (t, value, location) => {
        if (typeof value !== 'boolean') fail('InvalidArgument', location);
        setShowTotals(t.sheet.workbook, t, value, location);
      },
    },
    showBandedRows: tableFlag('showBandedRows'),
    showBandedColumns: tableFlag('showBandedColumns'),
    showFilterButton: tableFlag('showFilterButton'),
    highlightFirstColumn: tableFlag('highlightFirstColumn'),
    highlightLastColumn: tableFlag('highlightLastColumn'),
  },
  ['worksheet', 'rows', 'columns'],
);

/** A body row of a table, by position at the time it is used. */
export interface TableRowTarget {
  table: TableState;
  index: number;
}

function rowRect(target: TableRowTarget): Rect {
  const body = target.table.bodyRect();
  return { ...body, r0: body.r0 + target.index, r1: body.r0 + target.index };
}

/** Excel.TableRowCollection. */
export class TableRowCollectionProxy extends CollectionProxy<TableState, TableRowTarget, TableRowProxy> {
  constructor(ctx: FakeRequestContext, resolver: () => TableState | null) {
    super(ctx, 'TableRowCollection', resolver);
  }

  _entities(table: TableState): TableRowTarget[] {
    const body = table.bodyRect();
    return Array.from({ length: body.r1 - body.r0 + 1 }, (_, index) => ({ table, index }));
  }

  _key(entity: TableRowTarget): unknown {
    return entity.index;
  }

  _itemProxy(resolver: () => TableRowTarget | null): TableRowProxy {
    return new TableRowProxy(this._ctx, resolver);
  }

  /** Rows go after the last body row unless an index is given; values are whole rows (2-D). */
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): TableRowProxy {
    const args = [index ?? null, values, alwaysInsert].filter((a) => a !== undefined);
    return this._create(
      'add',
      args,
      (table, location) => {
        const added = addRows(table.sheet.workbook, table, index, values, location);
        return { table, index: added.r0 - table.bodyRect().r0 };
      },
      (r) => this._itemProxy(r),
    );
  }

  getItemAt(index: number): TableRowProxy {
    return this._lookup('getItemAt', [index], (t) => this._entities(t)[index], false);
  }

  getCount(): ClientResult<number> {
    return this._count((t) => this._entities(t).length);
  }
}

defineType<TableState>(TableRowCollectionProxy, { count: { get: (t) => t.bodyRect().r1 - t.bodyRect().r0 + 1 } });

/** Excel.TableRow. */
export class TableRowProxy extends ClientObject<TableRowTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => TableRowTarget | null) {
    super(ctx, 'TableRow', resolver);
  }

  protected override _assertAlive(target: TableRowTarget): void {
    aliveTable(target.table);
  }

  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const target = this._resolve();
      return target && { sheet: target.table.sheet, rect: rowRect(target) };
    });
  }
}

defineType<TableRowTarget>(TableRowProxy, {
  index: { get: (t) => t.index },
  values: {
    get: (t) => readValues(t.table.sheet.workbook, t.table.sheet, rowRect(t)),
    set: (t, value, location) => writeCells(t.table.sheet.workbook, t.table.sheet, rowRect(t), value, location),
  },
});

/** A table column; its position is looked up each time, since columns can be inserted before it. */
export interface TableColumnTarget {
  table: TableState;
  column: TableColumnState;
}

function columnIndexOf(target: TableColumnTarget): number {
  const index = target.table.columns.findIndex((c) => c.id === target.column.id);
  if (index < 0) fail('ItemNotFound', 'TableColumn');
  return index;
}

function columnRect(target: TableColumnTarget, part: 'all' | 'body' | 'header' | 'totals'): Rect | null {
  const c = target.table.rect.c0 + columnIndexOf(target);
  const rows =
    part === 'all'
      ? target.table.rect
      : part === 'body'
        ? target.table.bodyRect()
        : part === 'header'
          ? target.table.headerRect()
          : target.table.totalsRect();
  return rows && { r0: rows.r0, r1: rows.r1, c0: c, c1: c };
}

/** Excel.TableColumnCollection: getItem by name (ignoring case) or id. */
export class TableColumnCollectionProxy extends CollectionProxy<TableState, TableColumnTarget, TableColumnProxy> {
  constructor(ctx: FakeRequestContext, resolver: () => TableState | null) {
    super(ctx, 'TableColumnCollection', resolver);
  }

  _entities(table: TableState): TableColumnTarget[] {
    return table.columns.map((column) => ({ table, column }));
  }

  _key(entity: TableColumnTarget): unknown {
    return entity.column.id;
  }

  _itemProxy(resolver: () => TableColumnTarget | null): TableColumnProxy {
    return new TableColumnProxy(this._ctx, resolver);
  }

  private _find(table: TableState, key: number | string): TableColumnTarget | undefined {
    const lower = String(key).toLowerCase();
    const column = table.columns.find((c) => c.name.toLowerCase() === lower || String(c.id) === String(key));
    return column && { table, column };
  }

  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    const args = [index ?? null, values, name].filter((a) => a !== undefined);
    return this._create(
      'add',
      args,
      (table, location) => ({ table, column: addColumn(table.sheet.workbook, table, index, values, name, location) }),
      (r) => this._itemProxy(r),
    );
  }

  getItem(key: number | string): TableColumnProxy {
    return this._lookup('getItem', [key], (t) => this._find(t, key), false);
  }

  getItemOrNullObject(key: number | string): TableColumnProxy {
    this._gate('getItemOrNullObject');
    return this._lookup('getItemOrNullObject', [key], (t) => this._find(t, key), true);
  }

  getItemAt(index: number): TableColumnProxy {
    return this._lookup('getItemAt', [index], (t) => this._entities(t)[index], false);
  }

  getCount(): ClientResult<number> {
    return this._count((t) => t.columns.length);
  }
}

defineType<TableState>(TableColumnCollectionProxy, { count: { get: (t) => t.columns.length } });

/** Excel.TableColumn. */
export class TableColumnProxy extends ClientObject<TableColumnTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => TableColumnTarget | null) {
    super(ctx, 'TableColumn', resolver);
  }

  protected override _assertAlive(target: TableColumnTarget): void {
    aliveTable(target.table);
    columnIndexOf(target);
  }

  private _range(member: string, part: 'all' | 'body' | 'header' | 'totals'): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const target = this._resolve();
      if (!target) return null;
      const rect = columnRect(target, part);
      if (!rect) fail('ItemNotFound', `TableColumn.${member}`);
      return { sheet: target.table.sheet, rect };
    });
  }

  getRange(): RangeProxy {
    return this._range('getRange', 'all');
  }

  getDataBodyRange(): RangeProxy {
    return this._range('getDataBodyRange', 'body');
  }

  getHeaderRowRange(): RangeProxy {
    return this._range('getHeaderRowRange', 'header');
  }

  getTotalRowRange(): RangeProxy {
    return this._range('getTotalRowRange', 'totals');
  }
}

defineType<TableColumnTarget>(TableColumnProxy, {
  id: { get: (t) => t.column.id },
  index: { get: (t) => columnIndexOf(t) },
  name: {
    get: (t) => t.table.columns[columnIndexOf(t)].name,
    set: (t, value, location) => renameColumn(t.table.sheet.workbook, t.table, columnIndexOf(t), value, location),
  },
  values: {
    get: (t) => readValues(t.table.sheet.workbook, t.table.sheet, columnRect(t, 'all') as Rect),
    set: (t, value, location) =>
      writeCells(t.table.sheet.workbook, t.table.sheet, columnRect(t, 'all') as Rect, value, location),
  },
});
