/**
 * The one notion of code identity (DESIGN.md "Identity and keys"). Plans number objective 1, key measure
 * 1.1, activity 1.1.1 (Annex 3) and indicators "I1.1" or plain "1.1"; officials type "1.", " 1.1 ", "i1.1"
 * or "PI-1.1". Every comparison of codes (checks, ledger index, status, plan tree, forms, import, report)
 * goes through this module, so a code that Check accepts is the same code everywhere else.
 */

/** Spaces and trailing dots are typing, not identity: " 1.1. " is "1.1"; letters compare upper-case. */
export function codeKey(code: string): string {
  return code.replace(/\s+/gu, '').replace(/\.+$/u, '').toUpperCase();
}

export function sameCode(a: string, b: string): boolean {
  return codeKey(a) === codeKey(b);
}

const LETTER_PREFIX = /^[A-Z]+[.\-_]?(?=\d)/u;

/** "I1.2", "PI-1.2" and "1.2" name the same indicator: its key without the letter prefix. */
export function indicatorCodeKey(code: string): string {
  return codeKey(code).replace(LETTER_PREFIX, '');
}

/** The key a record sits under: "1.2.3" → "1.2"; null when the key has no parent part. */
export function parentCodeKey(key: string): string | null {
  const cut = key.lastIndexOf('.');
  return cut > 0 ? key.slice(0, cut) : null;
}
