import type { NumberLocale } from '../model/enums';
import { numberFromDigits, numberPattern } from './number';
import { WORD_END, WORD_START, wordsSource } from './wordPattern';

/** A number found in text, with whether a percent sign (or word) follows it. */
export interface FoundNumber {
  value: number;
  percent: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  jedan: 1,
  jedna: 1,
  jedno: 1,
  dva: 2,
  dve: 2,
  dvije: 2,
  tri: 3,
  četiri: 4,
  cetiri: 4,
  pet: 5,
  šest: 6,
  sedam: 7,
  osam: 8,
  devet: 9,
  deset: 10,
  један: 1,
  једна: 1,
  два: 2,
  две: 2,
  три: 3,
  четири: 4,
  пет: 5,
  шест: 6,
  седам: 7,
  осам: 8,
  девет: 9,
  десет: 10,
};
const PERCENT = `\\s*(%|${wordsSource(['percent', 'per cent', 'posto', 'odsto', 'procenata', 'одсто', 'процената'])})?`;
const SIGN = '[+\\-\\u2212]';

interface Patterns {
  anyNumber: RegExp;
  signed: RegExp;
  bound: RegExp;
  relativeBy: RegExp;
  relativeAfter: RegExp;
}

const BOUND_WORDS = {
  atLeast: [
    'at least',
    'minimum(?: of)?',
    'min\\.?',
    'not less than',
    'no less than',
    'more than',
    'najmanje',
    'minimalno',
    'најмање',
    'минимално',
    '>=',
    '≥',
    '>',
  ],
  atMost: [
    'at most',
    'maximum(?: of)?',
    'max\\.?',
    'not more than',
    'no more than',
    'less than',
    'fewer than',
    'below',
    'under',
    'najviše',
    'maksimalno',
    'највише',
    'максимално',
    '<=',
    '≤',
    '<',
  ],
};
const UP = [
  'increas\\p{L}*',
  'rais\\p{L}*',
  'ris(?:e|es|en|ing)',
  'rose',
  'grow\\p{L}*',
  'grew',
  'higher',
  'up',
  'more',
  'boost\\p{L}*',
  'pove[cć]\\p{L}*',
  'uve[cć]\\p{L}*',
  'rast\\p{L}*',
  'пове[ћц]\\p{L}*',
  'уве[ћц]\\p{L}*',
  'раст\\p{L}*',
  'više',
  'више',
];
const DOWN = [
  'decreas\\p{L}*',
  'reduc\\p{L}*',
  'lower\\p{L}*',
  'less',
  'fewer',
  'down',
  'drop\\p{L}*',
  'declin\\p{L}*',
  'fall\\p{L}*',
  'fell',
  'cut',
  'smanj\\p{L}*',
  'manje',
  'смањ\\p{L}*',
  'мање',
];

function build(locale: NumberLocale): Patterns {
  // A digit, letter, '.' or ',' right before a number means it is the tail of something else ("202X", "12254,1").
  const number = `(?<![\\p{L}\\p{N}.,])(${numberPattern(locale)}|${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}\\p{N}]|[.,]\\d)`;
  const bound = (list: string[]) => `(${list.map((w) => (/^\p{L}/u.test(w) ? `${WORD_START}${w}` : w)).join('|')})`;
  const dir = `(${wordsSource(UP)}|${wordsSource(DOWN)})`;
  return {
    anyNumber: new RegExp(`${number}${PERCENT}`, 'giu'),
    signed: new RegExp(`^(${SIGN})\\s*${number}${PERCENT}`, 'iu'),
    bound: new RegExp(`${bound([...BOUND_WORDS.atLeast, ...BOUND_WORDS.atMost])}\\s*${number}${PERCENT}`, 'iu'),
    relativeBy: new RegExp(`${dir}[^\\d]*?${WORD_START}(?:by|of|for|za|од|за)${WORD_END}\\s*${number}${PERCENT}`, 'iu'),
    relativeAfter: new RegExp(`${number}${PERCENT}\\s*${dir}`, 'iu'),
  };
}

const PATTERNS: Record<NumberLocale, Patterns> = { dot: build('dot'), comma: build('comma') };
const UP_WORD = new RegExp(`^${wordsSource(UP)}$`, 'iu');
const AT_LEAST = new RegExp(`^(?:${BOUND_WORDS.atLeast.join('|')})$`, 'iu');
const ANOTHER = new RegExp(`^${wordsSource(['another', 'one more', 'još jedan', 'још један'])}`, 'iu');

function toNumber(token: string, locale: NumberLocale): number {
  return NUMBER_WORDS[token.toLowerCase()] ?? numberFromDigits(token, locale);
}

export function boundIn(text: string, locale: NumberLocale): (FoundNumber & { bound: 'atLeast' | 'atMost' }) | null {
  const m = PATTERNS[locale].bound.exec(text);
  if (!m) return null;
  const bound = AT_LEAST.test(m[1].trim()) ? 'atLeast' : 'atMost';
  return { value: toNumber(m[2], locale), percent: m[3] !== undefined, bound };
}

/** "+10%", "-20%", "increase by 10 %", "50% reduction", "two more", "another". */
export function relativeIn(
  text: string,
  locale: NumberLocale,
): { change: number; unit: 'percent' | 'absolute' } | null {
  const p = PATTERNS[locale];
  const signed = p.signed.exec(text);
  if (signed) {
    const sign = signed[1] === '+' ? 1 : -1;
    return { change: sign * toNumber(signed[2], locale), unit: signed[3] ? 'percent' : 'absolute' };
  }
  const by = p.relativeBy.exec(text);
  if (by) return relative(by[1], by[2], by[3], locale);
  const after = p.relativeAfter.exec(text);
  if (after) return relative(after[3], after[1], after[2], locale);
  if (ANOTHER.test(text)) return { change: 1, unit: 'absolute' };
  return null;
}

function relative(direction: string, amount: string, percent: string | undefined, locale: NumberLocale) {
  const sign = UP_WORD.test(direction) ? 1 : -1;
  return { change: sign * toNumber(amount, locale), unit: percent ? ('percent' as const) : ('absolute' as const) };
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** Words that put a year after them: "in 2022", "za 2018.", "December 2020", "2015-2020". */
const BEFORE_YEAR = new RegExp(
  `(?:${wordsSource([
    'in',
    'by',
    'for',
    'of',
    'since',
    'until',
    'till',
    'from',
    'to',
    'during',
    'end',
    'year',
    'as of',
    'za',
    'do',
    'u',
    'od',
    'tokom',
    'kraja',
    'godina',
    'до',
    'за',
    'у',
    'од',
    'током',
    'краја',
    'година',
    'jan\\p{L}*',
    'feb\\p{L}*',
    'mar\\p{L}*',
    'apr\\p{L}*',
    'ma[yj]',
    'jun\\p{L}*',
    'jul\\p{L}*',
    'aug\\p{L}*',
    'avg\\p{L}*',
    'sep\\p{L}*',
    'o[ck]t\\p{L}*',
    'nov\\p{L}*',
    'de[cс]\\p{L}*',
  ])}|[-\u2013(/])\\s*$`,
  'iu',
);
const AFTER_YEAR = /^\s*(?:\.(?!\d)|\)|[-\u2013/]\s*\d|godin|годин|g\.|г\.)/iu;

function looksLikeYear(text: string, start: number, digits: string): boolean {
  const value = Number(digits);
  if (!/^\d{4}$/u.test(digits) || value < YEAR_MIN || value > YEAR_MAX) return false;
  return (
    BEFORE_YEAR.test(text.slice(Math.max(0, start - 16), start)) || AFTER_YEAR.test(text.slice(start + digits.length))
  );
}

/**
 * The first number in the text that is not a year ("In 2022, 80% of victims ..." → 80 %; "2000 calls" →
 * 2000). Number words do not count here: "one of the ..." is not a value.
 */
export function firstNumberIn(text: string, locale: NumberLocale): FoundNumber | null {
  const pattern = PATTERNS[locale].anyNumber;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (NUMBER_WORDS[m[1].toLowerCase()] !== undefined) continue;
    const percent = m[2] !== undefined;
    if (!percent && looksLikeYear(text, m.index, m[1])) continue;
    return { value: numberFromDigits(m[1], locale), percent };
  }
  return null;
}
