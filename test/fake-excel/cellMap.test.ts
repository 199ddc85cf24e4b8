import { MAX_COLUMNS, MAX_ROWS } from '@fake-excel/address';
import { CellMap, cellKey, keyCol, keyRow } from '@fake-excel/state/cellMap';

describe('cell map (per-cell contents and styles by cell key)', () => {
  it('stores, replaces and deletes cells anywhere on the grid, counting them', () => {
    const map = new CellMap<string>();
    const corner = cellKey(MAX_ROWS - 1, MAX_COLUMNS - 1);
    map.set(cellKey(2, 3), 'a').set(corner, 'z').set(cellKey(2, 3), 'b');
    expect(map.size).toBe(2);
    expect(map.get(cellKey(2, 3))).toBe('b');
    expect(map.get(corner)).toBe('z');
    expect([keyRow(corner), keyCol(corner)]).toEqual([MAX_ROWS - 1, MAX_COLUMNS - 1]);
    expect(map.has(cellKey(3, 2))).toBe(false);
    expect(map.delete(cellKey(3, 2))).toBe(false);
    expect(map.delete(cellKey(2, 3))).toBe(true);
    expect(map.delete(cellKey(2, 3))).toBe(false);
    expect(map.get(cellKey(2, 3))).toBeUndefined();
    expect(map.size).toBe(1);
  });

  it('walks rows in the order first written, columns left to right, skipping deleted cells', () => {
    const map = new CellMap<string>();
    map.set(cellKey(5, 2), 'c').set(cellKey(1, 9), 'b').set(cellKey(5, 0), 'a').set(cellKey(1, 4), 'x');
    map.delete(cellKey(1, 4));
    expect([...map]).toEqual([
      [cellKey(5, 0), 'a'],
      [cellKey(5, 2), 'c'],
      [cellKey(1, 9), 'b'],
    ]);
    expect(map.entries(2)).toEqual([
      [cellKey(5, 0), 'a'],
      [cellKey(5, 2), 'c'],
    ]);
    expect(map.keys()).toEqual([cellKey(5, 0), cellKey(5, 2), cellKey(1, 9)]);
  });

  it('gives a snapshot, so cells can be changed while they are walked', () => {
    const map = new CellMap<number>();
    for (let row = 0; row < 3; row++) map.set(cellKey(row, 0), row);
    for (const [key, value] of map) {
      map.delete(key);
      map.set(cellKey(keyRow(key) + 10, 0), value);
    }
    expect(map.entries()).toEqual([
      [cellKey(10, 0), 0],
      [cellKey(11, 0), 1],
      [cellKey(12, 0), 2],
    ]);
  });
});
