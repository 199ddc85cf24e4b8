import type { Rect } from '../address';
import { fail } from '../errors';
import { protect, unprotect } from '../state/protection';
import type { SheetState } from '../state/sheet';
import { activate, addSheet, deleteSheet, renameSheet, setPosition, setVisibility } from '../state/sheets';
import type { WorkbookState } from '../state/workbook';
import { ClientObject, ClientResult, defineType } from './base';
import { ChartCollectionProxy } from './charts';
import { normalizeColor } from './colors';
import { CollectionProxy } from './collection';
import type { FakeRequestContext } from './context';
import { PageBreakCollectionProxy, PageLayoutProxy } from './pageLayout';
import { RangeProxy } from './range';
import { checkedRect, rangeArgument, resolveAddress, WHOLE_SHEET } from './rangeTarget';
import { TableCollectionProxy } from './tables';

function aliveSheet(sheet: SheetState): void {
  if (sheet.deleted) fail('ItemNotFound', 'Worksheet');
}

/** Excel.WorksheetCollection. Names are matched ignoring case; ids work too. */
export class WorksheetCollectionProxy extends CollectionProxy<WorkbookState, SheetState, WorksheetProxy> {
  constructor(ctx: FakeRequestContext, resolver: () => WorkbookState | null) {
    super(ctx, 'WorksheetCollection', resolver);
  }

  _entities(target: WorkbookState): SheetState[] {
    return [...target.sheets];
  }

  _key(entity: SheetState): unknown {
    return entity;
  }

  _itemProxy(resolver: () => SheetState | null): WorksheetProxy {
    return new WorksheetProxy(this._ctx, resolver);
  }

  private _find(target: WorkbookState, key: string): SheetState | undefined {
    return target.sheetByName(key) ?? target.sheetById(key);
  }

  add(name?: string): WorksheetProxy {
    return this._create(
      'add',
      name === undefined ? [] : [name],
      (target, location) => addSheet(target, name, location),
      (r) => this._itemProxy(r),
    );
  }

  getItem(key: string): WorksheetProxy {
    return this._lookup('getItem', [key], (target) => this._find(target, key), false);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this._gate('getItemOrNullObject');
    return this._lookup('getItemOrNullObject', [key], (target) => this._find(target, key), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._itemProxy(() => this._resolve()?.activeSheet() ?? null);
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return this._lookup(
      'getFirst',
      [visibleOnly],
      (t) => t.sheets.find((s) => !visibleOnly || s.visibility === 'Visible'),
      false,
    );
  }

  getLast(visibleOnly = false): WorksheetProxy {
    return this._lookup(
      'getLast',
      [visibleOnly],
      (t) => [...t.sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible'),
      false,
    );
  }

  getCount(visibleOnly = false): ClientResult<number> {
    return this._count((t) => t.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length);
  }
}

defineType(WorksheetCollectionProxy, {});

/** Excel.Worksheet. */
export class WorksheetProxy extends ClientObject<SheetState> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetState | null) {
    super(ctx, 'Worksheet', resolver);
  }

  protected override _assertAlive(target: SheetState): void {
    aliveSheet(target);
  }

  private _range(member: string, rect: (sheet: SheetState, location: string) => Rect): RangeProxy {
    const location = `Worksheet.${member}`;
    return new RangeProxy(this._ctx, () => {
      const sheet = this._resolve();
      return sheet && { sheet, rect: checkedRect(rect(sheet, location), location) };
    });
  }

  get tables(): TableCollectionProxy {
    return this._nav(
      'tables',
      () =>
        new TableCollectionProxy(this._ctx, () => {
          const sheet = this._resolve();
          return sheet && { workbook: sheet.workbook, sheet };
        }),
    );
  }

  get charts(): ChartCollectionProxy {
    return this._nav('charts', () => new ChartCollectionProxy(this._ctx, () => this._resolve()));
  }

  get protection(): WorksheetProtectionProxy {
    this._gate('protection');
    return this._nav('protection', () => new WorksheetProtectionProxy(this._ctx, () => this._resolve()));
  }

  get pageLayout(): PageLayoutProxy {
    this._gate('pageLayout');
    return this._nav('pageLayout', () => new PageLayoutProxy(this._ctx, () => this._resolve()));
  }

  get horizontalPageBreaks(): PageBreakCollectionProxy {
    this._gate('horizontalPageBreaks');
    return this._nav('horizontalPageBreaks', () => new PageBreakCollectionProxy(this._ctx, () => this._resolve()));
  }

  get freezePanes(): WorksheetFreezePanesProxy {
    this._gate('freezePanes');
    return this._nav('freezePanes', () => new WorksheetFreezePanesProxy(this._ctx, () => this._resolve()));
  }

  getRange(address?: string): RangeProxy {
    return this._range('getRange', (sheet, location) =>
      address === undefined ? WHOLE_SHEET : resolveAddress(sheet.workbook, sheet, address, location, true).rect,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    this._gate('getRangeByIndexes');
    return this._range('getRangeByIndexes', (_sheet, location) => {
      const valid =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && rowCount > 0 && columnCount > 0;
      if (!valid) fail('InvalidArgument', location);
      return { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range('getCell', () => ({ r0: row, c0: column, r1: row, c1: column }));
  }

  /** On a blank sheet Excel answers A1. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this._range('getUsedRange', (sheet) => sheet.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this._gate('getUsedRangeOrNullObject');
    const proxy = new RangeProxy(this._ctx, () => {
      const sheet = this._resolve();
      const used = sheet?.usedRect(valuesOnly);
      return sheet && used ? { sheet, rect: used } : null;
    });
    return this._nullable('getUsedRangeOrNullObject', [valuesOnly], proxy);
  }

  activate(): void {
    this._queue('activate', [], (sheet, location) => activate(sheet.workbook, sheet, location));
  }

  delete(): void {
    this._queue('delete', [], (sheet, location) => deleteSheet(sheet.workbook, sheet, location));
  }
}

defineType<SheetState>(
  WorksheetProxy,
  {
    id: { get: (s) => s.id },
    name: { get: (s) => s.name, set: (s, value, location) => renameSheet(s.workbook, s, value, location) },
    position: {
      get: (s) => s.workbook.sheets.indexOf(s),
      set: (s, value, location) => setPosition(s.workbook, s, value, location),
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, value, location) => setVisibility(s.workbook, s, value, location),
    },
    tabColor: {
      get: (s) => s.tabColor,
      set: (s, value, location) => {
        s.tabColor = value === '' ? '' : normalizeColor(value, location);
        s.workbook.changed();
      },
    },
  },
  ['tables', 'charts', 'protection', 'freezePanes', 'pageLayout', 'horizontalPageBreaks'],
);

/** Excel.WorksheetProtection. */
export class WorksheetProtectionProxy extends ClientObject<SheetState> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetState | null) {
    super(ctx, 'WorksheetProtection', resolver);
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    const args = password === undefined ? [options] : [options, password];
    this._queue('protect', args, (sheet) => {
      protect(sheet, options, password);
      sheet.workbook.changed();
    });
  }

  unprotect(password?: string): void {
    this._queue('unprotect', password === undefined ? [] : [password], (sheet) => {
      unprotect(sheet, password);
      sheet.workbook.changed();
    });
  }
}

defineType<SheetState>(WorksheetProtectionProxy, {
  protected: { get: (s) => s.protection.protected },
  options: { get: (s) => ({ ...s.protection.options }) },
});

/** Excel.WorksheetFreezePanes (ExcelApi 1.7). */
export class WorksheetFreezePanesProxy extends ClientObject<SheetState> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetState | null) {
    super(ctx, 'WorksheetFreezePanes', resolver);
  }

  private _freeze(
    member: string,
    args: unknown[],
    rows: (sheet: SheetState) => number,
    columns: (sheet: SheetState) => number,
  ): void {
    this._queue(member, args, (sheet, location) => {
      const r = rows(sheet);
      const c = columns(sheet);
      if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0) fail('InvalidArgument', location);
      sheet.frozenRows = r;
      sheet.frozenColumns = c;
      sheet.workbook.changed();
    });
  }

  freezeRows(count = 1): void {
    this._freeze(
      'freezeRows',
      [count],
      () => count,
      () => 0,
    );
  }

  freezeColumns(count = 1): void {
    this._freeze(
      'freezeColumns',
      [count],
      () => 0,
      () => count,
    );
  }

  freezeAt(frozenRange: unknown): void {
    const location = 'WorksheetFreezePanes.freezeAt';
    const rect = (sheet: SheetState) => rangeArgument(sheet.workbook, frozenRange, sheet, location).rect;
    this._freeze(
      'freezeAt',
      [frozenRange],
      (s) => rect(s).r1 + 1,
      (s) => rect(s).c1 + 1,
    );
  }

  unfreeze(): void {
    this._freeze(
      'unfreeze',
      [],
      () => 0,
      () => 0,
    );
  }

  getLocationOrNullObject(): RangeProxy {
    const proxy = new RangeProxy(this._ctx, () => {
      const sheet = this._resolve();
      if (!sheet || (sheet.frozenRows === 0 && sheet.frozenColumns === 0)) return null;
      const rect = { r0: 0, c0: 0, r1: Math.max(sheet.frozenRows, 1) - 1, c1: Math.max(sheet.frozenColumns, 1) - 1 };
      return {
        sheet,
        rect:
          sheet.frozenColumns === 0
            ? { ...rect, c1: WHOLE_SHEET.c1 }
            : sheet.frozenRows === 0
              ? { ...rect, r1: WHOLE_SHEET.r1 }
              : rect,
      };
    });
    return this._nullable('getLocationOrNullObject', [], proxy);
  }
}

defineType(WorksheetFreezePanesProxy, {});
