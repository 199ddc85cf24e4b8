/** Excel's default row: Calibri 11 on a 15-point line. */
export const LINE_POINTS = 15;
/** A column `width` characters wide holds a little less text than that: cell padding, and wider letters. */
const PADDING = 1;

/**
 * Lines a text takes when wrapped in a column `width` characters wide: words wrap at spaces, a word longer
 * than a line breaks, and line breaks in the text start new lines. An estimate on the generous side, since a
 * row too short hides text while one a little tall costs nothing.
 */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width) - PADDING);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      if (used > 0 && used + 1 + word.length <= capacity) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(word.length / capacity) - 1;
      used = word.length % capacity || capacity;
    }
  }
  return lines;
}

/** The height in points of a row whose tallest wrapped cell takes `lines` lines. */
export const rowHeight = (lines: number) => Math.max(1, lines) * LINE_POINTS;
