import { generalText } from './generalNumber';
import { MAX_DATE_SERIAL, serialToParts, type DateParts } from './serialDate';

/**
 * Range.text: a cell's value as Excel displays it under a number format. Covers General, text ('@'),
 * fixed decimals, thousands separators, percentages, literal prefixes/suffixes and date/time codes,
 * with up to four ';' sections. Exotic codes (fractions, exponents, fill characters) fall back to General.
 */

export type DisplayValue = number | string | boolean | null;

export function formatValue(value: DisplayValue, format: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return formatText(value, format);
  return formatNumber(value, format);
}

function formatText(text: string, format: string): string {
  const sections = splitSections(format);
  const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes('@'));
  if (!textSection || !textSection.includes('@')) return text;
  return literalText(textSection).replace('@', text);
}

export function formatNumber(n: number, format: string): string {
  if (!format || /^general$/i.test(format) || format === '@') return generalText(n);
  const sections = splitSections(format);
  let section = sections[0];
  let value = n;
  if (sections.length >= 2 && n < 0) {
    section = sections[1];
    value = -n;
  } else if (sections.length >= 3 && n === 0) {
    section = sections[2];
  }
  section = section.replace(/\[[^\]]*\]/g, '');
  if (/^general$/i.test(section.trim())) return generalText(value);
  if (isDateSection(section)) {
    if (value < 0 || value > MAX_DATE_SERIAL) return '#'.repeat(10);
    return formatDate(serialToParts(value), section);
  }
  return formatFixed(value, section);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/** The format's characters outside quotes and escapes, for recognising codes. */
function codeChars(section: string): string {
  return section.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

function isDateSection(section: string): boolean {
  return /[ydhs]/i.test(codeChars(section)) || /m/i.test(codeChars(section).replace(/[0#?.,%]/g, ''));
}

function literalText(section: string): string {
  return section.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

function formatFixed(value: number, section: string): string {
  const code = codeChars(section);
  const first = section.search(/[0#?]/);
  if (first < 0) return literalText(section);
  let last = first;
  for (let i = first; i < section.length; i++) if (/[0#?.,]/.test(section[i])) last = i;
  const prefix = literalText(section.slice(0, first));
  const suffix = literalText(section.slice(last + 1));
  const body = section.slice(first, last + 1);
  const [intPart, decPart = ''] = body.split('.');
  const percents = (code.match(/%/g) ?? []).length;
  const scaled = value * 100 ** percents;
  const maxDecimals = (decPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (decPart.match(/0/g) ?? []).length;
  const minInteger = (intPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(',');
  const rounded = roundHalfAway(Math.abs(scaled), maxDecimals);
  let [integerDigits, decimals = ''] = rounded.split('.');
  while (decimals.length > minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  if (integerDigits === '0' && minInteger === 0) integerDigits = '';
  integerDigits = integerDigits.padStart(minInteger, '0');
  if (grouping) integerDigits = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = scaled < 0 && Number(rounded) !== 0 ? '-' : '';
  const number = decimals.length > 0 || /\.$/.test(body) ? `${integerDigits}.${decimals}` : integerDigits;
  return `${sign}${prefix}${number}${suffix}`;
}

function roundHalfAway(abs: number, decimals: number): string {
  const factor = 10 ** decimals;
  const shifted = Math.round(Number((abs * factor).toPrecision(15)));
  const text = String(shifted).padStart(decimals + 1, '0');
  return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface DateToken {
  kind: 'code' | 'literal';
  text: string;
}

function tokenizeDate(section: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i += 2;
      continue;
    }
    const ampm = /^(AM\/PM|A\/P)/i.exec(section.slice(i));
    if (ampm) {
      tokens.push({ kind: 'code', text: ampm[1].toUpperCase() });
      i += ampm[1].length;
      continue;
    }
    if (/[ymdhs]/i.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: 'code', text: section.slice(i, j).toLowerCase() });
      i = j;
      continue;
    }
    tokens.push({ kind: 'literal', text: ch });
    i += 1;
  }
  return tokens;
}

function formatDate(parts: DateParts, section: string): string {
  const tokens = tokenizeDate(section);
  const twelveHour = tokens.some((t) => t.kind === 'code' && (t.text === 'AM/PM' || t.text === 'A/P'));
  const codes = tokens.filter((t) => t.kind === 'code');
  const isMinutes = (token: DateToken): boolean => {
    const index = codes.indexOf(token);
    const before = codes[index - 1];
    const after = codes[index + 1];
    return (before !== undefined && before.text.startsWith('h')) || (after !== undefined && after.text.startsWith('s'));
  };
  const hours12 = parts.hours % 12 === 0 ? 12 : parts.hours % 12;
  return tokens
    .map((token) => {
      if (token.kind === 'literal') return token.text;
      const t = token.text;
      if (t.startsWith('y')) return t.length <= 2 ? String(parts.year % 100).padStart(2, '0') : String(parts.year);
      if (t.startsWith('m') && t.length <= 2 && isMinutes(token)) return pad(parts.minutes, t.length);
      if (t.startsWith('m')) {
        if (t.length >= 5) return MONTHS[parts.month - 1][0];
        if (t.length === 4) return MONTHS[parts.month - 1];
        if (t.length === 3) return MONTHS[parts.month - 1].slice(0, 3);
        return pad(parts.month, t.length);
      }
      if (t.startsWith('d')) {
        if (t.length >= 4) return WEEKDAYS[parts.weekday];
        if (t.length === 3) return WEEKDAYS[parts.weekday].slice(0, 3);
        return pad(parts.day, t.length);
      }
      if (t.startsWith('h')) return pad(twelveHour ? hours12 : parts.hours, t.length);
      if (t.startsWith('s')) return pad(parts.seconds, t.length);
      if (t === 'AM/PM') return parts.hours < 12 ? 'AM' : 'PM';
      if (t === 'A/P') return parts.hours < 12 ? 'A' : 'P';
      return t;
    })
    .join('');
}

function pad(n: number, width: number): string {
  return String(n).padStart(Math.min(width, 2), '0');
}
