import type { Activity, Agency, Plan } from '../model/plan';
import { indicatorCodeKey } from '../model/code';

/** Word characters in every plan language, so "MOI" does not match inside "MOIST". */
const boundary = (text: string, at: number) => at < 0 || at >= text.length || !/[\p{L}\p{N}]/u.test(text[at]);

function mentions(text: string, label: string): boolean {
  const needle = label.trim().toLowerCase();
  if (needle === '') return false;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (boundary(text, at - 1) && boundary(text, at + needle.length)) return true;
  }
  return false;
}

/**
 * The agencies a "responsible" text names, by code or full name anywhere in it: a cell often names several
 * ("Ministry of the Interior in cooperation with the Public Prosecutor's Office") or a unit of one
 * ("Ministry of the Interior (specific structural unit)").
 */
export function agenciesNamed(agencies: readonly Agency[], responsible: string): string[] {
  const text = responsible.toLowerCase();
  return agencies.filter((agency) => mentions(text, agency.code) || mentions(text, agency.name)).map((a) => a.code);
}

export interface AgencyAssignment {
  /** Indicator codes whose M&E plan row names the agency as responsible for the data. */
  indicators: Set<string>;
  /**
   * The activities whose responsible bodies name the agency, as records: two activities may share a code
   * by mistake (the checker reports it), and each goes to its own responsible body.
   */
  activities: Activity[];
}

/** What each agency reports on: its indicators (Annex 4 "Responsible") and its activities (Annex 3). */
export function agencyAssignments(plan: Plan): Map<string, AgencyAssignment> {
  const byAgency = new Map(
    plan.agencies.map((agency): [string, AgencyAssignment] => [agency.code, { indicators: new Set(), activities: [] }]),
  );
  for (const row of plan.mePlan) {
    for (const code of agenciesNamed(plan.agencies, row.responsible))
      byAgency.get(code)!.indicators.add(indicatorCodeKey(row.indicator));
  }
  for (const activity of plan.activities) {
    for (const code of agenciesNamed(plan.agencies, activity.responsible))
      byAgency.get(code)!.activities.push(activity);
  }
  return byAgency;
}
