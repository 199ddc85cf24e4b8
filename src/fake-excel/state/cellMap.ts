import { MAX_COLUMNS } from '../address';

/**
 * Sparse per-cell data (contents or styles) keyed by cell key (row × MAX_COLUMNS + column), with the part of
 * Map's interface the fake uses. Cells are kept in one array per row: writing thousands of table rows at once
 * then costs an array store per cell instead of growing one hash table of every cell on the sheet.
 */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

export class CellMap<T> implements Iterable<[number, T]> {
  private readonly rows = new Map<number, T[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: number): T | undefined {
    return this.rows.get(keyRow(key))?.[keyCol(key)];
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: T): this {
    const row = keyRow(key);
    let cells = this.rows.get(row);
    if (cells === undefined) {
      cells = [];
      this.rows.set(row, cells);
    }
    const column = keyCol(key);
    if (cells[column] === undefined) this.count++;
    cells[column] = value;
    return this;
  }

  delete(key: number): boolean {
    const cells = this.rows.get(keyRow(key));
    const column = keyCol(key);
    if (cells === undefined || cells[column] === undefined) return false;
    // A hole, not undefined: forEach skips holes, so cleared cells cost nothing to walk past.
    delete cells[column];
    this.count--;
    return true;
  }

  /** A snapshot of the keys: the map may be changed while they are walked. */
  keys(): number[] {
    return this.entries().map(([key]) => key);
  }

  /**
   * A snapshot of the entries, row by row in the order rows were first written, columns left to right; from
   * row `fromRow` on, so that shifting the rows below an insertion does not walk the whole sheet.
   */
  entries(fromRow = 0): [number, T][] {
    const out: [number, T][] = [];
    for (const [row, cells] of this.rows) {
      if (row >= fromRow) cells.forEach((value, column) => out.push([cellKey(row, column), value]));
    }
    return out;
  }

  [Symbol.iterator](): Iterator<[number, T]> {
    return this.entries()[Symbol.iterator]();
  }
}
