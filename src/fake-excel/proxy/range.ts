import {
  boundingRect,
  intersection,
  isWholeColumns,
  isWholeRows,
  MAX_COLUMNS,
  MAX_ROWS,
  qualifiedAddress,
  rectColumns,
  rectRows,
  type Rect,
} from '../address';
import { fail } from '../errors';
import {
  clearRange,
  readFormulas,
  readNumberFormats,
  readTexts,
  readValues,
  readValueTypes,
  writeCells,
  writeNumberFormats,
} from '../state/cells';
import { mergeCells, unmergeCells } from '../state/merges';
import { select } from '../state/selection';
import { ClientObject, defineType, type ScalarSpec } from './base';
import { ConditionalFormatCollectionProxy } from './conditionalFormats';
import type { FakeRequestContext } from './context';
import { RangeFormatProxy } from './rangeFormat';
import { checkedRect, rangeArgument, type RangeTarget } from './rangeTarget';
import { DataValidationProxy } from './validation';
import { WorksheetProxy } from './worksheet';

/** Excel.Range. */
export class RangeProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, 'Range', resolver);
  }

  protected override _assertAlive(target: RangeTarget): void {
    if (target.sheet.deleted) fail('ItemNotFound', 'Range');
  }

  private _derived(member: string, make: (target: RangeTarget, location: string) => Rect): RangeProxy {
    this._gate(member);
    const location = `Range.${member}`;
    return new RangeProxy(this._ctx, () => {
      const target = this._resolve();
      return target && { sheet: target.sheet, rect: checkedRect(make(target, location), location) };
    });
  }

  get format(): RangeFormatProxy {
    return this._nav('format', () => new RangeFormatProxy(this._ctx, () => this._resolve()));
  }

  get worksheet(): WorksheetProxy {
    return this._nav('worksheet', () => new WorksheetProxy(this._ctx, () => this._resolve()?.sheet ?? null));
  }

  get dataValidation(): DataValidationProxy {
    this._gate('dataValidation');
    return this._nav('dataValidation', () => new DataValidationProxy(this._ctx, () => this._resolve()));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this._gate('conditionalFormats');
    return this._nav(
      'conditionalFormats',
      () => new ConditionalFormatCollectionProxy(this._ctx, () => this._resolve()),
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derived('getCell', ({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0 + column,
      r1: rect.r0 + row,
      c1: rect.c0 + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derived('getOffsetRange', ({ rect }) => ({
      r0: rect.r0 + rowOffset,
      r1: rect.r1 + rowOffset,
      c0: rect.c0 + columnOffset,
      c1: rect.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derived('getResizedRange', ({ rect }) => ({
      ...rect,
      r1: rect.r1 + deltaRows,
      c1: rect.c1 + deltaColumns,
    }));
  }

  getRow(row: number): RangeProxy {
    return this._derived('getRow', ({ rect }) => ({ ...rect, r0: rect.r0 + row, r1: rect.r0 + row }));
  }

  getColumn(column: number): RangeProxy {
    return this._derived('getColumn', ({ rect }) => ({ ...rect, c0: rect.c0 + column, c1: rect.c0 + column }));
  }

  getEntireColumn(): RangeProxy {
    return this._derived('getEntireColumn', ({ rect }) => ({ ...rect, r0: 0, r1: MAX_ROWS - 1 }));
  }

  getEntireRow(): RangeProxy {
    return this._derived('getEntireRow', ({ rect }) => ({ ...rect, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  getLastRow(): RangeProxy {
    return this._derived('getLastRow', ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }

  getLastColumn(): RangeProxy {
    return this._derived('getLastColumn', ({ rect }) => ({ ...rect, c0: rect.c1 }));
  }

  getRowsBelow(count = 1): RangeProxy {
    return this._derived('getRowsBelow', ({ rect }) => ({ ...rect, r0: rect.r1 + 1, r1: rect.r1 + count }));
  }

  getRowsAbove(count = 1): RangeProxy {
    return this._derived('getRowsAbove', ({ rect }) => ({ ...rect, r0: rect.r0 - count, r1: rect.r0 - 1 }));
  }

  getBoundingRect(other: unknown): RangeProxy {
    return this._derived('getBoundingRect', (target, location) => {
      const second = rangeArgument(this._ctx.state, other, target.sheet, location);
      if (second.sheet !== target.sheet) fail('InvalidArgument', location);
      return boundingRect(target.rect, second.rect);
    });
  }

  getIntersection(other: unknown): RangeProxy {
    return this._derived('getIntersection', (target, location) => {
      const second = rangeArgument(this._ctx.state, other, target.sheet, location);
      const common = second.sheet === target.sheet ? intersection(target.rect, second.rect) : null;
      if (!common) fail('InvalidArgument', location);
      return common;
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._derived('getUsedRange', (target, location) => {
      const used = target.sheet.usedRect(valuesOnly);
      const common = used && intersection(used, target.rect);
      if (!common) fail('ItemNotFound', location);
      return common;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this._gate('getUsedRangeOrNullObject');
    const proxy = new RangeProxy(this._ctx, () => {
      const target = this._resolve();
      const used = target && target.sheet.usedRect(valuesOnly);
      const common = used && intersection(used, target.rect);
      return target && common ? { sheet: target.sheet, rect: common } : null;
    });
    return this._nullable('getUsedRangeOrNullObject', [valuesOnly], proxy);
  }

  select(): void {
    this._queue('select', [], (target, location) => select(this._ctx.state, target.sheet, target.rect, location));
  }

  clear(applyTo = 'All'): void {
    this._queue('clear', [applyTo], (target, location) =>
      clearRange(this._ctx.state, target.sheet, target.rect, applyTo, location),
    );
  }

  merge(across = false): void {
    this._gate('merge');
    this._queue('merge', [across], (target, location) =>
      mergeCells(this._ctx.state, target.sheet, target.rect, across, location),
    );
  }

  unmerge(): void {
    this._gate('unmerge');
    this._queue('unmerge', [], (target, location) =>
      unmergeCells(this._ctx.state, target.sheet, target.rect, location),
    );
  }
}

/** The fake speaks en-US only, so the *Local forms are the same properties. */
const formulasSpec: ScalarSpec<RangeTarget> = {
  get: (t) => readFormulas(t.sheet, t.rect),
  set: (t, value, location) => writeCells(t.sheet.workbook, t.sheet, t.rect, value, location),
};

const numberFormatSpec: ScalarSpec<RangeTarget> = {
  get: (t) => readNumberFormats(t.sheet, t.rect),
  set: (t, value, location) => writeNumberFormats(t.sheet.workbook, t.sheet, t.rect, value, location),
};

defineType<RangeTarget>(
  RangeProxy,
  {
    address: { get: ({ sheet, rect }) => qualifiedAddress(sheet.name, rect) },
    addressLocal: { get: ({ sheet, rect }) => qualifiedAddress(sheet.name, rect) },
    rowCount: { get: ({ rect }) => rectRows(rect) },
    columnCount: { get: ({ rect }) => rectColumns(rect) },
    cellCount: { get: ({ rect }) => rectRows(rect) * rectColumns(rect) },
    rowIndex: { get: ({ rect }) => rect.r0 },
    columnIndex: { get: ({ rect }) => rect.c0 },
    isEntireColumn: { get: ({ rect }) => isWholeColumns(rect) },
    isEntireRow: { get: ({ rect }) => isWholeRows(rect) },
    values: {
      get: (t) => readValues(t.sheet.workbook, t.sheet, t.rect),
      set: (t, value, location) => writeCells(t.sheet.workbook, t.sheet, t.rect, value, location),
    },
    formulas: formulasSpec,
    formulasLocal: formulasSpec,
    numberFormat: numberFormatSpec,
    numberFormatLocal: numberFormatSpec,
    text: { get: (t) => readTexts(t.sheet.workbook, t.sheet, t.rect) },
    valueTypes: { get: (t) => readValueTypes(t.sheet.workbook, t.sheet, t.rect) },
  },
  ['format', 'worksheet', 'dataValidation', 'conditionalFormats'],
);
