/**
 * What officials write instead of a value: "n/a", "-", "Not available" (and its typo "Not avilable" in
 * real IATI data), "Pending", "TBD", "No target". All mean the same thing to a checker: nothing is there.
 */
const NOT_AVAILABLE = new Set([
  '',
  '-',
  '--',
  '–',
  '—',
  '/',
  ':',
  '?',
  'n/a',
  'na',
  'n.a.',
  'n.a',
  'nil',
  'null',
  'none given',
  'not available',
  'not avilable',
  'not applicable',
  'unknown',
  'pending',
  'tbd',
  'tbc',
  'to be determined',
  'to be confirmed',
  'no target',
  'no target required',
  'no data',
  'nema podataka',
  'нема података',
  'nepoznato',
  'непознато',
]);

/** A trailing remark in parentheses ("Not available (survey ongoing)") does not make it a value. */
export function isNotAvailable(text: string): boolean {
  const core = text
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return NOT_AVAILABLE.has(core);
}
