import type { Placement } from '../model/planTree';
import type { Indicator } from '../model/plan';
import { serialToIso } from '../values/isoDate';
import { SCALE_SCORE, type MilestoneState, type ScaleLevel } from '../values/quantity';
import { milestoneActual, numericActual, type Actual } from './actual';
import type { StatusContext } from './context';
import { defineIndicator, type Definition } from './definition';
import { formatAmount } from './format';
import { judgeMilestone, judgeNumeric, type Judgement } from './judge';
import { carriesValue, groupByAgencyPeriod, placeRows, type LedgerRef, type Observation } from './observations';
import { reason, type Reason } from './reason';
import type { IndicatorResult } from './report';
import { selfAssessments } from './selfAssessment';
import { ASSESSED_STATUSES, indicatorTwoWay, type IndicatorStatus } from './statuses';

const LEVELS = Object.keys(SCALE_SCORE) as ScaleLevel[];

/** Values in reasons: numbers in the plan's locale; a scale's whole scores by their word; counts whole. */
function shower(def: Definition, ctx: StatusContext): (n: number) => string {
  if (def.kind === 'numeric' && def.measure === 'scale') {
    return (n) => (Number.isInteger(n) && LEVELS[n] ? ctx.t(`status.scale.${LEVELS[n]}`) : formatAmount(n, ctx.locale));
  }
  // Counts planned in whole numbers are read in whole numbers: "expected 4", not "expected 3.67 agreements".
  if (def.kind === 'numeric' && def.additive && Number.isInteger(def.baseline) && Number.isInteger(def.target)) {
    return (n) => formatAmount(Math.round(n), ctx.locale);
  }
  return (n) => formatAmount(n, ctx.locale);
}

interface Outcome {
  status: IndicatorStatus;
  reason: Reason;
  judgement: Pick<Judgement, 'progress' | 'expected' | 'achievedShare'>;
  actual: number | null;
  state: MilestoneState | null;
  lastPeriod: string | null;
}

const NOT_JUDGED = { progress: null, expected: null, achievedShare: null };

function outcome<T>(
  status: IndicatorStatus,
  why: Reason,
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

function judged(def: Definition, placed: readonly Observation[], ctx: StatusContext, notes: Reason[]): Outcome {
  const groups = groupByAgencyPeriod(
    placed.filter((o) => carriesValue(o.row)),
    notes,
  );
  const noReports: Actual<never> = { kind: 'none', reason: reason('status.reason.noReports', { asOf: ctx.asOf }) };
  const dueFrom = Math.max(def.startDay, ctx.planStartDay);
  const notDue = ctx.asOfDay < dueFrom;
  const notDueReason = () => reason('status.reason.notDueYet', { asOf: ctx.asOf, date: serialToIso(dueFrom) });

  if (def.kind === 'milestone') {
    const found = groups.length === 0 ? noReports : milestoneActual(groups, ctx, notes);
    const state = found.kind === 'found' ? found.value : null;
    if (notDue) return outcome('notDueYet', notDueReason(), found, null, state);
    if (found.kind === 'none') return outcome('noData', found.reason, found, null, null);
    const label = (s: MilestoneState) => ctx.t(`status.milestone.${s}`);
    const j = judgeMilestone(def, found.value, found.lastPeriod, ctx, label);
    return { status: j.status, reason: j.reason, judgement: j, actual: null, state, lastPeriod: found.lastPeriod };
  }

  const show = shower(def, ctx);
  const found = groups.length === 0 ? noReports : numericActual(def, groups, ctx, notes, show);
  if (notDue) return outcome('notDueYet', notDueReason(), found, found.kind === 'found' ? found.value : null, null);
  if (found.kind === 'none') return outcome('noData', found.reason, found, null, null);
  const j = judgeNumeric(def, found.value, ctx, show);
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
  const notes: Reason[] = [];
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
  const selfAssessment = selfAssessments(placed, twoWay, `status.indicator.${result.status}`, ctx.t, notes);
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
    reason: [result.reason, ...assumptions].map((r) => ctx.t(r.key, r.params)).join(' '),
    reasonKey: result.reason.key,
    notes: notes.map((r) => ctx.t(r.key, r.params)),
    twoWay,
    selfAssessment,
  };
}
