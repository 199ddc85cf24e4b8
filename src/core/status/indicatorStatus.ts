import type { Placement } from '../model/planTree';
import type { Indicator } from '../model/plan';
import { serialToIso } from '../values/isoDate';
import { SCALE_SCORE, type MilestoneState, type ScaleLevel } from '../values/quantity';
import { milestoneActual, numericActual, type Actual } from './actual';
import type { StatusContext } from './context';
import { defineIndicator, type Definition, type NumericDefinition } from './definition';
import { formatAmount } from './format';
import { judgeMilestone, judgeNumeric, type Judgement } from './judge';
import { carriesValue, groupByAgencyPeriod, placeRows, type LedgerRef, type Observation } from './observations';
import { dateParam } from '../i18n/params';
import { labelParam, sentence, type Sentence, type SentenceParam } from '../i18n/sentence';
import type { IndicatorResult } from './report';
import { selfAssessments } from './selfAssessment';
import { ASSESSED_STATUSES, indicatorTwoWay, type IndicatorStatus } from './statuses';

const LEVELS = Object.keys(SCALE_SCORE) as ScaleLevel[];

/** Numbers in reasons in the plan's locale; counts planned in whole numbers read whole ("expected 4", not 3.67). */
function amount(def: NumericDefinition, ctx: StatusContext): (n: number) => string {
  if (def.additive && Number.isInteger(def.baseline) && Number.isInteger(def.target)) {
    return (n) => formatAmount(Math.round(n), ctx.locale);
  }
  return (n) => formatAmount(n, ctx.locale);
}

/** Values in reasons: a scale's whole scores by their word, other values as amounts. */
function shower(def: NumericDefinition, ctx: StatusContext): (n: number) => SentenceParam {
  const asAmount = amount(def, ctx);
  if (def.measure !== 'scale') return asAmount;
  return (n) => (Number.isInteger(n) && LEVELS[n] ? labelParam(`status.scale.${LEVELS[n]}`) : asAmount(n));
}

interface Outcome {
  status: IndicatorStatus;
  reason: Sentence;
  judgement: Pick<Judgement, 'progress' | 'expected' | 'achievedShare'>;
  actual: number | null;
  state: MilestoneState | null;
  lastPeriod: string | null;
}

const NOT_JUDGED = { progress: null, expected: null, achievedShare: null };

function outcome<T>(
  status: IndicatorStatus,
  why: Sentence,
  found: Actual<T>,
  actual: number | null,
  state: MilestoneState | null,
): Outcome {
  return {
    status,
    reason: why,
    judgement: NOT_JUDGED,
    actual,
    state,
    lastPeriod: found.kind === 'found' ? found.lastPeriod : null,
  };
}

function judged(def: Definition, placed: readonly Observation[], ctx: StatusContext, notes: Sentence[]): Outcome {
  const groups = groupByAgencyPeriod(
    placed.filter((o) => carriesValue(o.row)),
    notes,
  );
  const noReports: Actual<never> = {
    kind: 'none',
    reason: sentence('status.reason.noReports', { asOf: dateParam(ctx.asOf) }),
  };
  const dueFrom = Math.max(def.startDay, ctx.planStartDay);
  const notDue = ctx.asOfDay < dueFrom;
  const notDueReason = () =>
    sentence('status.reason.notDueYet', {
      asOf: dateParam(ctx.asOf),
      date: dateParam(serialToIso(dueFrom)),
    });

  if (def.kind === 'milestone') {
    const found = groups.length === 0 ? noReports : milestoneActual(groups, ctx, notes);
    const state = found.kind === 'found' ? found.value : null;
    if (notDue) return outcome('notDueYet', notDueReason(), found, null, state);
    if (found.kind === 'none') return outcome('noData', found.reason, found, null, null);
    const j = judgeMilestone(def, found.value, found.lastPeriod, ctx);
    return { status: j.status, reason: j.reason, judgement: j, actual: null, state, lastPeriod: found.lastPeriod };
  }

  const found = groups.length === 0 ? noReports : numericActual(def, groups, ctx, notes, amount(def, ctx));
  if (notDue) return outcome('notDueYet', notDueReason(), found, found.kind === 'found' ? found.value : null, null);
  if (found.kind === 'none') return outcome('noData', found.reason, found, null, null);
  const j = judgeNumeric(def, found.value, ctx, shower(def, ctx));
  return {
    status: j.status,
    reason: j.reason,
    judgement: j,
    actual: found.value,
    state: null,
    lastPeriod: found.lastPeriod,
  };
}

/** The status of one indicator at the as-of date, from the plan's definition and the rows reported on it. */
export function indicatorStatus(
  ind: Indicator,
  where: Placement,
  refs: readonly LedgerRef[],
  ctx: StatusContext,
): IndicatorResult {
  const notes: Sentence[] = [];
  const def = defineIndicator(ind, ctx);
  // An indicator that cannot be judged gets no notes on rows that could not have been used anyway.
  const placed = def.kind === 'problem' ? placeRows(refs, ctx, null, []) : placeRows(refs, ctx, def.startDay, notes);
  const result: Outcome =
    def.kind === 'problem'
      ? {
          status: 'notAssessable',
          reason: def.reason,
          judgement: NOT_JUDGED,
          actual: null,
          state: null,
          lastPeriod: null,
        }
      : judged(def, placed, ctx, notes);
  const twoWay = indicatorTwoWay(result.status, ctx.settings.atRiskCountsAsOffTrack);
  const selfAssessment = selfAssessments(placed, twoWay, `status.indicator.${result.status}`, notes);
  const numeric = def.kind === 'numeric' ? def : null;
  // How the plan's gaps were filled matters only where a judgement rests on it.
  const assumptions = def.kind !== 'problem' && ASSESSED_STATUSES.has(result.status) ? def.assumptions : [];
  return {
    code: ind.code,
    objective: where.objective,
    area: where.area,
    measure: def.kind === 'problem' ? null : def.kind === 'milestone' ? 'milestone' : def.measure,
    status: result.status,
    progress: result.judgement.progress,
    achievedShare: result.judgement.achievedShare,
    expected: result.judgement.expected,
    actual: result.actual,
    baseline: numeric?.baseline ?? null,
    target: numeric?.target ?? null,
    state: result.state,
    lastPeriod: result.lastPeriod,
    reason: [result.reason, ...assumptions],
    notes,
    twoWay,
    selfAssessment,
  };
}
