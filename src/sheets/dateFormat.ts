/**
 * Whether a number format code shows a date: a d, m, y, h or s outside quoted text, escapes and [colour] or
 * [$-locale] brackets, in its first section. "0.00" or "#,##0 \"days\"" are numbers; "yyyy-mm-dd" is a date.
 * Both gateways use it to say which numbers Excel holds as dates ("3/4" typed in a General cell is one).
 */
export function isDateFormat(code: string): boolean {
  const firstSection = code.split(';')[0];
  const bare = firstSection
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare);
}
