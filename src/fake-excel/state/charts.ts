import { rectColumns, rectRows, type Rect } from '../address';
import { fail } from '../errors';
import { readValues, type OutputValue } from './cells';
import { assertUnprotected } from './protection';
import type { SheetState } from './sheet';
import type { WorkbookState } from './workbook';

/** A chart as the fake keeps it: its type, where its data comes from, and where it sits. */
export interface ChartState {
  id: string;
  name: string;
  type: string;
  source: { sheetId: string; rect: Rect };
  /** 'Rows' or 'Columns' once added ('Auto' is decided the way Excel does: the longer side holds the points). */
  seriesBy: 'Rows' | 'Columns';
  title: string;
  titleVisible: boolean;
  position: { start: string | null; end: string | null };
  /** Solid fills set on series, by series index; the others keep Excel's automatic colour. */
  seriesFills: Map<number, string>;
  deleted: boolean;
}

/** How Excel reads a chart's source: series along columns (or rows), names and category labels where text is. */
export interface ChartLayout {
  /** The source turned so that each column is a series candidate. */
  grid: OutputValue[][];
  hasNames: boolean;
  hasCategories: boolean;
  seriesCount: number;
}

const isLabel = (v: OutputValue) => typeof v === 'string' && v !== '' && !v.startsWith('#');

/** A first row of names when it holds text (or starts blank), a first column of labels when that holds text. */
export function chartLayout(values: OutputValue[][], seriesBy: 'Rows' | 'Columns'): ChartLayout {
  const grid = seriesBy === 'Columns' ? values : values[0].map((_, c) => values.map((row) => row[c]));
  const hasNames = grid[0].slice(1).some(isLabel) || grid[0][0] === '';
  const hasCategories = grid.slice(hasNames ? 1 : 0).some((row) => isLabel(row[0]));
  return { grid, hasNames, hasCategories, seriesCount: grid[0].length - (hasCategories ? 1 : 0) };
}

/** The number of series the chart shows now, from its source's current values. */
export function chartSeriesCount(wb: WorkbookState, chart: ChartState): number {
  const source = wb.sheetById(chart.source.sheetId);
  return source ? chartLayout(readValues(wb, source, chart.source.rect), chart.seriesBy).seriesCount : 0;
}

const SERIES_BY = ['Auto', 'Columns', 'Rows'];

export function addChart(
  wb: WorkbookState,
  sheet: SheetState,
  type: unknown,
  source: { sheetId: string; rect: Rect },
  seriesBy: unknown,
  location: string,
): ChartState {
  if (typeof type !== 'string' || type === '' || type === 'Invalid') fail('InvalidArgument', location);
  const by = seriesBy ?? 'Auto';
  if (typeof by !== 'string' || !SERIES_BY.includes(by)) fail('InvalidArgument', location);
  assertUnprotected(sheet, location, 'allowEditObjects');
  const resolved =
    by === 'Auto'
      ? rectRows(source.rect) >= rectColumns(source.rect)
        ? 'Columns'
        : 'Rows'
      : (by as 'Rows' | 'Columns');
  const taken = new Set(sheet.charts.map((c) => c.name.toLowerCase()));
  let n = 1;
  while (taken.has(`chart ${n}`)) n += 1;
  const chart: ChartState = {
    id: wb.newId('{chart-'),
    name: `Chart ${n}`,
    type,
    source,
    seriesBy: resolved,
    title: '',
    titleVisible: false,
    position: { start: null, end: null },
    seriesFills: new Map(),
    deleted: false,
  };
  sheet.charts.push(chart);
  wb.changed();
  return chart;
}

export function deleteChart(wb: WorkbookState, sheet: SheetState, chart: ChartState): void {
  chart.deleted = true;
  sheet.charts = sheet.charts.filter((c) => c !== chart);
  wb.changed();
}
