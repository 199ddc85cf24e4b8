import type { Agency } from '../model/plan';

/** Separators between an agency and its unit: "MoI – Department X", "MoI, Police Directorate", "MoI (unit)". */
const SEPARATOR = /\s*[-\u2013\u2014,:;/(|]\s*/gu;

/**
 * B.2.1.1 asks for a named unit or person; it still has to belong to an agency of the plan. A responsible
 * text is known when it is an agency's code or name, or starts with one followed by a separator. A plan
 * without an agency list has nothing to compare with: every name passes.
 */
export function agencyMatcher(agencies: readonly Agency[]): (responsible: string) => boolean {
  const known = new Set<string>();
  for (const agency of agencies) {
    for (const label of [agency.code, agency.name]) {
      const key = label.trim().toLowerCase();
      if (key !== '') known.add(key);
    }
  }
  if (known.size === 0) return () => true;
  return (responsible) => {
    const text = responsible.trim().toLowerCase();
    if (known.has(text)) return true;
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
      if (known.has(text.slice(0, m.index))) return true;
    }
    return false;
  };
}
