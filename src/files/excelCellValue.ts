import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/model/cell';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30) to 1970-01-01, and the shift of the 1904 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_SHIFT = 1_462;

/**
 * A cell as Office.js `values` would report it: exceljs turns date-formatted numbers into Date objects and
 * keeps formulas, rich text and hyperlinks as objects; the use cases want the plain stored value.
 */
export function excelCellValue(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? '' : excelCellValue(value.result, date1904);
  }
  if ('hyperlink' in value) return excelCellValue(value.text as ExcelJS.CellValue, date1904);
  return '';
}

function excelSerial(date: Date, date1904: boolean): CellValue {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  return time / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_SHIFT : 0);
}
