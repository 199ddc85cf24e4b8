import { chartLayout, type ChartInfo, type FakeWorkbook } from '@fake-excel';

export interface ChartSeries {
  name: string;
  values: number[];
  /** The series' own fill, or null where Excel would pick one from its palette. */
  fill: string | null;
}

export interface ChartModel {
  categories: string[];
  series: ChartSeries[];
  stacked: boolean;
  horizontal: boolean;
}

/**
 * The data of a chart as Excel reads its source: series along columns (or rows), a first row of series names
 * and a first column of category labels when they hold text.
 */
export function chartModel(workbook: FakeWorkbook, chart: ChartInfo): ChartModel {
  const { grid, hasNames, hasCategories, seriesCount } = chartLayout(
    workbook.values(chart.sourceSheet, chart.sourceAddress),
    chart.seriesBy,
  );
  const body = grid.slice(hasNames ? 1 : 0);
  const first = hasCategories ? 1 : 0;
  const series = grid[0].slice(first, first + seriesCount).map((header, i) => ({
    name: hasNames ? String(header) : `Series${i + 1}`,
    values: body.map((row) => (typeof row[first + i] === 'number' ? (row[first + i] as number) : 0)),
    fill: chart.seriesFills[i] ?? null,
  }));
  return {
    categories: body.map((row, i) => (hasCategories ? String(row[0]) : String(i + 1))),
    series,
    stacked: /Stacked/.test(chart.type),
    horizontal: /^Bar/.test(chart.type),
  };
}
