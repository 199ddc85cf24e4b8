import * as z from 'zod';
import type { MessageKey } from '../i18n/translate';
import type { Plan } from '../model/plan';
import { codeKey } from '../model/code';
import type { Finding } from './finding';
import type { RuleId } from './rules';

/**
 * The plan-quality checklist: A.4.3's "Checklist for Outcomes and Indicators" and the Annex 1 items that
 * concern the plan itself. `auto` answers from the data where it can; null leaves the item to the user.
 * Some items can only be refuted by the data (an indicator without a baseline is not SMART), never
 * confirmed (achievable and realistic are judgements): those answer false or null.
 */
export interface ChecklistItem {
  id: string;
  messageKey: MessageKey;
  guide: string;
  auto: (plan: Plan, findings: readonly Finding[]) => boolean | null;
}

/** The user can also say an item does not apply to this plan (a plan without victim-witness measures ...). */
export const ChecklistAnswer = z.enum(['yes', 'no', 'notApplicable']);
export type ChecklistAnswer = z.infer<typeof ChecklistAnswer>;

export const ChecklistResult = z.object({
  id: z.string(),
  messageKey: z.string(),
  guide: z.string(),
  /** What the data says (yes or no), or null when it cannot say. */
  auto: ChecklistAnswer.nullable(),
  /** The answer shown: the data's where it has one, else the user's, else null (open). */
  answer: ChecklistAnswer.nullable(),
  source: z.enum(['auto', 'user', 'open']),
});
export type ChecklistResult = z.infer<typeof ChecklistResult>;

function has(findings: readonly Finding[], rules: readonly RuleId[]): boolean {
  const wanted = new Set<string>(rules);
  return findings.some((f) => wanted.has(f.rule));
}

function hasError(findings: readonly Finding[], entities: ReadonlySet<string>): boolean {
  return findings.some((f) => f.severity === 'error' && entities.has(f.entity));
}

/** True when `records` exist and none has any of `rules`. */
function noneOf(records: readonly unknown[], findings: readonly Finding[], rules: readonly RuleId[]): boolean {
  return records.length > 0 && !has(findings, rules);
}

const INDICATOR_ENTITIES = new Set(['indicator', 'mePlan']);
const MEASURABLE_RULES: readonly RuleId[] = [
  'indicator.baseline-missing',
  'indicator.baseline-not-measurable',
  'indicator.baseline-date-missing',
  'indicator.end-target-missing',
  'indicator.target-not-measurable',
  'indicator.relative-target-unresolvable',
  'indicator.date-invalid',
  'indicator.target-date-outside-period',
];
const TIMELINE_RULES: readonly RuleId[] = [
  'activity.start-missing',
  'activity.completion-missing',
  'activity.date-invalid',
  'activity.dates-reversed',
  'activity.date-outside-period',
];
const ME_RULES: readonly RuleId[] = [
  'structure.indicator-not-in-me-plan',
  'mePlan.means-of-verification-missing',
  'mePlan.frequency-missing',
  'mePlan.frequency-unknown',
  'mePlan.responsible-missing',
];

function everyAreaHasActivity(plan: Plan): boolean {
  const areaOfObjective = new Map(plan.objectives.map((o) => [codeKey(o.code), codeKey(o.area)] as const));
  const objectiveOfMeasure = new Map(plan.keyMeasures.map((k) => [codeKey(k.code), codeKey(k.objective)] as const));
  const covered = new Set<string>();
  for (const activity of plan.activities) {
    const objective = objectiveOfMeasure.get(codeKey(activity.keyMeasure));
    const area = objective === undefined ? undefined : areaOfObjective.get(objective);
    if (area !== undefined) covered.add(area);
  }
  return plan.areas.length > 0 && plan.areas.every((a) => covered.has(codeKey(a.code)));
}

/** Both process (output) and effect (outcome) indicators; unknown while some levels are blank. */
function processAndEffect(plan: Plan): boolean | null {
  const levels = new Set(plan.indicators.map((i) => i.level));
  if (levels.has('output') && levels.has('outcome')) return true;
  return levels.has(null) ? null : false;
}

function qualitativeIncluded(plan: Plan): boolean | null {
  const types = plan.indicators.map((i) => i.type);
  if (types.includes('qualitative')) return true;
  return types.includes(null) ? null : false;
}

const item = (id: string, guide: string, auto: ChecklistItem['auto'] = () => null): ChecklistItem => ({
  id,
  messageKey: `checklist.${id}` as MessageKey,
  guide,
  auto,
});

export const CHECKLIST: readonly ChecklistItem[] = [
  item('a43-smart', 'A.4.3', (p, f) => (p.indicators.length === 0 || hasError(f, INDICATOR_ENTITIES) ? false : null)),
  item('a43-influence', 'A.4.3'),
  item('a43-worded-as-change', 'A.4.3'),
  item('a43-gender', 'A.4.3'),
  item('a43-institutional-change', 'A.4.3'),
  item('a43-conditions-not-products', 'A.4.3'),
  item('a43-objectives-have-indicators', 'A.4.3', (p, f) =>
    noneOf(p.objectives, f, ['structure.objective-without-indicator']),
  ),
  item('a43-clear-picture', 'A.4.3'),
  item('a43-process-and-effect', 'A.4.3', processAndEffect),
  item('annex1-areas-have-objectives', 'Annex 1', (p, f) => noneOf(p.areas, f, ['structure.area-without-objective'])),
  item('annex1-activities-each-area', 'Annex 1', everyAreaHasActivity),
  item('annex1-responsibilities', 'Annex 1', (p, f) => noneOf(p.activities, f, ['activity.responsible-missing'])),
  item('annex1-timelines', 'Annex 1', (p, f) => noneOf(p.activities, f, TIMELINE_RULES)),
  item('annex1-budget', 'Annex 1', (p, f) =>
    noneOf(p.activities, f, ['activity.financial-estimate-missing', 'activity.amount-without-source']),
  ),
  item('annex1-baselines', 'Annex 1', (p, f) =>
    noneOf(p.indicators, f, ['indicator.baseline-missing', 'indicator.baseline-not-measurable']),
  ),
  item('annex1-measurable-indicators', 'Annex 1', (p, f) => (noneOf(p.indicators, f, MEASURABLE_RULES) ? null : false)),
  item('annex1-qualitative-indicators', 'Annex 1', qualitativeIncluded),
  item(
    'annex1-me-criteria',
    'Annex 1',
    (p, f) =>
      noneOf(p.indicators, f, ME_RULES) &&
      p.mePlanHeader.reporting.trim() !== '' &&
      p.mePlanHeader.review.trim() !== '',
  ),
  item('annex1-risks', 'Annex 1'),
  item('annex1-realistic-resources', 'Annex 1'),
];

/** The data's answer where it has one; otherwise the user's answer kept in the workbook. */
export function evaluateChecklist(
  plan: Plan,
  findings: readonly Finding[],
  userAnswers: Record<string, ChecklistAnswer>,
): ChecklistResult[] {
  return CHECKLIST.map((entry) => {
    const data = entry.auto(plan, findings);
    const auto = data === null ? null : data ? 'yes' : 'no';
    const user = Object.prototype.hasOwnProperty.call(userAnswers, entry.id) ? userAnswers[entry.id] : null;
    const answer = auto ?? user;
    const source = auto !== null ? 'auto' : user !== null ? 'user' : 'open';
    return { id: entry.id, messageKey: entry.messageKey, guide: entry.guide, auto, answer, source };
  });
}
