import type { Archive } from './archive';
import { decodeExcelEscapes } from './excelText';
import type { ReaderLimits } from './limits';
import { fail } from './problem';
import { readXmlPart } from './xmlPart';

/**
 * The shared strings, in order. A string longer than a cell may hold is kept as null (never its text), so
 * the cell that uses it can be named in the message; a string no cell uses costs nothing.
 */
export function readSharedStrings(archive: Archive, part: string, limits: ReaderLimits): (string | null)[] {
  const { file } = archive;
  const strings: (string | null)[] = [];
  let pieces: string[] | null = null;
  let length = 0;
  let total = 0;
  let inText = false;
  // Escaped characters (`_x0001_`) take 7 characters in the file for 1 in the cell.
  const rawLimit = limits.stringLength * 7;
  let phonetic = 0;
  readXmlPart(
    archive,
    part,
    {
      open(name) {
        if (name === 'si') {
          if (strings.length >= limits.sharedStrings)
            fail('reader.error.tooManyStrings', { file, limit: limits.sharedStrings });
          pieces = [];
          length = 0;
        } else if (name === 'rPh') phonetic++;
        else if (name === 't' && pieces !== null && phonetic === 0) inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si' && pieces !== null) {
          const text = length > rawLimit ? null : decodeExcelEscapes(pieces.join(''));
          strings.push(text !== null && text.length <= limits.stringLength ? text : null);
          pieces = null;
        }
      },
      text(text) {
        if (!inText || pieces === null) return;
        total += text.length;
        if (total > limits.sharedStringChars)
          fail('reader.error.tooManyStrings', { file, limit: limits.sharedStrings });
        length += text.length;
        if (length <= rawLimit) pieces.push(text);
      },
    },
    limits,
  );
  return strings;
}
