import { isBlank } from '../model/cell';
import type { ProgressRow } from '../model/progress';
import type { PeriodSpan, StatusContext } from './context';
import { sentence, type Sentence } from '../i18n/sentence';

/** A ledger row with its position, so "the last row counts" has a meaning. */
export interface LedgerRef {
  row: ProgressRow;
  index: number;
}

/** A ledger row placed in time. */
export interface Observation extends LedgerRef {
  period: PeriodSpan;
  agency: string;
  /** The agency as compared: "MOI" and " moi " are one agency. */
  agencyKey: string;
}

/** One agency's report for one period: its total, or failing that its breakdown. */
export interface Group {
  agency: string;
  agencyKey: string;
  period: PeriodSpan;
  total: Observation | null;
  parts: Observation[];
}

/**
 * The rows that count at the as-of date: readable periods that end by it and, for indicators, after
 * the baseline date (a value from before the baseline is older than the baseline itself).
 */
export function placeRows(
  refs: readonly LedgerRef[],
  ctx: StatusContext,
  afterDay: number | null,
  notes: Sentence[],
): Observation[] {
  const placed: Observation[] = [];
  for (const { row, index } of refs) {
    const agency = row.agency.trim();
    const period = ctx.period(row.period);
    const code = period?.code ?? row.period;
    if (!period) notes.push(sentence('status.note.periodUnreadable', { agency, period: code }));
    else if (period.endDay > ctx.asOfDay) notes.push(sentence('status.note.periodAfterAsOf', { agency, period: code }));
    else if (afterDay !== null && period.endDay <= afterDay) {
      notes.push(sentence('status.note.periodBeforeBaseline', { agency, period: code }));
    } else placed.push({ row, index, period, agency, agencyKey: agency.toLowerCase() });
  }
  return placed;
}

export function carriesValue(row: ProgressRow): boolean {
  return !isBlank(row.value) || !isBlank(row.numerator) || !isBlank(row.denominator);
}

/**
 * Groups value rows by agency and period. A row repeated for the same agency, period and category
 * (a return imported twice, a correction) is replaced by the later one.
 */
export function groupByAgencyPeriod(observations: readonly Observation[], notes: Sentence[]): Group[] {
  const groups = new Map<string, Group>();
  const repeated = new Set<Group>();
  for (const o of observations) {
    const key = `${o.agencyKey}\u0000${o.period.code}`;
    let g = groups.get(key);
    if (!g) {
      g = { agency: o.agency, agencyKey: o.agencyKey, period: o.period, total: null, parts: [] };
      groups.set(key, g);
    }
    const category = categoryKey(o);
    if (category === '') {
      if (g.total) repeated.add(g);
      g.total = o;
      continue;
    }
    const same = g.parts.findIndex((p) => categoryKey(p) === category);
    if (same < 0) g.parts.push(o);
    else {
      repeated.add(g);
      g.parts[same] = o;
    }
  }
  for (const g of repeated) notes.push(sentence('status.note.duplicate', { agency: g.agency, period: g.period.code }));
  return [...groups.values()];
}

function categoryKey(o: Observation): string {
  return o.row.category === '' ? '' : o.row.category.trim().toLowerCase();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Periods of one agency that overlap (a half-year and its quarters) would count twice in a sum: the
 * longer period, which covers the others, counts.
 */
export function dropOverlaps(groups: readonly Group[], notes: Sentence[]): Group[] {
  const sorted = [...groups].sort(
    (a, b) =>
      compareText(a.agencyKey, b.agencyKey) ||
      a.period.startDay - b.period.startDay ||
      b.period.endDay - a.period.endDay,
  );
  const kept: Group[] = [];
  let cover: Group | null = null;
  for (const g of sorted) {
    if (cover && cover.agencyKey === g.agencyKey && g.period.startDay <= cover.period.endDay) {
      notes.push(
        sentence('status.note.overlap', { agency: g.agency, period: g.period.code, other: cover.period.code }),
      );
      continue;
    }
    kept.push(g);
    if (!cover || cover.agencyKey !== g.agencyKey || g.period.endDay > cover.period.endDay) cover = g;
  }
  return kept;
}

/** A breakdown counts by one dimension only ("sex=F" and "sex=M", not also "age=child"). */
function dimensionOf(category: string): string {
  const m = /^\s*([^=:]+?)\s*[=:]/.exec(category);
  return m ? m[1].toLowerCase() : '';
}

/** The breakdown rows of a group that add up to its total: those of the first dimension reported. */
export function onePartition(parts: readonly Observation[]): { dimension: string; rows: Observation[] } {
  const ordered = [...parts].sort((a, b) => a.index - b.index);
  const dimension = dimensionOf(ordered[0].row.category);
  return { dimension, rows: ordered.filter((o) => dimensionOf(o.row.category) === dimension) };
}

/** The most recent of the given items, by period end and then by ledger order. */
export function mostRecent<T extends { period: PeriodSpan; index: number }>(items: readonly T[]): T {
  return items.reduce((best, o) => {
    const later =
      o.period.endDay > best.period.endDay || (o.period.endDay === best.period.endDay && o.index > best.index);
    return later ? o : best;
  });
}
