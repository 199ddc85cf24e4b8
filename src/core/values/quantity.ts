import type { CellValue } from '../model/cell';
import type { IndicatorType, NumberLocale } from '../model/enums';
import { memoByText } from './memo';
import { isNotAvailable } from './notAvailable';
import { parseNumber } from './number';
import { milestoneIn, opensWithMilestone, scaleOf, type MilestoneState, type ScaleLevel } from './qualitativeWords';
import { boundIn, firstNumberIn, relativeIn } from './quantityText';
import { wordsSource } from './wordPattern';

export type { MilestoneState, ScaleLevel };

export type Quantity =
  | { kind: 'blank' }
  | {
      kind: 'number';
      value: number;
      percent: boolean;
      bound: 'exact' | 'atLeast' | 'atMost';
      /** "about 50", "cca 50": read as 50, but not the exact figure a baseline or target should be. */
      approximate?: true;
    }
  | { kind: 'relative'; change: number; unit: 'percent' | 'absolute' }
  | { kind: 'milestone'; state: MilestoneState }
  | { kind: 'scale'; level: ScaleLevel }
  | { kind: 'text'; text: string };

export type Resolved =
  | { kind: 'value'; value: number; percent: boolean }
  | { kind: 'milestone'; state: MilestoneState }
  | { kind: 'scale'; level: ScaleLevel }
  | { kind: 'unresolvable'; reason: 'blank' | 'notMeasurable' | 'relativeWithoutBaseline' | 'kindMismatch' };

export const SCALE_SCORE: Record<ScaleLevel, number> = { none: 0, low: 1, partial: 2, high: 3, full: 4 };

/** IATI writes period values as "2015:<3%"; the year before the colon is the period, not the value. */
const PERIOD_PREFIX = /^\s*(?:\d{4})?\s*:\s*/u;
const LEADING_SIGN = /^\s*[+\-\u2212]/u;
/** Words (English, Serbian and Bosnian in both scripts, Albanian, Macedonian) and signs that make a number a guess. */
const APPROXIMATE = new RegExp(
  `${wordsSource([
    'about',
    'approximately',
    'approx',
    'around',
    'roughly',
    'circa',
    'ca',
    'cca',
    'some',
    'oko',
    'približno',
    'priblizno',
    'otprilike',
    'око',
    'приближно',
    'отприлике',
    'rreth',
    'përafërsisht',
  ])}|[~≈]`,
  'iu',
);

export interface QuantityHint {
  /** A percentage indicator's bare numbers are percents ("45" means 45 %). */
  type?: IndicatorType | null;
  /** A reported value is a level: "-30" is minus thirty, not a change of thirty down as in a target. */
  signedIsValue?: boolean;
}

function number(
  value: number,
  percent: boolean,
  bound: 'exact' | 'atLeast' | 'atMost',
  hint?: QuantityHint,
  approximate = false,
): Quantity {
  const read = { kind: 'number' as const, value, percent: percent || hint?.type === 'percentage', bound };
  return approximate ? { ...read, approximate } : read;
}

function readText(text: string, locale: NumberLocale, hint?: QuantityHint): Quantity {
  if (hint?.signedIsValue || !LEADING_SIGN.test(text)) {
    const strict = parseNumber(text, locale);
    if (strict !== null) return number(strict, false, 'exact', hint);
  }
  const bound = boundIn(text, locale);
  if (bound) return number(bound.value, bound.percent, bound.bound, hint);
  const relative = relativeIn(text, locale);
  if (relative) return { kind: 'relative', ...relative };
  if (opensWithMilestone(text)) return { kind: 'milestone', state: 'achieved' };
  const found = firstNumberIn(text, locale);
  if (found) return number(found.value, found.percent, 'exact', hint, APPROXIMATE.test(text));
  const state = milestoneIn(text);
  if (state) return { kind: 'milestone', state };
  const level = scaleOf(text);
  if (level) return { kind: 'scale', level };
  return { kind: 'text', text };
}

/** Reads a baseline, target or reported value as officials write it; see the values contract for the forms. */
export function parseQuantity(value: CellValue, locale: NumberLocale, hint?: QuantityHint): Quantity {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'boolean') return { kind: 'milestone', state: value ? 'achieved' : 'notYet' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? number(value, false, 'exact', hint) : { kind: 'blank' };
  return readCached(`${locale}|${hint?.type ?? ''}|${hint?.signedIsValue ? 'v' : ''}|${value}`);
}

const readCached = memoByText<Quantity>(5000, (key) => {
  const [locale, type, signed, ...rest] = key.split('|');
  const text = rest.join('|').replace(PERIOD_PREFIX, '').trim();
  if (isNotAvailable(text)) return { kind: 'blank' };
  return readText(text, locale as NumberLocale, {
    type: type === '' ? null : (type as IndicatorType),
    signedIsValue: signed === 'v',
  });
});

/** For baselines and reported values: a relative value has nothing to be relative to. */
export function resolveValue(value: Quantity): Resolved {
  switch (value.kind) {
    case 'blank':
      return { kind: 'unresolvable', reason: 'blank' };
    case 'number':
      return { kind: 'value', value: value.value, percent: value.percent };
    case 'relative':
      return { kind: 'unresolvable', reason: 'relativeWithoutBaseline' };
    case 'milestone':
      return { kind: 'milestone', state: value.state };
    case 'scale':
      return { kind: 'scale', level: value.level };
    case 'text':
      return { kind: 'unresolvable', reason: 'notMeasurable' };
  }
}

/** Rounding keeps 200 × 1.1 at 220 rather than 220.00000000000003. */
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/**
 * A target relative to the baseline ('+10%') becomes an absolute value: baseline 200, '+10%' → 220.
 * A percent change is always relative to the baseline (40 % '+10%' → 44 %), as the guide's examples read
 * ("the rate ... decreased by 25%"); an absolute change adds to it (3 agreements, 'two more' → 5).
 */
export function resolveTarget(target: Quantity, baseline: Quantity): Resolved {
  if (target.kind !== 'relative') return resolveValue(target);
  const base = resolveValue(baseline);
  if (base.kind === 'milestone' || base.kind === 'scale') return { kind: 'unresolvable', reason: 'kindMismatch' };
  if (base.kind !== 'value') return { kind: 'unresolvable', reason: 'relativeWithoutBaseline' };
  const value = target.unit === 'percent' ? base.value * (1 + target.change / 100) : base.value + target.change;
  return { kind: 'value', value: tidy(value), percent: base.percent };
}
