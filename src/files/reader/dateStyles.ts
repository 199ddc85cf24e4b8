import type { Archive } from './archive';
import type { ReaderLimits } from './limits';
import { fail } from './problem';
import { readXmlPart } from './xmlPart';
import { isDateFormat } from '../../sheets/dateFormat';

export { isDateFormat };

/** Excel's built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** styles.xml read only to tell, for each cell style (`s` index), whether its number format is a date. */
export function readDateStyles(archive: Archive, part: string, limits: ReaderLimits): boolean[] {
  const formats = new Map<number, string>();
  const dateStyles: boolean[] = [];
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
    dateStyles.push(custom === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(custom));
  }
  return dateStyles;
}
