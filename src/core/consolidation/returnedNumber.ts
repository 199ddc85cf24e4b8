import type { MessageKey } from '../i18n/translate';
import { cellText, isBlank, type CellValue } from '../model/cell';
import type { NumberLocale } from '../model/enums';
import { parseNumber } from '../values/number';
import { firstNumberIn } from '../values/quantityText';

export type NumberReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'problem'; key: MessageKey; params: Record<string, string | number> };

const OTHER_LOCALE: Record<NumberLocale, NumberLocale> = { dot: 'comma', comma: 'dot' };
const PERCENT_TEXT = /^(.*?)\s*%$/u;
const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/u;

/**
 * A number an agency typed, read strictly: a whole cell that is one number in the plan's locale (or a
 * percentage "45 %" where percentages are expected). Anything else is a problem that says what was seen:
 * "12 cases" (a number with words), "12,5" in a dot plan (the other decimal sign), "a lot" (no number).
 */
export function readReturnedNumber(value: CellValue, locale: NumberLocale, percentAllowed: boolean): NumberReading {
  if (isBlank(value)) return { kind: 'blank' };
  if (typeof value === 'boolean')
    return { kind: 'problem', key: 'import.cell.notANumber', params: { value: String(value) } };
  const strict = parseNumber(value, locale);
  if (strict !== null) return { kind: 'number', value: strict };
  const text = cellText(value);
  // A formula's error ("#DIV/0!", "#N/A") holds digits that are not a number the agency typed.
  if (EXCEL_ERROR.test(text)) return { kind: 'problem', key: 'import.cell.notANumber', params: { value: text } };
  const percent = PERCENT_TEXT.exec(text);
  if (percent && percentAllowed) {
    const inner = parseNumber(percent[1], locale);
    if (inner !== null) return { kind: 'number', value: inner };
  }
  const other = parseNumber(text, OTHER_LOCALE[locale]);
  if (other !== null && /[.,]/u.test(text))
    return { kind: 'problem', key: `import.cell.decimal.${locale}` as MessageKey, params: { value: text } };
  const found = firstNumberIn(text, locale);
  if (found)
    return { kind: 'problem', key: 'import.cell.numberWithWords', params: { value: text, number: found.value } };
  return { kind: 'problem', key: 'import.cell.notANumber', params: { value: text } };
}
