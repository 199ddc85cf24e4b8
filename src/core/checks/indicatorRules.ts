import { dateParam } from '../i18n/params';
import type { Indicator } from '../model/plan';
import type { DateLike } from '../values/dateLike';
import { readPlanDate } from './dateRules';
import { parseQuantity, resolveTarget, resolveValue, type Quantity, type Resolved } from '../values/quantity';
import { cellText, type CellValue } from '../model/cell';
import type { CheckEnv } from './env';
import type { Emit } from './report';

type TargetField = 'midTarget' | 'endTarget';
type DateField = 'baselineDate' | 'midDate' | 'endDate';

const YEAR_IN_TEXT = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** Two resolved values of different kinds: a count against a percentage, a number against a milestone. */
function sameKind(a: Resolved, b: Resolved): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'value' || b.kind !== 'value' || a.percent === b.percent;
}

function valueText(r: Extract<Resolved, { kind: 'value' }>): string {
  return `${r.value}${r.percent ? '%' : ''}`;
}

function checkBaseline(ind: Indicator, baseline: Quantity, emit: Emit): void {
  if (baseline.kind === 'blank') emit('indicator.baseline-missing', 'baseline');
  else if (baseline.kind === 'text' || baseline.kind === 'relative') {
    emit('indicator.baseline-not-measurable', 'baseline', { value: cellText(ind.baseline) });
  } else checkExact(ind, 'baseline', baseline, emit);
}

function checkExact(ind: Indicator, field: 'baseline' | TargetField, value: Quantity, emit: Emit): void {
  if (value.kind === 'number' && value.approximate) {
    emit('indicator.value-approximate', field, { value: cellText(ind[field]) });
  }
}

const CHANGING: ReadonlySet<Indicator['direction']> = new Set(['increase', 'decrease']);

/** Further in the indicator's direction: higher for an increase, lower for a decrease. */
function beyond(direction: Indicator['direction'], a: number, b: number): boolean {
  return (direction === 'increase' && a > b) || (direction === 'decrease' && a < b);
}

function checkTarget(ind: Indicator, field: TargetField, target: Quantity, baseline: Quantity, emit: Emit): void {
  const raw = ind[field];
  if (target.kind === 'blank') {
    emit(field === 'midTarget' ? 'indicator.mid-target-missing' : 'indicator.end-target-missing', field);
    return;
  }
  if (target.kind === 'text') {
    emit('indicator.target-not-measurable', field, { value: cellText(raw) });
    return;
  }
  checkExact(ind, field, target, emit);
  const resolved = resolveTarget(target, baseline);
  if (resolved.kind === 'unresolvable') {
    emit('indicator.relative-target-unresolvable', field, { value: cellText(raw), baseline: cellText(ind.baseline) });
    return;
  }
  const base = resolveValue(baseline);
  if (base.kind === 'unresolvable') return;
  if (!sameKind(base, resolved)) {
    emit('indicator.kind-mismatch', field, { value: cellText(raw), baseline: cellText(ind.baseline) });
    return;
  }
  if (base.kind !== 'value' || resolved.kind !== 'value' || !ind.direction) return;
  const direction = { key: `enum.direction.${ind.direction}` };
  if (beyond(ind.direction, base.value, resolved.value)) {
    emit('indicator.direction-contradicted', field, {
      value: valueText(resolved),
      baseline: valueText(base),
      direction,
    });
  } else if (field === 'endTarget' && resolved.value === base.value && CHANGING.has(ind.direction)) {
    emit('indicator.target-equals-baseline', field, { value: valueText(resolved), direction });
  }
}

/** A mid-term target already past the end target, in the indicator's direction, leaves nothing to reach. */
function checkMidBeyondEnd(
  ind: Indicator,
  baseline: Quantity,
  targets: Record<TargetField, Quantity>,
  emit: Emit,
): void {
  const mid = resolveTarget(targets.midTarget, baseline);
  const end = resolveTarget(targets.endTarget, baseline);
  if (mid.kind !== 'value' || end.kind !== 'value' || mid.percent !== end.percent) return;
  if (beyond(ind.direction, mid.value, end.value)) {
    emit('indicator.mid-target-beyond-end', 'midTarget', {
      value: valueText(mid),
      expected: valueText(end),
      direction: { key: `enum.direction.${ind.direction}` },
    });
  }
}

function outOfPercentRange(r: Resolved): r is Extract<Resolved, { kind: 'value' }> {
  return r.kind === 'value' && (r.value < 0 || r.value > 100);
}

function checkPercentRange(
  ind: Indicator,
  baseline: Quantity,
  targets: Record<TargetField, Quantity>,
  emit: Emit,
): void {
  if (ind.type !== 'percentage') return;
  const base = resolveValue(baseline);
  if (outOfPercentRange(base)) emit('indicator.percent-out-of-range', 'baseline', { value: valueText(base) });
  for (const field of ['midTarget', 'endTarget'] as const) {
    const resolved = resolveTarget(targets[field], baseline);
    if (outOfPercentRange(resolved)) emit('indicator.percent-out-of-range', field, { value: valueText(resolved) });
  }
}

const DATE_RULES = { invalid: 'indicator.date-invalid', withoutYear: 'indicator.date-without-year' } as const;

function readDate(ind: Indicator, field: DateField, env: CheckEnv, emit: Emit): DateLike {
  return readPlanDate(ind[field], field, field === 'baselineDate' ? 'start' : 'end', DATE_RULES, env, emit);
}

/** A baseline "measured in 2020" may carry its year in the value itself ("2968 (2007)"). */
function yearInBaseline(value: CellValue): boolean {
  return typeof value === 'string' && YEAR_IN_TEXT.test(value);
}

function checkDates(ind: Indicator, baseline: Quantity, env: CheckEnv, emit: Emit): void {
  const baselineDate = readDate(ind, 'baselineDate', env, emit);
  if (baselineDate.kind === 'blank' && baseline.kind !== 'blank' && !yearInBaseline(ind.baseline)) {
    emit('indicator.baseline-date-missing', 'baselineDate');
  }
  const { periodStart, periodEnd } = env.settings;
  const dates: Partial<Record<'midDate' | 'endDate', string>> = {};
  for (const field of ['midDate', 'endDate'] as const) {
    const date = readDate(ind, field, env, emit);
    if (date.kind !== 'date') continue;
    dates[field] = date.iso;
    if (date.iso < periodStart || date.iso > periodEnd) {
      emit('indicator.target-date-outside-period', field, {
        value: dateParam(date.iso),
        periodStart: dateParam(periodStart),
        periodEnd: dateParam(periodEnd),
      });
    }
    if (baselineDate.kind === 'date' && date.iso < baselineDate.iso) {
      emit('indicator.target-date-before-baseline', field, {
        value: dateParam(date.iso),
        baseline: dateParam(baselineDate.iso),
      });
    }
  }
  if (dates.midDate && dates.endDate && dates.midDate > dates.endDate) {
    emit('indicator.mid-date-after-end-date', 'midDate', {
      value: dateParam(dates.midDate),
      expected: dateParam(dates.endDate),
    });
  }
}

/** A.4.3 and B.2.1.1: baseline with its date, measurable mid and end targets in the right direction and range. */
export function checkIndicator(ind: Indicator, env: CheckEnv, emit: Emit): void {
  const locale = env.settings.numberLocale;
  const hint = { type: ind.type };
  const baseline = parseQuantity(ind.baseline, locale, hint);
  const targets = {
    midTarget: parseQuantity(ind.midTarget, locale, hint),
    endTarget: parseQuantity(ind.endTarget, locale, hint),
  };
  if (ind.text.trim() === '') emit('indicator.text-missing', 'text');
  checkBaseline(ind, baseline, emit);
  checkTarget(ind, 'midTarget', targets.midTarget, baseline, emit);
  checkTarget(ind, 'endTarget', targets.endTarget, baseline, emit);
  checkMidBeyondEnd(ind, baseline, targets, emit);
  checkPercentRange(ind, baseline, targets, emit);
  checkDates(ind, baseline, env, emit);
}
