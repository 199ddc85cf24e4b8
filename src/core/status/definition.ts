import { cellText, type CellValue } from '../model/cell';
import type { Aggregation } from '../model/enums';
import type { Indicator } from '../model/plan';
import { parseDateLike } from '../values/dateLike';
import { isoToSerial, serialToIso } from '../values/isoDate';
import {
  parseQuantity,
  resolveTarget,
  resolveValue,
  SCALE_SCORE,
  type MilestoneState,
  type Resolved,
} from '../values/quantity';
import type { StatusContext } from './context';
import { dateParam } from '../i18n/params';
import { sentence, type Sentence } from '../i18n/sentence';
import { nearlyEqual } from './share';
import type { TrajectoryPoint } from './trajectory';

/** Which way a numeric indicator should go; 'maintain' keeps a level within a tolerance. */
export type NumericMode = 'increase' | 'decrease' | 'maintain';

/** The facts needed to judge a numeric or scale indicator, read once from the plan. */
export interface NumericDefinition {
  kind: 'numeric';
  /** Scale indicators (none … full) are judged as their scores 0 … 4. */
  measure: 'number' | 'scale';
  baseline: number;
  target: number;
  points: TrajectoryPoint[];
  startDay: number;
  endDay: number;
  mode: NumericMode;
  bound: 'exact' | 'atLeast' | 'atMost';
  aggregation: Aggregation;
  /** Whether values from several agencies add up (counts do, percentages do not). */
  additive: boolean;
  /** 100 where the plan writes the ratio as a percentage (45 %), 1 where as a fraction (0.45). */
  ratioScale: number;
  /** How gaps in the plan were filled (no baseline date, no mid-term target); part of the reason. */
  assumptions: Sentence[];
}

export const MILESTONE_RANK: Record<MilestoneState, number> = { notYet: 0, partly: 1, achieved: 2 };

export interface MilestoneDefinition {
  kind: 'milestone';
  target: MilestoneState;
  mid: { day: number; state: MilestoneState } | null;
  startDay: number;
  endDay: number;
  assumptions: Sentence[];
}

export type Definition = NumericDefinition | MilestoneDefinition;
export type DefinitionResult = Definition | { kind: 'problem'; reason: Sentence };

type DateRead = { kind: 'blank' } | { kind: 'day'; day: number; precision: string } | { kind: 'invalid'; text: string };

/** A date written without its year ("IV quarter") is not placed in the first year of a plan over several. */
function readDate(value: CellValue, bound: 'start' | 'end', ctx: StatusContext): DateRead {
  const d = parseDateLike(value, { defaultYear: ctx.planStartYear, bound });
  if (d.kind !== 'date') return d;
  if (d.yearAssumed && ctx.planStart.slice(0, 4) !== ctx.planEnd.slice(0, 4))
    return { kind: 'invalid', text: cellText(value) };
  return { kind: 'day', day: isoToSerial(d.iso), precision: d.precision };
}

/**
 * A baseline dated by a year, half, quarter or month stands for the end of that period ("2025" → 31 Dec
 * 2025), unless that end falls after the plan has begun: then the baseline was taken at its start.
 */
function trajectoryStart(ind: Indicator, ctx: StatusContext, assumptions: Sentence[]): number {
  const end = readDate(ind.baselineDate, 'end', ctx);
  if (end.kind === 'day') {
    if (end.day <= ctx.planStartDay || end.precision === 'day') return end.day;
    const start = readDate(ind.baselineDate, 'start', ctx);
    return start.kind === 'day' ? start.day : end.day;
  }
  assumptions.push(
    end.kind === 'blank'
      ? sentence('status.assume.baselineDate', { date: dateParam(ctx.planStart) })
      : sentence('status.assume.baselineDateUnreadable', { value: end.text, date: dateParam(ctx.planStart) }),
  );
  return ctx.planStartDay;
}

function endDay(ind: Indicator, ctx: StatusContext, assumptions: Sentence[]): number {
  const end = readDate(ind.endDate, 'end', ctx);
  if (end.kind === 'day') return end.day;
  assumptions.push(
    end.kind === 'blank'
      ? sentence('status.assume.endDate', { date: dateParam(ctx.planEnd) })
      : sentence('status.assume.endDateUnreadable', { value: end.text, date: dateParam(ctx.planEnd) }),
  );
  return ctx.planEndDay;
}

/** The mid-term date, or the middle of the plan when none is given; null when it lies outside the trajectory. */
function midDay(
  ind: Indicator,
  startDay: number,
  endDay: number,
  ctx: StatusContext,
  assumptions: Sentence[],
): number | null {
  const mid = readDate(ind.midDate, 'end', ctx);
  let day: number;
  if (mid.kind === 'day') day = mid.day;
  else {
    day = Math.round((ctx.planStartDay + ctx.planEndDay) / 2);
    const date = dateParam(serialToIso(day));
    assumptions.push(
      mid.kind === 'blank'
        ? sentence('status.assume.midDate', { date })
        : sentence('status.assume.midDateUnreadable', { value: mid.text, date }),
    );
  }
  if (day > startDay && day < endDay) return day;
  assumptions.push(sentence('status.assume.midDateOutside', { date: dateParam(serialToIso(day)) }));
  return null;
}

function unresolvedProblem(
  r: Extract<Resolved, { kind: 'unresolvable' }>,
  which: 'baseline' | 'target',
  ind: Indicator,
): Sentence {
  const value = cellText(which === 'baseline' ? ind.baseline : ind.endTarget);
  if (r.reason === 'blank')
    return sentence(which === 'baseline' ? 'status.reason.noBaseline' : 'status.reason.noTarget');
  if (r.reason === 'relativeWithoutBaseline' && which === 'target')
    return sentence('status.reason.relativeTargetWithoutBaseline', { value });
  if (r.reason === 'kindMismatch') return kindMismatch(ind);
  return sentence(which === 'baseline' ? 'status.reason.baselineNotMeasurable' : 'status.reason.targetNotMeasurable', {
    value,
  });
}

function kindMismatch(ind: Indicator): Sentence {
  return sentence('status.reason.kindMismatch', { baseline: cellText(ind.baseline), target: cellText(ind.endTarget) });
}

function scoreOf(r: Resolved): number | null {
  if (r.kind === 'value') return r.value;
  if (r.kind === 'scale') return SCALE_SCORE[r.level];
  return null;
}

/**
 * The way the indicator should go: the direction column where given, else from baseline to target. A
 * bound target on the near side of the baseline ("at most 3 %" from 2 %) is a level to keep.
 */
function modeOf(
  ind: Indicator,
  baseline: number,
  target: number,
  bound: NumericDefinition['bound'],
): NumericMode | 'conflict' {
  const dir = ind.direction;
  if (dir === 'maintain') return 'maintain';
  if (nearlyEqual(baseline, target)) return dir === 'increase' || dir === 'decrease' ? dir : 'maintain';
  const way = target > baseline ? 'increase' : 'decrease';
  if ((dir === 'increase' || dir === 'decrease') && dir !== way) return 'conflict';
  if ((bound === 'atMost' && way === 'increase') || (bound === 'atLeast' && way === 'decrease')) return 'maintain';
  return way;
}

function milestoneDefinition(
  ind: Indicator,
  target: MilestoneState,
  mid: Resolved,
  ctx: StatusContext,
): DefinitionResult {
  const assumptions: Sentence[] = [];
  const startDay = trajectoryStart(ind, ctx, assumptions);
  const end = endDay(ind, ctx, assumptions);
  if (end <= startDay) return datesOutOfOrder(startDay, end);
  const day = mid.kind === 'milestone' ? midDay(ind, startDay, end, ctx, assumptions) : null;
  return {
    kind: 'milestone',
    target,
    mid: mid.kind === 'milestone' && day !== null ? { day, state: mid.state } : null,
    startDay,
    endDay: end,
    assumptions,
  };
}

function datesOutOfOrder(startDay: number, end: number): DefinitionResult {
  return {
    kind: 'problem',
    reason: sentence('status.reason.datesOutOfOrder', {
      start: dateParam(serialToIso(startDay)),
      end: dateParam(serialToIso(end)),
    }),
  };
}

/**
 * 100 where the plan writes the ratio as a percentage, 1 where as a fraction. A percent sign settles it
 * ("0.8 %" is less than one percent, not 80 %); bare numbers of a percentage indicator are percents when
 * any is above 1 ("45"), fractions otherwise ("0.45").
 */
function ratioScale(ind: Indicator, ctx: StatusContext, percent: boolean, largest: number): number {
  if (!percent) return 1;
  const signed = [ind.baseline, ind.midTarget, ind.endTarget].some((value) => {
    const q = parseQuantity(value, ctx.locale);
    return q.kind === 'number' && q.percent;
  });
  return signed || largest > 1 ? 100 : 1;
}

/**
 * Reads an indicator's baseline, targets, dates and direction the way the checker does (core/values),
 * filling gaps the plan allows (no baseline date, no mid-term target) and refusing what cannot be judged.
 */
export function defineIndicator(ind: Indicator, ctx: StatusContext): DefinitionResult {
  const hint = { type: ind.type };
  const baselineQ = parseQuantity(ind.baseline, ctx.locale, hint);
  const endQ = parseQuantity(ind.endTarget, ctx.locale, hint);
  const midQ = parseQuantity(ind.midTarget, ctx.locale, hint);
  const end = resolveTarget(endQ, baselineQ);
  if (end.kind === 'unresolvable') return { kind: 'problem', reason: unresolvedProblem(end, 'target', ind) };
  const mid = resolveTarget(midQ, baselineQ);
  if (end.kind === 'milestone') return milestoneDefinition(ind, end.state, mid, ctx);

  const base = resolveValue(baselineQ);
  if (base.kind === 'unresolvable') return { kind: 'problem', reason: unresolvedProblem(base, 'baseline', ind) };
  const baseline = scoreOf(base);
  const target = scoreOf(end);
  if (base.kind !== end.kind || baseline === null || target === null)
    return { kind: 'problem', reason: kindMismatch(ind) };

  const bound = endQ.kind === 'number' ? endQ.bound : 'exact';
  const mode = modeOf(ind, baseline, target, bound);
  if (mode === 'conflict') {
    return {
      kind: 'problem',
      reason: sentence('status.reason.directionConflict', {
        direction: ind.direction ?? '',
        baseline: cellText(ind.baseline),
        target: cellText(ind.endTarget),
      }),
    };
  }

  const assumptions: Sentence[] = [];
  const startDay = trajectoryStart(ind, ctx, assumptions);
  const finish = endDay(ind, ctx, assumptions);
  if (finish <= startDay) return datesOutOfOrder(startDay, finish);

  const points: TrajectoryPoint[] = [{ day: startDay, value: baseline }];
  const midValue = mid.kind === end.kind ? scoreOf(mid) : null;
  if (midValue !== null) {
    const day = midDay(ind, startDay, finish, ctx, assumptions);
    if (day !== null) points.push({ day, value: midValue });
  } else if (midQ.kind === 'blank') {
    assumptions.push(sentence('status.assume.noMidTarget'));
  } else {
    assumptions.push(sentence('status.assume.midTargetUnusable', { value: cellText(ind.midTarget) }));
  }
  points.push({ day: finish, value: target });

  const measure = end.kind === 'scale' ? 'scale' : 'number';
  const percent = (base.kind === 'value' && base.percent) || (end.kind === 'value' && end.percent);
  const largest = Math.max(...points.map((p) => Math.abs(p.value)));
  if (measure === 'number' && ind.aggregation === null) assumptions.push(sentence('status.assume.noAggregation'));
  const percentSummed = ind.aggregation === 'sum' && percent;
  if (percentSummed) assumptions.push(sentence('status.assume.percentNotSummed'));
  return {
    kind: 'numeric',
    measure,
    baseline,
    target,
    points,
    startDay,
    endDay: finish,
    mode,
    bound,
    aggregation: measure === 'scale' || percentSummed ? 'latest' : (ind.aggregation ?? 'latest'),
    additive: measure === 'number' && !percent && (ind.type === 'number' || ind.type === null),
    ratioScale: ratioScale(ind, ctx, percent, largest),
    assumptions,
  };
}
