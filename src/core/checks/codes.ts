/**
 * The guide's hierarchical numbering (Annex 3): objective 1, key measure 1.1, activity 1.1.1; indicators
 * 'I1.1' (or plain '1.1') under objective 1. Codes are compared after trimming, dropping a trailing dot
 * ("1.1." as printed plans write it) and ignoring case.
 */
const ALREADY_NORMAL = /^[A-Z0-9](?:[A-Z0-9.]*[A-Z0-9])?$/u;

export function normCode(code: string): string {
  if (ALREADY_NORMAL.test(code)) return code;
  let key = code.trim();
  while (key.endsWith('.')) key = key.slice(0, -1);
  return key.toUpperCase();
}

/** 'I1.2' and '1.2' name the same indicator. */
export function indicatorKey(code: string): string {
  const key = normCode(code);
  const second = key.charCodeAt(1);
  return key.startsWith('I') && second >= 48 && second <= 57 ? key.slice(1) : key;
}

/** The code a record should sit under: '1.2.3' → '1.2'; null when the code has no parent part. */
export function parentPrefix(key: string): string | null {
  const cut = key.lastIndexOf('.');
  return cut > 0 ? key.slice(0, cut) : null;
}
