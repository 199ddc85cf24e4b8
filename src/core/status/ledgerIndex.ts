import type { Plan } from '../model/plan';
import type { ProgressRow } from '../model/progress';
import { codeKey, indicatorCodeKey } from '../model/code';
import type { LedgerRef } from './observations';

export interface LedgerIndex {
  indicators: Map<string, LedgerRef[]>;
  activities: Map<string, LedgerRef[]>;
  unmatched: string[];
}

/**
 * Sorts the ledger by the plan code each row reports on, in one pass. A row matches an indicator or
 * activity code exactly (by code identity), or an indicator code without its letter prefix
 * ("1.1" for "I1.1") when no other indicator or activity could be meant.
 */
export function indexLedger(plan: Plan, ledger: readonly ProgressRow[]): LedgerIndex {
  const exact = new Map<string, { kind: 'indicators' | 'activities'; code: string }>();
  for (const a of plan.activities) exact.set(codeKey(a.code), { kind: 'activities', code: a.code });
  for (const i of plan.indicators) exact.set(codeKey(i.code), { kind: 'indicators', code: i.code });
  const alias = new Map<string, string | null>();
  for (const i of plan.indicators) {
    const short = indicatorCodeKey(i.code);
    const taken = alias.has(short) || (exact.has(short) && exact.get(short)?.code !== i.code);
    alias.set(short, taken ? null : i.code);
  }
  const index: LedgerIndex = { indicators: new Map(), activities: new Map(), unmatched: [] };
  const unmatched = new Set<string>();
  // Each code recurs once per period and agency: it is matched once.
  const matched = new Map<string, { kind: 'indicators' | 'activities'; code: string } | null>();
  ledger.forEach((row, i) => {
    // A superseded row is history: its agency sent newer values for the same period.
    if (row.supersededBy) return;
    let hit = matched.get(row.code);
    if (hit === undefined) {
      hit = exact.get(codeKey(row.code)) ?? aliasHit(alias.get(indicatorCodeKey(row.code)));
      matched.set(row.code, hit);
    }
    if (!hit) {
      unmatched.add(row.code.trim());
      return;
    }
    const map = index[hit.kind];
    const list = map.get(hit.code);
    if (list) list.push({ row, index: i });
    else map.set(hit.code, [{ row, index: i }]);
  });
  index.unmatched = [...unmatched].sort();
  return index;
}

function aliasHit(code: string | null | undefined): { kind: 'indicators'; code: string } | null {
  return code ? { kind: 'indicators', code } : null;
}
