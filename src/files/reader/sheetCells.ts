import type { CellValue } from '../../core/model/cell';
import type { NumberShown } from '../../sheets/numberFormatKind';
import type { CellBox } from '../a1Range';

interface RowCells {
  /** Ascending, as Excel writes them; a cell out of order is inserted in place. */
  columns: number[];
  values: CellValue[];
}

/** The valued cells of one sheet, sparse: rows by number, and in each row its columns in order. */
export class SheetCells {
  private readonly rows = new Map<number, RowCells>();
  /** Numbers shown as dates or percents, by `row * 16384 + column`. */
  private readonly shown = new Map<number, NumberShown>();
  private box: CellBox | null = null;
  count = 0;

  /** Stores a value; false when the cell already holds one (the file names the same cell twice). */
  set(row: number, column: number, value: CellValue, shown: NumberShown | null): boolean {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = { columns: [], values: [] };
      this.rows.set(row, cells);
    }
    const last = cells.columns.length - 1;
    if (last < 0 || cells.columns[last] < column) {
      cells.columns.push(column);
      cells.values.push(value);
    } else {
      const at = lowerBound(cells.columns, column);
      if (cells.columns[at] === column) return false;
      cells.columns.splice(at, 0, column);
      cells.values.splice(at, 0, value);
    }
    if (shown) this.shown.set(row * 16_384 + column, shown);
    this.count++;
    const box = this.box;
    if (!box) this.box = { top: row, left: column, bottom: row, right: column };
    else {
      if (row < box.top) box.top = row;
      if (row > box.bottom) box.bottom = row;
      if (column < box.left) box.left = column;
      if (column > box.right) box.right = column;
    }
    return true;
  }

  get(row: number, column: number): CellValue {
    const cells = this.rows.get(row);
    if (!cells) return '';
    const at = lowerBound(cells.columns, column);
    return cells.columns[at] === column ? cells.values[at] : '';
  }

  shownAs(row: number, column: number): NumberShown | null {
    return this.shown.get(row * 16_384 + column) ?? null;
  }

  get bounds(): CellBox | null {
    return this.box && { ...this.box };
  }
}

function lowerBound(sorted: number[], wanted: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}
