/** What a number format makes of a number in a cell: a date, a percent, or (null) the number as it is. */
export type NumberShown = 'date' | 'percent';

/** The first section of a format code (the one for positive numbers) without quoted text, escapes and brackets. */
function bareFirstSection(code: string): string {
  return code
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
}

/**
 * How a number format code shows numbers, for both gateways: "3/4" typed into a General cell becomes a date
 * serial shown as a date, "+10%" becomes 0.1 shown "10%" (format "0%"). A d, m, y, h or s outside quoted
 * text, escapes and [colour] or [$-locale] brackets makes a date ("yyyy-mm-dd"; not "0.00" or
 * "#,##0 \"days\""); an unquoted, unescaped % makes a percent ("0.0%", "#,##0%"; not "0 \"%\"" or "0\\%").
 */
export function numberShownAs(code: string): NumberShown | null {
  const bare = bareFirstSection(code);
  if (/[dmyhs]/i.test(bare)) return 'date';
  return bare.includes('%') ? 'percent' : null;
}
