import type { Catalogue, Message } from './message';

/**
 * Serbian Latin to Serbian Cyrillic (Vukovica), so the sr-Cyrl catalogue is generated from sr-Latn and the
 * two never drift. Lj, nj and dž are single letters; the few words where they are two letters across a
 * prefix or a loanword boundary are listed. What is Latin in Cyrillic text as well is left alone:
 * placeholders, Roman numerals (I quarter), codes with digits, Latin acronyms, options, file names, URLs, e-mail addresses and product names.
 */
const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
  lj: 'љ',
  nj: 'њ',
  dž: 'џ',
};

/** Words where n+j or d+ž meet across a prefix or in a loanword (injekcija, konjunktura, nadživeti, podžanr). */
const TWO_LETTER_EXCEPTIONS = /^(?:inj|konj(?=u[gn])|nadž|podž)/i;

const KEEP_LATIN = [
  /\{\w+\}/u.source,
  /&[A-Z]/u.source,
  /(?<![\p{L}])(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})(?![\p{L}])/u.source,
  /(?:https?:\/\/|www\.)[^\s]+/u.source,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u.source,
  /NAP Monitor|LibreOffice|Microsoft|Office|Excel\w*|Chromium|Internet Explorer|ICMPD/u.source,
  /nap-monitor(?: (?:help|init|check|status|forms|import|report|export|period)\b)?/u.source,
  /(?<![\p{L}\d-])--?[a-z][\w-]*/u.source,
  /[\p{L}\d_-]*\.(?:xlsx|xls|docx|csv|json|pdf|html|xml)\b/u.source,
  /[\p{L}]*\d[\p{L}\d.:/-]*/u.source,
  /\b(?:SMART|M&E|CSV|PDF|JSON|ISO|URL|ID|YYYY-MM-DD|EUR|RSD|BAM|MKD|ALL)\b/u.source,
].join('|');

const SEGMENTS = new RegExp(`(${KEEP_LATIN})`, 'u');

/** "Lj" and "LJ" are both the capital Љ: the first letter decides. */
function letter(latin: string): string {
  const cyrillic = LETTERS[latin.toLowerCase()];
  if (!cyrillic) return latin;
  return latin[0] !== latin[0].toLowerCase() ? cyrillic.toUpperCase() : cyrillic;
}

function transliterateWord(word: string): string {
  const exception = TWO_LETTER_EXCEPTIONS.exec(word);
  const split = exception ? exception[0].length - 2 : -1;
  let out = '';
  for (let i = 0; i < word.length;) {
    const pair = word.slice(i, i + 2);
    if (i !== split && /^(lj|nj|dž)$/i.test(pair)) {
      out += letter(pair);
      i += 2;
    } else {
      out += letter(word[i]);
      i += 1;
    }
  }
  return out;
}

function transliterateText(text: string): string {
  return text.replace(/\p{L}+/gu, transliterateWord);
}

export function latinToCyrillic(text: string): string {
  return text
    .split(SEGMENTS)
    .map((segment, index) => (index % 2 === 1 ? segment : transliterateText(segment)))
    .join('');
}

function transliterateMessage(message: Message): Message {
  if (typeof message === 'string') return latinToCyrillic(message);
  const { one, few, other } = message;
  return {
    one: latinToCyrillic(one),
    other: latinToCyrillic(other),
    ...(few === undefined ? {} : { few: latinToCyrillic(few) }),
  };
}

export function cyrillicCatalogue(latin: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(latin).map(([key, message]) => [key, transliterateMessage(message)]));
}
