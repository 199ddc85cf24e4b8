import type { Rect } from '../address';
import { CellMap, cellKey, keyCol, keyRow } from './cellMap';
import type { ChartState } from './charts';
import type { ConditionalFormatState } from './conditionalFormats';
import { defaultPageLayout, type PageLayoutState } from './pageLayout';
import { DEFAULT_STYLE, type CellStyle } from './style';
import type { ValidationLayer } from './validation';
import type { WorkbookState } from './workbook';

/** A constant (value) or a formula (text starting with '='); empty cells are absent from the map. */
export type CellContent = { value: number | string | boolean; formula: null } | { value: null; formula: string };

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetProtection {
  protected: boolean;
  options: Record<string, unknown>;
  password: string | null;
}

/** One worksheet: sparse cells and styles, whole-row/column styles, and what lives on the sheet. */
export class SheetState {
  name: string;
  visibility: Visibility = 'Visible';
  tabColor = '';
  deleted = false;
  readonly contents = new CellMap<CellContent>();
  readonly styles = new CellMap<CellStyle>();
  readonly columnStyles = new Map<number, CellStyle>();
  readonly rowStyles = new Map<number, CellStyle>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  pageLayout: PageLayoutState = defaultPageLayout();
  protection: SheetProtection = { protected: false, options: {}, password: null };
  merges: Rect[] = [];
  validations: ValidationLayer[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  charts: ChartState[] = [];

  constructor(
    readonly id: string,
    name: string,
    readonly workbook: WorkbookState,
  ) {
    this.name = name;
  }

  content(row: number, col: number): CellContent | undefined {
    return this.contents.get(cellKey(row, col));
  }

  style(row: number, col: number): CellStyle {
    return this.styles.get(cellKey(row, col)) ?? this.rowStyles.get(row) ?? this.columnStyles.get(col) ?? DEFAULT_STYLE;
  }

  /** The smallest rectangle holding every non-empty cell (and, unless valuesOnly, every formatted cell). */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    const include = (key: number) => {
      const row = keyRow(key);
      const col = keyCol(key);
      if (!rect) rect = { r0: row, c0: col, r1: row, c1: col };
      else {
        if (row < rect.r0) rect.r0 = row;
        if (row > rect.r1) rect.r1 = row;
        if (col < rect.c0) rect.c0 = col;
        if (col > rect.c1) rect.c1 = col;
      }
    };
    for (const key of this.contents.keys()) include(key);
    if (!valuesOnly) for (const key of this.styles.keys()) include(key);
    return rect;
  }
}
