/** Characters with which a spreadsheet starts a formula (or DDE) when the text is typed or imported. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * Text from plans and returns is data, never a formula: text that a spreadsheet would run (OWASP's CSV
 * injection list) gets a leading apostrophe, which Excel and LibreOffice read as "this is text".
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
