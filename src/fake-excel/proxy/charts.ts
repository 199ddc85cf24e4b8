import { fail } from '../errors';
import { addChart, chartSeriesCount, deleteChart, type ChartState } from '../state/charts';
import type { SheetState } from '../state/sheet';
import { qualifiedAddress } from '../address';
import { ClientObject, ClientResult, defineType, type ScalarSpec } from './base';
import { normalizeColor } from './colors';
import { CollectionProxy } from './collection';
import type { FakeRequestContext } from './context';
import { rangeArgument } from './rangeTarget';
import { WorksheetProxy } from './worksheet';

export interface ChartTarget {
  sheet: SheetState;
  chart: ChartState;
}

/** Excel.ChartCollection of a worksheet. */
export class ChartCollectionProxy extends CollectionProxy<SheetState, ChartTarget, ChartProxy> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetState | null) {
    super(ctx, 'ChartCollection', resolver);
  }

  _entities(sheet: SheetState): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  _key(entity: ChartTarget): unknown {
    return entity.chart;
  }

  _itemProxy(resolver: () => ChartTarget | null): ChartProxy {
    return new ChartProxy(this._ctx, resolver);
  }

  add(type: string, sourceData: unknown, seriesBy?: string): ChartProxy {
    return this._create(
      'add',
      seriesBy === undefined ? [type, sourceData] : [type, sourceData, seriesBy],
      (sheet, location) => {
        const source = rangeArgument(sheet.workbook, sourceData, sheet, location);
        return {
          sheet,
          chart: addChart(
            sheet.workbook,
            sheet,
            type,
            { sheetId: source.sheet.id, rect: source.rect },
            seriesBy,
            location,
          ),
        };
      },
      (r) => this._itemProxy(r),
    );
  }

  getItem(name: string): ChartProxy {
    return this._lookup(
      'getItem',
      [name],
      (s) => this._entities(s).find((e) => e.chart.name.toLowerCase() === name.toLowerCase()),
      false,
    );
  }

  getItemOrNullObject(name: string): ChartProxy {
    this._gate('getItemOrNullObject');
    return this._lookup(
      'getItemOrNullObject',
      [name],
      (s) => this._entities(s).find((e) => e.chart.name.toLowerCase() === name.toLowerCase()),
      true,
    );
  }

  getItemAt(index: number): ChartProxy {
    return this._lookup('getItemAt', [index], (s) => this._entities(s)[index], false);
  }

  getCount(): ClientResult<number> {
    return this._count((s) => s.charts.length);
  }
}

defineType<SheetState>(ChartCollectionProxy, { count: { get: (s) => s.charts.length } });

/** Excel.Chart: type, data source and position are kept; the preview draws it. */
export class ChartProxy extends ClientObject<ChartTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => ChartTarget | null) {
    super(ctx, 'Chart', resolver);
  }

  protected override _assertAlive(target: ChartTarget): void {
    if (target.chart.deleted || target.sheet.deleted) fail('ItemNotFound', 'Chart');
  }

  get title(): ChartTitleProxy {
    return this._nav('title', () => new ChartTitleProxy(this._ctx, () => this._resolve()));
  }

  get worksheet(): WorksheetProxy {
    return this._nav('worksheet', () => new WorksheetProxy(this._ctx, () => this._resolve()?.sheet ?? null));
  }

  get series(): ChartSeriesCollectionProxy {
    return this._nav('series', () => new ChartSeriesCollectionProxy(this._ctx, () => this._resolve()));
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    this._queue(
      'setPosition',
      endCell === undefined ? [startCell] : [startCell, endCell],
      ({ sheet, chart }, location) => {
        const start = rangeArgument(sheet.workbook, startCell, sheet, location);
        const end = endCell === undefined ? null : rangeArgument(sheet.workbook, endCell, sheet, location);
        chart.position = {
          start: qualifiedAddress(start.sheet.name, start.rect),
          end: end && qualifiedAddress(end.sheet.name, end.rect),
        };
        sheet.workbook.changed();
      },
    );
  }

  delete(): void {
    this._queue('delete', [], ({ sheet, chart }) => deleteChart(sheet.workbook, sheet, chart));
  }
}

function textSpec(key: 'name' | 'type'): ScalarSpec<ChartTarget> {
  return {
    get: (t) => t.chart[key],
    set: (t, value, location) => {
      if (typeof value !== 'string' || value === '') fail('InvalidArgument', location);
      t.chart[key] = value;
      t.sheet.workbook.changed();
    },
  };
}

defineType<ChartTarget>(
  ChartProxy,
  {
    id: { get: (t) => t.chart.id },
    name: textSpec('name'),
    chartType: textSpec('type'),
  },
  ['title', 'worksheet', 'series'],
);

/** Excel.ChartTitle. Setting text makes the title visible, as in Excel. */
export class ChartTitleProxy extends ClientObject<ChartTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => ChartTarget | null) {
    super(ctx, 'ChartTitle', resolver);
  }
}

defineType<ChartTarget>(ChartTitleProxy, {
  text: {
    get: (t) => t.chart.title,
    set: (t, value, location) => {
      if (typeof value !== 'string') fail('InvalidArgument', location);
      t.chart.title = value;
      t.chart.titleVisible = value !== '';
      t.sheet.workbook.changed();
    },
  },
  visible: {
    get: (t) => t.chart.titleVisible,
    set: (t, value, location) => {
      if (typeof value !== 'boolean') fail('InvalidArgument', location);
      t.chart.titleVisible = value;
      t.sheet.workbook.changed();
    },
  },
});

export interface SeriesTarget extends ChartTarget {
  index: number;
}

/** Excel.ChartSeriesCollection: as many series as the source holds now (a category column is not one). */
export class ChartSeriesCollectionProxy extends CollectionProxy<ChartTarget, SeriesTarget, ChartSeriesProxy> {
  constructor(ctx: FakeRequestContext, resolver: () => ChartTarget | null) {
    super(ctx, 'ChartSeriesCollection', resolver);
  }

  _entities(target: ChartTarget): SeriesTarget[] {
    const count = chartSeriesCount(target.sheet.workbook, target.chart);
    return Array.from({ length: count }, (_, index) => ({ ...target, index }));
  }

  _key(entity: SeriesTarget): unknown {
    return `${entity.chart.id}:${entity.index}`;
  }

  _itemProxy(resolver: () => SeriesTarget | null): ChartSeriesProxy {
    return new ChartSeriesProxy(this._ctx, resolver);
  }

  getItemAt(index: number): ChartSeriesProxy {
    return this._lookup('getItemAt', [index], (t) => this._entities(t)[index], false);
  }

  getCount(): ClientResult<number> {
    return this._count((t) => this._entities(t).length);
  }
}

defineType<ChartTarget>(ChartSeriesCollectionProxy, {
  count: { get: (t) => chartSeriesCount(t.sheet.workbook, t.chart) },
});

/** Excel.ChartSeries: its fill is what NAP Monitor sets. */
export class ChartSeriesProxy extends ClientObject<SeriesTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => SeriesTarget | null) {
    super(ctx, 'ChartSeries', resolver);
  }

  protected override _assertAlive(target: SeriesTarget): void {
    if (target.chart.deleted || target.sheet.deleted) fail('ItemNotFound', 'ChartSeries');
  }

  get format(): ChartSeriesFormatProxy {
    return this._nav('format', () => new ChartSeriesFormatProxy(this._ctx, () => this._resolve()));
  }
}

defineType<SeriesTarget>(ChartSeriesProxy, {}, ['format']);

/** Excel.ChartSeriesFormat. */
export class ChartSeriesFormatProxy extends ClientObject<SeriesTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => SeriesTarget | null) {
    super(ctx, 'ChartSeriesFormat', resolver);
  }

  get fill(): ChartFillProxy {
    return this._nav('fill', () => new ChartFillProxy(this._ctx, () => this._resolve()));
  }
}

defineType<SeriesTarget>(ChartSeriesFormatProxy, {}, ['fill']);

/** Excel.ChartFill of a series: setSolidColor takes "#RRGGBB" or an HTML colour name, as Excel does. */
export class ChartFillProxy extends ClientObject<SeriesTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => SeriesTarget | null) {
    super(ctx, 'ChartFill', resolver);
  }

  setSolidColor(color: string): void {
    this._queue('setSolidColor', [color], ({ sheet, chart, index }, location) => {
      chart.seriesFills.set(index, normalizeColor(color, location));
      sheet.workbook.changed();
    });
  }

  clear(): void {
    this._queue('clear', [], ({ sheet, chart, index }) => {
      chart.seriesFills.delete(index);
      sheet.workbook.changed();
    });
  }
}

defineType<SeriesTarget>(ChartFillProxy, {});
