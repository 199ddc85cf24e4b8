import * as z from 'zod';
import { codeKey } from '../model/code';
import type { NumberLocale } from '../model/enums';
import type { Plan } from '../model/plan';
import { ImplementationStatus, type ProgressRow } from '../model/progress';
import { indexLedger } from '../status/ledgerIndex';
import { parseNumber } from '../values/number';
import { periodReader, periodWithin, type ReportRange } from './range';

/** A text as an agency reported it, with who and for when, so the report attributes every word. */
export const Attributed = z.object({
  agency: z.string(),
  period: z.string(),
  code: z.string(),
  text: z.string(),
  /** For an activity reported by its status alone. */
  implementation: ImplementationStatus.nullable(),
});
export type Attributed = z.infer<typeof Attributed>;

export const OutcomeEvidence = z.object({
  achievements: z.array(Attributed),
  activities: z.array(Attributed),
  comments: z.array(Attributed),
  /** Sum of the amounts reported as spent; null when none was reported. */
  spent: z.number().nullable(),
  donors: z.array(z.string()),
});
export type OutcomeEvidence = z.infer<typeof OutcomeEvidence>;

const DONOR_SEPARATOR = /\s*[;,\n]\s*/u;

function emptyEvidence(): OutcomeEvidence {
  return { achievements: [], activities: [], comments: [], spent: null, donors: [] };
}

/**
 * What agencies reported in the range, gathered per outcome (by code key): their outputs as achievements,
 * their activities (or an activity's status when that is all they wrote), their comments, and the money
 * spent with its donors. Rows of periods outside the range are left out.
 */
export function outcomeEvidence(
  plan: Plan,
  ledger: readonly ProgressRow[],
  range: ReportRange,
  locale: NumberLocale,
): Map<string, OutcomeEvidence> {
  const periodOf = periodReader();
  const inRange = ledger.filter((row) => {
    const period = periodOf(row.period);
    return period !== null && periodWithin(period, range);
  });
  const index = indexLedger(plan, inRange);
  const objectiveOfIndicator = new Map(plan.indicators.map((i) => [i.code, codeKey(i.objective)]));
  const objectiveOfMeasure = new Map(plan.keyMeasures.map((k) => [codeKey(k.code), codeKey(k.objective)]));
  const activityByCode = new Map(plan.activities.map((a) => [a.code, a]));
  const byOutcome = new Map<string, OutcomeEvidence>();
  const donors = new Map<string, Set<string>>();

  const add = (objective: string | undefined, code: string, row: ProgressRow, activityText: string | null) => {
    if (objective === undefined) return;
    const evidence = byOutcome.get(objective) ?? emptyEvidence();
    byOutcome.set(objective, evidence);
    const period = periodOf(row.period)?.code ?? row.period;
    const item = (text: string, implementation: Attributed['implementation'] = null): Attributed => ({
      agency: row.agency.trim(),
      period,
      code: code.trim(),
      text,
      implementation,
    });
    if (row.outputs !== '') evidence.achievements.push(item(row.outputs));
    if (row.activities !== '') evidence.activities.push(item(row.activities));
    else if (activityText !== null && row.implementation !== null)
      evidence.activities.push(item(activityText, row.implementation));
    if (row.comment !== '') evidence.comments.push(item(row.comment));
    const spent = parseNumber(row.budgetSpent, locale);
    if (spent !== null) evidence.spent = (evidence.spent ?? 0) + spent;
    const names = donors.get(objective) ?? new Set<string>();
    donors.set(objective, names);
    for (const donor of row.donors.split(DONOR_SEPARATOR)) if (donor !== '') names.add(donor);
  };

  for (const [code, refs] of index.indicators)
    for (const { row } of refs) add(objectiveOfIndicator.get(code), code, row, null);
  for (const [code, refs] of index.activities) {
    const activity = activityByCode.get(code);
    const objective = activity ? objectiveOfMeasure.get(codeKey(activity.keyMeasure)) : undefined;
    for (const { row } of refs) add(objective, code, row, activity?.text ?? '');
  }
  for (const [objective, evidence] of byOutcome) {
    evidence.donors = [...(donors.get(objective) ?? [])].sort();
    const order = (a: Attributed, b: Attributed) =>
      a.code.localeCompare(b.code, 'en', { numeric: true }) || a.period.localeCompare(b.period);
    evidence.achievements.sort(order);
    evidence.activities.sort(order);
    evidence.comments.sort(order);
  }
  return byOutcome;
}
