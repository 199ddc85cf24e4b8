import type { ChartInfo, FakeWorkbook, OutputValue } from '@fake-excel';

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartModel {
  categories: string[];
  series: ChartSeries[];
  stacked: boolean;
  horizontal: boolean;
}

const isLabel = (v: OutputValue) => typeof v === 'string' && v !== '' && !v.startsWith('#');

/**
 * The data of a chart as Excel reads its source: series along columns (or rows), a first row of series names
 * and a first column of category labels when they hold text.
 */
export function chartModel(workbook: FakeWorkbook, chart: ChartInfo): ChartModel {
  const values = workbook.values(chart.sourceSheet, chart.sourceAddress);
  const grid = chart.seriesBy === 'Columns' ? values : values[0].map((_, c) => values.map((row) => row[c]));
  const hasNames = grid[0].slice(1).some(isLabel) || grid[0][0] === '';
  const hasCategories = grid.slice(hasNames ? 1 : 0).some((row) => isLabel(row[0]));
  const body = grid.slice(hasNames ? 1 : 0);
  const first = hasCategories ? 1 : 0;
  const series = grid[0].slice(first).map((header, i) => ({
    name: hasNames ? String(header) : `Series${i + 1}`,
    values: body.map((row) => (typeof row[first + i] === 'number' ? (row[first + i] as number) : 0)),
  }));
  return {
    categories: body.map((row, i) => (hasCategories ? String(row[0]) : String(i + 1))),
    series,
    stacked: /Stacked/.test(chart.type),
    horizontal: /^Bar/.test(chart.type),
  };
}
