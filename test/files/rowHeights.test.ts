import { rowHeight, wrappedLines } from '../../src/files/rowHeights';

describe('row heights for wrapped text', () => {
  test.each([
    ['', 10, 1],
    ['short', 10, 1],
    // A 10-character column holds 9 characters a line: the words wrap at the space.
    ['abcde fghij', 10, 2],
    // A word longer than a line breaks, line by line.
    ['a'.repeat(20), 10, 3],
    ['one\ntwo\nthree', 30, 3],
    ['Signing of bilateral Agreements on cooperation in the field of combating trafficking', 50, 2],
  ])('%j in a column %i wide takes %i lines', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  test('gives each line the 15 points of a default row', () => {
    expect([rowHeight(1), rowHeight(4), rowHeight(0)]).toEqual([15, 60, 15]);
  });
});
