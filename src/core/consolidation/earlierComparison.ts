import { codeKey } from '../model/code';
import { cellText } from '../model/cell';
import type { ProgressRow } from '../model/progress';
import type { ValidatedRow } from './validateReturnedForm';

/** What a row says, for comparing two submissions of one agency and period. */
const COMPARED = [
  'value',
  'numerator',
  'denominator',
  'implementation',
  'assessment',
  'budgetSpent',
  'comment',
] as const;

export interface ChangedValue {
  code: string;
  category: string;
  before: string;
  after: string;
}

export interface EarlierComparison {
  added: number;
  changed: ChangedValue[];
  /** Values the earlier submission had and this one leaves out. */
  dropped: number;
}

export function rowKey(row: Pick<ProgressRow, 'code' | 'category'>): string {
  return `${codeKey(row.code)}\u0000${row.category.trim().toLowerCase()}`;
}

function shown(row: Pick<ProgressRow, (typeof COMPARED)[number]>): string {
  return COMPARED.map((field) => cellText(row[field] ?? null))
    .filter((text) => text !== '')
    .join(' · ');
}

/** The dry run's "what would change": this submission's rows against the agency's current ones. */
export function compareWithEarlier(
  earlier: readonly ProgressRow[],
  incoming: readonly ValidatedRow[],
): EarlierComparison {
  const before = new Map(earlier.map((row) => [rowKey(row), row]));
  const comparison: EarlierComparison = { added: 0, changed: [], dropped: 0 };
  const seen = new Set<string>();
  for (const row of incoming) {
    const key = rowKey(row);
    seen.add(key);
    const old = before.get(key);
    if (!old) comparison.added += 1;
    else if (shown(old) !== shown(row))
      comparison.changed.push({ code: row.code, category: row.category, before: shown(old), after: shown(row) });
  }
  comparison.dropped = [...before.keys()].filter((key) => !seen.has(key)).length;
  return comparison;
}
