import type { CellValue } from '../model/cell';
import type { NumberLocale } from '../model/enums';
import { memoByText } from '../values/memo';
import { isNotAvailable } from '../values/notAvailable';
import { numberFromDigits, numberPattern, parseNumber } from '../values/number';
import { firstNumberIn } from '../values/quantityText';
import { WORD_END, WORD_START, words } from '../values/wordPattern';

/** What an activity's financial estimate says, as A.4.4 and Annex 3 ask for it. */
export type Estimate =
  { kind: 'missing' } | { kind: 'noFunding' } | { kind: 'amount'; value: number; namesSource: boolean };

/** Annex 3's template placeholders ("XXXX Euros", "YY professionals") are not amounts. */
const PLACEHOLDER = /(?<![\p{L}\p{N}])(?:X{2,}|Y{2,}|Z{2,})(?![\p{L}])/iu;
const NO_FUNDING = words([
  'no funding (?:is )?(?:required|needed)',
  'without (?:additional )?funding',
  'no (?:additional )?(?:funds|costs?|budget) (?:is |are )?(?:required|needed)',
  'no costs?',
  'nema (?:dodatnih )?tro[sš]kova',
  'bez (?:dodatnih )?tro[sš]kova',
  'nisu potrebna (?:dodatna )?sredstva',
  'нема (?:додатних )?трошкова',
  'без (?:додатних )?трошкова',
  'нису потребна (?:додатна )?средства',
  'не се потребни (?:дополнителни )?средства',
  'без (?:дополнителни )?трошоци',
  'nuk (?:kërkohet|nevojitet) (?:asnjë )?financim',
  'pa (?:kosto|financim)',
]);
/** A source named in the estimate itself: "15,000 EUR (Ministry budget)", "Budžet – MUP 102.000 RSD". */
const SOURCE_IN_TEXT = words([
  'budgets?',
  'funds?',
  'funding',
  'donors?',
  'grants?',
  'financ\\p{L}*',
  'projects?',
  'ipa',
  'eu',
  'bud[zž]et\\p{L}*',
  'sredstv\\p{L}*',
  'donacij\\p{L}*',
  'donator\\p{L}*',
  'projek\\p{L}*',
  'finansir\\p{L}*',
  'буџет\\p{L}*',
  'средств\\p{L}*',
  'донациј\\p{L}*',
  'донатор\\p{L}*',
  'пројек\\p{L}*',
  'финансир\\p{L}*',
]);
const PARENTHESISED_WORDS = /\([^)]*\p{L}{3,}[^)]*\)/u;

const CURRENCY = `(?:${WORD_START}(?:eur|euros?|rsd|din\\p{L}*|usd|mdl|lei|bam|km|mkd|den\\p{L}*|all|lek\\p{L}*|gbp|chf|дин\\p{L}*|ден\\p{L}*)${WORD_END}|[€$£])`;
function amountPattern(locale: NumberLocale): RegExp {
  const number = `(?<![\\p{L}\\p{N}.,])(${numberPattern(locale)})(?![\\p{L}\\p{N}]|[.,]\\d)`;
  return new RegExp(`${number}\\s*${CURRENCY}|${CURRENCY}\\s*${number}`, 'iu');
}
const AMOUNT: Record<NumberLocale, RegExp> = { dot: amountPattern('dot'), comma: amountPattern('comma') };

/** An amount next to a currency wins ("2000 EUR" is not the year 2000); else the first number that is not a year. */
function amountIn(text: string, locale: NumberLocale): number | null {
  const strict = parseNumber(text, locale);
  if (strict !== null) return strict;
  const m = AMOUNT[locale].exec(text);
  if (m) return numberFromDigits(m[1] ?? m[2], locale);
  return firstNumberIn(text, locale)?.value ?? null;
}

export function readEstimate(value: CellValue, locale: NumberLocale): Estimate {
  if (typeof value === 'number')
    return value > 0
      ? { kind: 'amount', value, namesSource: false }
      : value === 0
        ? { kind: 'noFunding' }
        : { kind: 'missing' };
  if (typeof value !== 'string') return { kind: 'missing' };
  return readText(`${locale}|${value}`);
}

const readText = memoByText<Estimate>(5000, (key) => {
  const cut = key.indexOf('|');
  const locale = key.slice(0, cut) as NumberLocale;
  const value = key.slice(cut + 1);
  if (isNotAvailable(value.trim()) || PLACEHOLDER.test(value)) return { kind: 'missing' };
  const amount = amountIn(value, locale);
  if (amount !== null && amount > 0) {
    return {
      kind: 'amount',
      value: amount,
      namesSource: PARENTHESISED_WORDS.test(value) || SOURCE_IN_TEXT.test(value),
    };
  }
  if (NO_FUNDING.test(value) || amount === 0) return { kind: 'noFunding' };
  return { kind: 'missing' };
});
