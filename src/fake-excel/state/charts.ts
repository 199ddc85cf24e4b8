import { rectColumns, rectRows, type Rect } from '../address';
import { fail } from '../errors';
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
  deleted: boolean;
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
