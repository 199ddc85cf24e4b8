import { serialToIso } from '../values/isoDate';
import type { MilestoneState } from '../values/quantity';
import type { StatusContext } from './context';
import { MILESTONE_RANK, type MilestoneDefinition, type NumericDefinition } from './definition';
import { formatShare } from './format';
import { dateParam } from '../i18n/params';
import { labelParam, sentence, type Sentence, type SentenceParam } from '../i18n/sentence';
import { achievedShare, nearlyEqual, progressShare } from './share';
import type { IndicatorStatus } from './statuses';
import { expectedAt } from './trajectory';

/** The computed judgement of one indicator with a usable actual. */
export interface Judgement {
  status: IndicatorStatus;
  reason: Sentence;
  progress: number | null;
  expected: number | null;
  achievedShare: number | null;
}

type Measures = Pick<Judgement, 'progress' | 'expected' | 'achievedShare'>;

function verdict(m: Measures, status: IndicatorStatus, why: Sentence): Judgement {
  return { status, reason: why, progress: m.progress, expected: m.expected, achievedShare: m.achievedShare };
}

/** At least as good as `than`, in the indicator's direction (ties count, up to rounding). */
function atLeastAsGood(value: number, than: number, sign: number): boolean {
  return sign * (value - than) >= 0 || nearlyEqual(value, than);
}

/**
 * A level to keep: within the tolerance of it is on track (achieved once the end date has passed),
 * within twice the tolerance at risk, beyond off track. A bound ("at least 80 %") only counts
 * deviations past it.
 */
function judgeMaintain(
  def: NumericDefinition,
  actual: number,
  ctx: StatusContext,
  show: (n: number) => SentenceParam,
): Judgement {
  const level = def.target;
  const dev = actual - level;
  const off = def.bound === 'atLeast' ? Math.max(0, -dev) : def.bound === 'atMost' ? Math.max(0, dev) : Math.abs(dev);
  const reference = Math.abs(level) || Math.abs(def.baseline) || 1;
  const deviation = off / reference;
  const tolerance = ctx.settings.maintainTolerance;
  const params = {
    actual: show(actual),
    target: show(level),
    tolerance: formatShare(tolerance, ctx.locale),
    deviation: formatShare(deviation, ctx.locale),
  };
  const within = deviation <= tolerance || nearlyEqual(deviation, tolerance);
  const base = { progress: null, expected: level, achievedShare: achievedShare(level, level, actual) };
  if (within && ctx.asOfDay >= def.endDay)
    return verdict(base, 'achieved', sentence('status.reason.maintainKept', params));
  if (within) return verdict(base, 'onTrack', sentence('status.reason.maintainWithin', params));
  if (deviation <= 2 * tolerance || nearlyEqual(deviation, 2 * tolerance)) {
    return verdict(base, 'atRisk', sentence('status.reason.maintainNear', params));
  }
  return verdict(base, 'offTrack', sentence('status.reason.maintainOutside', params));
}

/**
 * Rising and falling indicators: achieved once the end target is reached; otherwise progress against
 * the trajectory, (actual − baseline) / (expected − baseline), sets on track, at risk or off track.
 * While no change is expected (at the trajectory's start, a flat stretch, or a target equal to the
 * baseline) there is no progress to measure: holding the baseline is on track, moving away off track.
 */
export function judgeNumeric(
  def: NumericDefinition,
  actual: number,
  ctx: StatusContext,
  show: (n: number) => SentenceParam,
): Judgement {
  if (def.mode === 'maintain') return judgeMaintain(def, actual, ctx, show);
  const sign = def.mode === 'increase' ? 1 : -1;
  const expected = expectedAt(def.points, ctx.asOfDay);
  const progress = progressShare(def.baseline, expected, actual);
  const { onTrack, offTrack } = ctx.settings;
  const params = {
    onTrack: ctx.thresholds.onTrack,
    offTrack: ctx.thresholds.offTrack,
    actual: show(actual),
    expected: show(expected),
    baseline: show(def.baseline),
    target: show(def.target),
    asOf: dateParam(ctx.asOf),
    progress: progress === null ? '' : formatShare(progress, ctx.locale),
  };
  const base = { progress, expected, achievedShare: achievedShare(def.baseline, def.target, actual) };
  if (atLeastAsGood(actual, def.target, sign))
    return verdict(base, 'achieved', sentence('status.reason.achieved', params));
  if (progress === null) {
    return atLeastAsGood(actual, def.baseline, sign)
      ? verdict(base, 'onTrack', sentence('status.reason.noChangeExpected', params))
      : verdict(base, 'offTrack', sentence('status.reason.movingAway', params));
  }
  // A negative share ("−93 % of the progress expected") reads as nonsense: say it went the wrong way.
  if (progress < 0) return verdict(base, 'offTrack', sentence('status.reason.movingAway', params));
  if (progress >= onTrack || nearlyEqual(progress, onTrack))
    return verdict(base, 'onTrack', sentence('status.reason.onTrack', params));
  if (progress >= offTrack || nearlyEqual(progress, offTrack))
    return verdict(base, 'atRisk', sentence('status.reason.atRisk', params));
  return verdict(base, 'offTrack', sentence('status.reason.offTrack', params));
}

/**
 * Milestones: reaching the target state is achieved; a due date (mid-term or end) passed short of its
 * state is off track; before that, partly achieved is on track, and not yet achieved is on track in
 * the first half of the time to the due date and at risk in the second.
 */
export function judgeMilestone(
  def: MilestoneDefinition,
  state: MilestoneState,
  period: string,
  ctx: StatusContext,
): Judgement {
  const rank = MILESTONE_RANK[state];
  const targetRank = MILESTONE_RANK[def.target];
  const base = {
    progress: null,
    expected: null,
    achievedShare: targetRank === 0 ? null : Math.min(rank, targetRank) / targetRank,
  };
  const params = (due: number, target: MilestoneState) => ({
    state: labelParam(`status.milestone.${state}`),
    period,
    due: dateParam(serialToIso(due)),
    target: labelParam(`status.milestone.${target}`),
  });
  if (rank >= targetRank)
    return verdict(base, 'achieved', sentence('status.reason.milestoneAchieved', params(def.endDay, def.target)));
  if (ctx.asOfDay > def.endDay)
    return verdict(base, 'offTrack', sentence('status.reason.milestoneMissed', params(def.endDay, def.target)));
  const midPending = def.mid !== null && rank < MILESTONE_RANK[def.mid.state];
  if (def.mid && midPending && ctx.asOfDay > def.mid.day) {
    return verdict(base, 'offTrack', sentence('status.reason.milestoneMissed', params(def.mid.day, def.mid.state)));
  }
  const due = def.mid && midPending ? def.mid.day : def.endDay;
  const target = def.mid && midPending ? def.mid.state : def.target;
  if (rank > 0) return verdict(base, 'onTrack', sentence('status.reason.milestonePartly', params(due, target)));
  const elapsed = (ctx.asOfDay - def.startDay) / (due - def.startDay);
  return elapsed < 0.5
    ? verdict(base, 'onTrack', sentence('status.reason.milestoneNotYetEarly', params(due, target)))
    : verdict(base, 'atRisk', sentence('status.reason.milestoneNotYetLate', params(due, target)));
}
