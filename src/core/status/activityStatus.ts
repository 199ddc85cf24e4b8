import type { Placement } from '../model/planTree';
import { cellText } from '../model/cell';
import type { Activity } from '../model/plan';
import type { MessageKey } from '../i18n/translate';
import { dateParam } from '../i18n/params';
import type { ImplementationStatus } from '../model/progress';
import { parseDateLike, type DateLike } from '../values/dateLike';
import type { StatusContext } from './context';
import { mostRecent, placeRows, type LedgerRef, type Observation } from './observations';
import { sentence, type Sentence, type SentenceParams } from '../i18n/sentence';
import type { ActivityResult } from './report';
import { selfAssessments } from './selfAssessment';
import type { ActivityStatus, TwoWay } from './statuses';

/**
 * One implementation status for an activity several agencies report on: completed when every agency
 * has completed (or cancelled) its part, cancelled when all cancelled, ongoing once any part has begun,
 * postponed when any agency postponed, else not started.
 */
export function combineImplementation(states: readonly ImplementationStatus[]): ImplementationStatus {
  if (states.every((s) => s === 'cancelled')) return 'cancelled';
  if (states.every((s) => s === 'completed' || s === 'cancelled')) return 'completed';
  if (states.some((s) => s === 'ongoing' || s === 'completed')) return 'ongoing';
  if (states.some((s) => s === 'postponed')) return 'postponed';
  return 'notStarted';
}

function latestImplementation(placed: readonly Observation[]): Reported {
  const byAgency = new Map<string, Observation[]>();
  for (const o of placed) {
    if (o.row.implementation === null) continue;
    const list = byAgency.get(o.agencyKey);
    if (list) list.push(o);
    else byAgency.set(o.agencyKey, [o]);
  }
  if (byAgency.size === 0) return null;
  const latest = [...byAgency.values()].map((list) => mostRecent(list));
  const period = mostRecent(latest).period.code;
  return { state: combineImplementation(latest.map((o) => o.row.implementation as ImplementationStatus)), period };
}

interface Judged {
  status: ActivityStatus;
  reason: Sentence;
  twoWay: TwoWay;
}

function judged(status: ActivityStatus, twoWay: TwoWay, key: MessageKey, params?: SentenceParams): Judged {
  return { status, twoWay, reason: sentence(key, params) };
}

type Reported = { state: ImplementationStatus; period: string } | null;

/** "IV quarter" without a year names one date only in a plan within one year. */
function oneYear(ctx: StatusContext): boolean {
  return ctx.planStart.slice(0, 4) === ctx.planEnd.slice(0, 4);
}

function judge(
  reported: Reported,
  start: string | null,
  end: DateLike,
  completion: string,
  ctx: StatusContext,
): Judged {
  const period = reported?.period ?? '';
  if (reported?.state === 'completed') return judged('done', 'on', 'status.activity.reason.done', { period });
  if (reported?.state === 'cancelled') return judged('cancelled', null, 'status.activity.reason.cancelled', { period });
  if (end.kind === 'blank') return judged('notAssessable', null, 'status.activity.reason.noCompletionDate');
  if (end.kind === 'invalid')
    return judged('notAssessable', null, 'status.activity.reason.completionDateUnreadable', { value: end.text });
  if (end.yearAssumed && !oneYear(ctx)) {
    return judged('notAssessable', null, 'status.activity.reason.completionWithoutYear', { value: completion });
  }
  // ISO dates order as text.
  const startPassed = start !== null && ctx.asOf >= start;
  if (!reported) {
    return start !== null && !startPassed
      ? judged('notStarted', null, 'status.activity.reason.notStartedYet', { start: dateParam(start) })
      : judged('noData', null, 'status.activity.reason.noReport', { asOf: dateParam(ctx.asOf) });
  }
  if (ctx.asOf > end.iso)
    return judged('delayed', 'off', 'status.activity.reason.delayed', { end: dateParam(end.iso) });
  if (reported.state === 'postponed')
    return judged('delayed', 'off', 'status.activity.reason.postponed', { period, end: dateParam(end.iso) });
  if (reported.state === 'ongoing')
    return judged('onSchedule', 'on', 'status.activity.reason.onSchedule', { period, end: dateParam(end.iso) });
  if (start === null)
    return judged('notStarted', null, 'status.activity.reason.notStarted', { period, end: dateParam(end.iso) });
  return startPassed
    ? judged('notStarted', 'off', 'status.activity.reason.startOverdue', { start: dateParam(start) })
    : judged('notStarted', null, 'status.activity.reason.notStartedYet', { start: dateParam(start) });
}

/**
 * An activity's status from its planned quarters and the implementation status agencies reported:
 * done, cancelled, delayed (planned completion passed, or postponed), on schedule, not started.
 */
export function activityStatus(
  act: Activity,
  where: Placement,
  refs: readonly LedgerRef[],
  ctx: StatusContext,
): ActivityResult {
  const notes: Sentence[] = [];
  const placed = placeRows(refs, ctx, null, notes);
  const reported = latestImplementation(placed);
  const startDate = parseDateLike(act.start, { defaultYear: ctx.planStartYear, bound: 'start' });
  const endDate = parseDateLike(act.completion, { defaultYear: ctx.planStartYear, bound: 'end' });
  const start = startDate.kind === 'date' && (!startDate.yearAssumed || oneYear(ctx)) ? startDate.iso : null;
  const j = judge(reported, start, endDate, cellText(act.completion), ctx);
  const selfAssessment = selfAssessments(placed, j.twoWay, `status.activity.${j.status}`, notes);
  return {
    code: act.code,
    keyMeasure: act.keyMeasure.trim(),
    objective: where.objective,
    area: where.area,
    status: j.status,
    implementation: reported?.state ?? null,
    plannedStart: start,
    plannedEnd: endDate.kind === 'date' && (!endDate.yearAssumed || oneYear(ctx)) ? endDate.iso : null,
    lastPeriod: reported?.period ?? null,
    reason: [j.reason],
    notes,
    twoWay: j.twoWay,
    selfAssessment,
  };
}
