const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text as Excel stores it in XML: characters XML cannot carry (control characters) are written `_xHHHH_`,
 * and a literal `_x` sequence is protected as `_x005F_x…`. Decoded so the value is what the user typed.
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
