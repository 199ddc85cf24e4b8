import type { CellValue } from '../model/cell';
import type { NumberLocale } from '../model/enums';

/** Group separators officials type: a space, a no-break space or a narrow no-break space. */
const SPACE_GROUP = '[ \\u00a0\\u202f]';

/** The digits of one number in the plan's locale, as a regex source (no anchors, no sign). */
export function numberPattern(locale: NumberLocale): string {
  const [group, decimal] = locale === 'comma' ? ['\\.', ','] : [',', '\\.'];
  return `(?:\\d{1,3}(?:${group}\\d{3})+|\\d{1,3}(?:${SPACE_GROUP}\\d{3})+|\\d+)(?:${decimal}\\d+)?`;
}

const STRICT: Record<NumberLocale, RegExp> = {
  dot: new RegExp(`^[+\\-\\u2212]?${numberPattern('dot')}$`),
  comma: new RegExp(`^[+\\-\\u2212]?${numberPattern('comma')}$`),
};

/** Reads digits already known to match numberPattern(locale). */
export function numberFromDigits(digits: string, locale: NumberLocale): number {
  const group = locale === 'comma' ? /[.\s\u00a0\u202f]/g : /[,\s\u00a0\u202f]/g;
  const plain = digits.replace(group, '').replace(',', '.').replace('\u2212', '-');
  return Number(plain);
}

/** Strict: the whole text must be one number, so "12%", "about 5" and "n/a" are not numbers. */
export function parseNumber(value: CellValue, locale: NumberLocale): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!STRICT[locale].test(text)) return null;
  return numberFromDigits(text, locale);
}
