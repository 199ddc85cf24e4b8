import { cellText } from '../model/cell';
import { parseNumber } from '../values/number';
import { parseQuantity, resolveValue, SCALE_SCORE, type MilestoneState } from '../values/quantity';
import type { StatusContext } from './context';
import { MILESTONE_RANK, type NumericDefinition } from './definition';
import { dropOverlaps, mostRecent, onePartition, type Group, type Observation } from './observations';
import { sentence, type Sentence } from '../i18n/sentence';
import { nearlyEqual } from './share';

/** Actual to date, or why there is none. */
export type Actual<T> = { kind: 'found'; value: T; lastPeriod: string } | { kind: 'none'; reason: Sentence };

const NO_USABLE: Actual<never> = { kind: 'none', reason: sentence('status.reason.noUsableReports') };

interface Dated<T> {
  agency: string;
  agencyKey: string;
  period: Group['period'];
  index: number;
  value: T;
}

function unusable(o: Observation, notes: Sentence[]): null {
  notes.push(
    sentence('status.note.valueNotUsable', { agency: o.agency, period: o.period.code, value: cellText(o.row.value) }),
  );
  return null;
}

/** What an agency reports is a level, never a change: "-30" and "-4,423" are the numbers they say. */
const REPORTED = { signedIsValue: true } as const;

/** A reported value as this indicator measures it: a number, or a scale's score. */
function numberIn(o: Observation, def: NumericDefinition, ctx: StatusContext, notes: Sentence[]): number | null {
  const r = resolveValue(parseQuantity(o.row.value, ctx.locale, REPORTED));
  if (r.kind === 'unresolvable' && r.reason === 'blank') return null;
  if (def.measure === 'number' && r.kind === 'value') return r.value;
  if (def.measure === 'scale' && r.kind === 'scale') return SCALE_SCORE[r.level];
  return unusable(o, notes);
}

function latestPeriod(groups: readonly { period: Group['period'] }[]): string {
  return groups.reduce((a, b) => (b.period.endDay > a.period.endDay ? b : a)).period.code;
}

/** The value of one agency's period: its total, or for sum and ratio indicators one breakdown added up. */
function groupValue<T>(
  g: Group,
  read: (o: Observation) => T | null,
  add: ((a: T, b: T) => T) | null,
  notes: Sentence[],
): T | null {
  if (g.total) return read(g.total);
  if (!add) {
    notes.push(sentence('status.note.disaggregatedIgnored', { agency: g.agency, period: g.period.code }));
    return null;
  }
  const { dimension, rows } = onePartition(g.parts);
  const values = rows.map(read);
  if (values.some((v) => v === null)) return null;
  const by = dimension || g.parts[0].row.category;
  notes.push(sentence('status.note.disaggregatedSummed', { agency: g.agency, period: g.period.code, dimension: by }));
  return (values as T[]).reduce(add);
}

function dated<T>(groups: readonly Group[], read: (g: Group) => T | null): Dated<T>[] {
  const out: Dated<T>[] = [];
  for (const g of groups) {
    const value = read(g);
    if (value === null) continue;
    out.push({
      agency: g.agency,
      agencyKey: g.agencyKey,
      period: g.period,
      index: (g.total ?? g.parts[0]).index,
      value,
    });
  }
  return out;
}

/** Each agency's most recent value. */
function perAgencyLatest<T>(items: readonly Dated<T>[]): Dated<T>[] {
  const byAgency = new Map<string, Dated<T>[]>();
  for (const d of items) {
    const list = byAgency.get(d.agencyKey);
    if (list) list.push(d);
    else byAgency.set(d.agencyKey, [d]);
  }
  return [...byAgency.values()].map((list) => mostRecent(list));
}

/**
 * The most recent period's value where values cannot be added: agencies that agree are fine; for
 * ordered states the lowest counts; differing numbers are a conflict nobody can settle here.
 */
function latestNonAdditive<T>(
  items: readonly Dated<T>[],
  same: (a: T, b: T) => boolean,
  lowest: ((values: T[]) => T) | null,
  notes: Sentence[],
  show: (v: T) => string,
): Actual<T> {
  if (items.length === 0) return NO_USABLE;
  const latest = perAgencyLatest(items);
  const endDay = Math.max(...latest.map((d) => d.period.endDay));
  const current = latest.filter((d) => d.period.endDay === endDay);
  const period = current[0].period.code;
  const values = current.map((d) => d.value);
  if (values.every((v) => same(v, values[0]))) return { kind: 'found', value: values[0], lastPeriod: period };
  if (lowest) {
    notes.push(sentence('status.note.lowestState', { period }));
    return { kind: 'found', value: lowest(values), lastPeriod: period };
  }
  const shown = current.map((d) => `${d.agency}: ${show(d.value)}`).join('; ');
  return { kind: 'none', reason: sentence('status.reason.conflictingValues', { period, values: shown }) };
}

/** What the aggregations share while computing one indicator's actual. */
interface Tally {
  def: NumericDefinition;
  ctx: StatusContext;
  notes: Sentence[];
  /** A reported value as this indicator measures it, or null (with a note when it was not blank). */
  read: (o: Observation) => number | null;
  show: (n: number) => string;
}

const add = (a: number, b: number) => a + b;

function sumActual(t: Tally, groups: readonly Group[]): Actual<number> {
  const items = dated(dropOverlaps(groups, t.notes), (g) => groupValue(g, t.read, add, t.notes));
  if (items.length === 0) return NO_USABLE;
  return {
    kind: 'found',
    value: t.def.baseline + items.reduce((s, d) => s + d.value, 0),
    lastPeriod: latestPeriod(items),
  };
}

function latestActual(t: Tally, groups: readonly Group[]): Actual<number> {
  // A count reported only by its breakdown (women 30, men 20) is the sum of one partition: 50.
  const items = dated(groups, (g) => groupValue(g, t.read, t.def.additive ? add : null, t.notes));
  if (!t.def.additive) {
    const lowest = t.def.measure === 'scale' ? (v: number[]) => Math.min(...v) : null;
    return latestNonAdditive(items, nearlyEqual, lowest, t.notes, t.show);
  }
  if (items.length === 0) return NO_USABLE;
  const latest = perAgencyLatest(items);
  if (latest.length > 1)
    t.notes.push(sentence('status.note.latestSummed', { agencies: latest.map((d) => d.agency).join(', ') }));
  return { kind: 'found', value: latest.reduce((s, d) => s + d.value, 0), lastPeriod: latestPeriod(latest) };
}

type Parts = { numerator: number; denominator: number };

const addParts = (a: Parts, b: Parts): Parts => ({
  numerator: a.numerator + b.numerator,
  denominator: a.denominator + b.denominator,
});

function ratioActual(t: Tally, groups: readonly Group[]): Actual<number> {
  const partsOf = (o: Observation): Parts | null => {
    const numerator = parseNumber(o.row.numerator, t.ctx.locale);
    const denominator = parseNumber(o.row.denominator, t.ctx.locale);
    return numerator === null || denominator === null ? null : { numerator, denominator };
  };
  const hasParts = (g: Group) =>
    (g.total !== null && partsOf(g.total) !== null) || g.parts.some((o) => partsOf(o) !== null);
  if (!groups.some(hasParts)) {
    t.notes.push(sentence('status.note.ratioFromLatest'));
    return latestNonAdditive(
      dated(groups, (g) => groupValue(g, t.read, null, t.notes)),
      nearlyEqual,
      null,
      t.notes,
      t.show,
    );
  }
  const items = dated(dropOverlaps(groups, t.notes), (g) => {
    const parts = groupValue(g, partsOf, addParts, t.notes);
    if (!parts) t.notes.push(sentence('status.note.ratioPartsMissing', { agency: g.agency, period: g.period.code }));
    return parts;
  });
  if (items.length === 0) return NO_USABLE;
  const { numerator, denominator } = items.map((d) => d.value).reduce(addParts);
  if (denominator === 0) return { kind: 'none', reason: sentence('status.reason.zeroDenominator') };
  return { kind: 'found', value: (numerator / denominator) * t.def.ratioScale, lastPeriod: latestPeriod(items) };
}

/** Actual to date of a numeric or scale indicator, by its aggregation. */
export function numericActual(
  def: NumericDefinition,
  groups: readonly Group[],
  ctx: StatusContext,
  notes: Sentence[],
  show: (n: number) => string,
): Actual<number> {
  const t: Tally = { def, ctx, notes, show, read: (o) => numberIn(o, def, ctx, notes) };
  switch (def.aggregation) {
    case 'sum':
      return sumActual(t, groups);
    case 'ratio':
      return ratioActual(t, groups);
    case 'latest':
      return latestActual(t, groups);
  }
}

/** A milestone's latest reported state; where agencies differ for the same period, the lowest. */
export function milestoneActual(
  groups: readonly Group[],
  ctx: StatusContext,
  notes: Sentence[],
): Actual<MilestoneState> {
  const read = (o: Observation): MilestoneState | null => {
    const r = resolveValue(parseQuantity(o.row.value, ctx.locale, REPORTED));
    if (r.kind === 'milestone') return r.state;
    return r.kind === 'unresolvable' && r.reason === 'blank' ? null : unusable(o, notes);
  };
  const lowest = (states: MilestoneState[]) => states.reduce((a, b) => (MILESTONE_RANK[b] < MILESTONE_RANK[a] ? b : a));
  return latestNonAdditive(
    dated(groups, (g) => groupValue(g, read, null, notes)),
    (a, b) => a === b,
    lowest,
    notes,
    (s) => s,
  );
}
