import type { CellValue } from '../../core/model/cell';
import type { NumberShown } from '../../sheets/numberFormatKind';
import { cellAddress } from '../../sheets/layout';
import type { Archive } from './archive';
import { parseCellRef } from './cellRef';
import { decodeExcelEscapes } from './excelText';
import { isoDateTimeToSerial } from './serialDate';
import type { ReaderLimits } from './limits';
import { cut, fail } from './problem';
import type { SheetCells } from './sheetCells';
import { readXmlPart } from './xmlPart';

/** What a worksheet's cells refer to: the shared strings and what each style shows a number as. */
export interface CellContext {
  sharedStrings: (string | null)[];
  numberStyles: (NumberShown | null)[];
  /** Cells stored so far over all sheets, against `limits.cells`. */
  cellCount: { value: number };
}

const CELL_TYPES = new Set(['n', 's', 'b', 'e', 'str', 'inlineStr', 'd']);
const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * Reads the values of one worksheet into `cells`: only `<sheetData>` is looked at, and in it only rows,
 * cells, values and inline strings; formulas keep their cached result. `<dimension>`, merges, validations,
 * formats and the rest never reach memory.
 */
export function readWorksheet(
  archive: Archive,
  part: string,
  sheet: string,
  cells: SheetCells,
  context: CellContext,
  limits: ReaderLimits,
): void {
  const { file } = archive;
  const shownSheet = cut(sheet);
  const damaged = (): never => fail('reader.error.damagedSheet', { file, sheet: shownSheet });
  let inData = false;
  let row = -1;
  let column = -1;
  let type = 'n';
  let style = 0;
  let capturing = false;
  let inCell = false;
  let phonetic = 0;
  // Text of the value being read: usually one piece, so joined by concatenation rather than in an array.
  let valueText = '';
  let length = 0;
  let hasValue = false;

  const place = (ref: string | undefined): void => {
    if (ref === undefined) {
      column++;
    } else {
      const parsed = parseCellRef(ref, limits.rows, limits.columns) ?? damaged();
      if (parsed === 'outside')
        return fail('reader.error.cellOutsideSheet', { file, sheet: shownSheet, cell: cut(ref) });
      row = parsed.row;
      column = parsed.column;
    }
    if (row < 0 || column >= limits.columns) damaged();
  };

  const finish = (): void => {
    if (!hasValue) return;
    if (length > limits.stringLength * 7) tooLong();
    const value = cellValue(valueText);
    if (value === '') return;
    if (typeof value === 'string' && value.length > limits.stringLength) tooLong();
    if (context.cellCount.value >= limits.cells)
      fail('reader.error.tooManyCells', { file, sheet: shownSheet, limit: limits.cells });
    const shown = typeof value === 'number' ? (context.numberStyles[style] ?? null) : null;
    if (!cells.set(row, column, value, shown))
      fail('reader.error.cellTwice', { file, sheet: shownSheet, cell: here() });
    context.cellCount.value++;
  };

  const here = () => cellAddress(row, column);
  const tooLong = (): never =>
    fail('reader.error.cellTextTooLong', { file, sheet: shownSheet, cell: here(), limit: limits.stringLength });
  const badValue = (raw: string): never =>
    fail('reader.error.badValue', { file, sheet: shownSheet, cell: here(), value: cut(raw) });

  const cellValue = (raw: string): CellValue => {
    switch (type) {
      case 'n': {
        if (raw.trim() === '') return '';
        const number = NUMBER.test(raw) ? Number(raw) : NaN;
        // "NaN", "0x10" and "1e999" are no numbers Excel stores; reading them would pass a lie downstream.
        return Number.isFinite(number) ? number : badValue(raw);
      }
      case 's': {
        const index = Number(raw);
        if (!Number.isInteger(index) || index < 0 || index >= context.sharedStrings.length)
          fail('reader.error.sharedStringMissing', { file, sheet: shownSheet, cell: here() });
        return context.sharedStrings[index] ?? tooLong();
      }
      case 'b': {
        const flag = raw.trim();
        if (flag === '1' || flag === 'true') return true;
        if (flag === '0' || flag === 'false') return false;
        return badValue(raw);
      }
      case 'e':
        return raw.trim();
      case 'd': {
        const serial = isoDateTimeToSerial(raw.trim());
        return serial ?? badValue(raw);
      }
      default:
        return decodeExcelEscapes(raw);
    }
  };

  readXmlPart(
    archive,
    part,
    {
      open(name, attributes) {
        if (name === 'sheetData') inData = true;
        if (!inData) return;
        if (name === 'row') {
          const number = attributes.get('r');
          if (number === undefined) row++;
          else {
            const parsed = Number(number);
            if (!Number.isInteger(parsed) || parsed < 1) damaged();
            if (parsed > limits.rows)
              fail('reader.error.cellOutsideSheet', { file, sheet: shownSheet, cell: cut(`A${number}`) });
            row = parsed - 1;
          }
          column = -1;
        } else if (name === 'c') {
          place(attributes.get('r'));
          type = attributes.get('t') ?? 'n';
          if (!CELL_TYPES.has(type)) damaged();
          style = Number(attributes.get('s') ?? 0);
          if (!Number.isInteger(style) || style < 0) damaged();
          inCell = true;
          hasValue = false;
          valueText = '';
          length = 0;
        } else if (inCell && (name === 'v' || (name === 't' && phonetic === 0 && type === 'inlineStr'))) {
          capturing = true;
          hasValue = true;
        } else if (name === 'rPh') phonetic++;
      },
      close(name) {
        if (name === 'sheetData') inData = false;
        else if (name === 'v' || name === 't') capturing = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'c' && inCell) {
          finish();
          inCell = false;
        }
      },
      text(text) {
        if (!capturing) return;
        length += text.length;
        if (length <= limits.stringLength * 7) valueText += text;
      },
    },
    limits,
    { sheet },
  );
}
