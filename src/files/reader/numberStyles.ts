import type { Archive } from './archive';
import type { ReaderLimits } from './limits';
import { fail } from './problem';
import { readXmlPart } from './xmlPart';
import { numberShownAs, type NumberShown } from '../../sheets/numberFormatKind';

/** Excel's built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);
/** "0%" and "0.00%". */
const BUILT_IN_PERCENTS = new Set([9, 10]);

const builtInShown = (id: number): NumberShown | null =>
  BUILT_IN_DATES.has(id) ? 'date' : BUILT_IN_PERCENTS.has(id) ? 'percent' : null;

/** styles.xml read only to tell, for each cell style (`s` index), what its number format shows a number as. */
export function readNumberStyles(archive: Archive, part: string, limits: ReaderLimits): (NumberShown | null)[] {
  const formats = new Map<number, string>();
  const shown: (NumberShown | null)[] = [];
  const numberFormats: number[] = [];
  let inCellXfs = false;
  readXmlPart(
    archive,
    part,
    {
      open(name, attributes) {
        if (name === 'numFmt') {
          const id = Number(attributes.get('numFmtId'));
          const code = attributes.get('formatCode');
          if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
        } else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          if (numberFormats.length >= limits.cells) fail('reader.error.tooComplexPart', { file: archive.file, part });
          numberFormats.push(Number(attributes.get('numFmtId') ?? 0));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    limits,
  );
  for (const id of numberFormats) {
    const custom = formats.get(id);
    shown.push(custom === undefined ? builtInShown(id) : numberShownAs(custom));
  }
  return shown;
}
