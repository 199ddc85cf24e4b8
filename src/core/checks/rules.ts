import type { MessageKey } from '../i18n/translate';
import type { Entity, Severity } from './finding';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** The kind of record the rule looks at; null for rules that apply to every kind (duplicate codes, sheet issues). */
  entity: Entity | null;
  messageKey: MessageKey;
  guide: string;
}

function rule<Id extends string>(id: Id, severity: Severity, entity: Entity | null, guide: string) {
  return { id, severity, entity, messageKey: `check.${id}` as MessageKey, guide };
}

/** The catalogue, in the order findings about one record are listed. */
export const RULES = [
  rule('settings.period-reversed', 'error', 'settings', 'Annex 3'),
  rule('sheet.missing-table', 'error', null, 'Annex 3'),
  rule('sheet.missing-column', 'error', null, 'Annex 3'),
  rule('sheet.unknown-list-value', 'error', null, 'Annex 3'),
  rule('sheet.value-became-date', 'error', null, 'A.4.3'),
  rule('structure.duplicate-code', 'error', null, 'Annex 3'),
  rule('structure.parent-missing', 'error', null, 'Annex 3'),
  rule('structure.code-not-under-parent', 'error', null, 'Annex 3'),
  rule('structure.area-without-objective', 'error', 'area', 'Annex 1'),
  rule('structure.objective-without-indicator', 'error', 'objective', 'A.4.3'),
  rule('structure.key-measure-without-activity', 'error', 'keyMeasure', 'Annex 3'),
  rule('structure.indicator-not-in-me-plan', 'error', 'indicator', 'B.2.1.1'),
  rule('structure.me-row-not-in-nap', 'error', 'mePlan', 'B.2.1.1'),
  rule('structure.me-value-differs', 'error', 'mePlan', 'B.2.1.1'),
  rule('indicator.text-missing', 'error', 'indicator', 'A.4.3'),
  rule('indicator.baseline-missing', 'error', 'indicator', 'B.2.1.1'),
  rule('indicator.baseline-not-measurable', 'error', 'indicator', 'A.4.3'),
  rule('indicator.baseline-date-missing', 'error', 'indicator', 'A.4.3'),
  rule('indicator.mid-target-missing', 'warning', 'indicator', 'Annex 3'),
  rule('indicator.end-target-missing', 'error', 'indicator', 'Annex 3'),
  rule('indicator.target-not-measurable', 'error', 'indicator', 'A.4.3'),
  rule('indicator.relative-target-unresolvable', 'error', 'indicator', 'B.2.1.1'),
  rule('indicator.kind-mismatch', 'error', 'indicator', 'A.4.3'),
  rule('indicator.direction-contradicted', 'error', 'indicator', 'A.4.3'),
  rule('indicator.target-equals-baseline', 'error', 'indicator', 'A.4.3'),
  rule('indicator.mid-target-beyond-end', 'error', 'indicator', 'A.4.3'),
  rule('indicator.value-approximate', 'warning', 'indicator', 'A.4.3'),
  rule('indicator.percent-out-of-range', 'error', 'indicator', 'A.4.3'),
  rule('indicator.date-invalid', 'error', 'indicator', 'A.4.3'),
  rule('indicator.date-without-year', 'error', 'indicator', 'A.4.3'),
  rule('indicator.target-date-outside-period', 'error', 'indicator', 'A.4.3'),
  rule('indicator.target-date-before-baseline', 'error', 'indicator', 'A.4.3'),
  rule('indicator.mid-date-after-end-date', 'error', 'indicator', 'A.4.3'),
  rule('mePlan.means-of-verification-missing', 'error', 'mePlan', 'B.2.1.1'),
  rule('mePlan.frequency-missing', 'error', 'mePlan', 'Annex 4'),
  rule('mePlan.frequency-unknown', 'error', 'mePlan', 'Annex 4'),
  rule('mePlan.responsible-missing', 'error', 'mePlan', 'B.2.1.1'),
  rule('mePlan.responsible-unknown', 'warning', 'mePlan', 'B.2.1.1'),
  rule('activity.text-missing', 'error', 'activity', 'Annex 3'),
  rule('activity.responsible-missing', 'error', 'activity', 'Annex 1'),
  rule('activity.responsible-unknown', 'warning', 'activity', 'Annex 1'),
  rule('activity.start-missing', 'error', 'activity', 'Annex 3'),
  rule('activity.completion-missing', 'error', 'activity', 'Annex 3'),
  rule('activity.date-invalid', 'error', 'activity', 'Annex 3'),
  rule('activity.date-without-year', 'error', 'activity', 'Annex 3'),
  rule('activity.dates-reversed', 'error', 'activity', 'Annex 3'),
  rule('activity.date-outside-period', 'error', 'activity', 'Annex 3'),
  rule('activity.result-indicator-missing', 'error', 'activity', 'Annex 3'),
  rule('activity.financial-estimate-missing', 'error', 'activity', 'A.4.4'),
  rule('activity.amount-without-source', 'error', 'activity', 'A.4.4'),
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_INDEX: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]));
export const RULE_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));
