import type { StatusContext } from './context';
import { formatShare } from './format';
import { sentence } from '../i18n/sentence';
import type { ActivityResult, IndicatorResult, RollupResult } from './report';
import {
  ACTIVITY_STATUSES,
  ASSESSED_STATUSES,
  INDICATOR_STATUSES,
  type ActivityStatus,
  type IndicatorStatus,
} from './statuses';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * An outcome's or area's judgement from its indicators: on track when at least the configured share
 * of those that can be assessed are on track or achieved; not assessable when none can be.
 */
export function rollup(
  code: string,
  indicators: readonly IndicatorResult[],
  activities: readonly ActivityResult[],
  ctx: StatusContext,
): RollupResult {
  const counts = zeros<IndicatorStatus>(INDICATOR_STATUSES);
  for (const i of indicators) counts[i.status]++;
  const activityCounts = zeros<ActivityStatus>(ACTIVITY_STATUSES);
  for (const a of activities) activityCounts[a.status]++;
  const assessable = INDICATOR_STATUSES.filter((s) => ASSESSED_STATUSES.has(s)).reduce((n, s) => n + counts[s], 0);
  const good = counts.achieved + counts.onTrack;
  const threshold = ctx.settings.rollupOnTrackShare;
  if (assessable === 0) {
    return {
      code,
      counts,
      activityCounts,
      assessable,
      share: null,
      status: 'notAssessable',
      reason: [sentence('status.rollup.reason.notAssessable', { count: indicators.length })],
    };
  }
  const share = good / assessable;
  // Compared in whole counts so that 3 of 4 meets 75 % without rounding doubt.
  const onTrack = good >= threshold * assessable - 1e-9;
  const why = sentence(onTrack ? 'status.rollup.reason.onTrack' : 'status.rollup.reason.offTrack', {
    good,
    assessable,
    share: formatShare(share, ctx.locale),
    threshold: formatShare(threshold, ctx.locale),
  });
  return {
    code,
    counts,
    activityCounts,
    assessable,
    share,
    status: onTrack ? 'onTrack' : 'offTrack',
    reason: [why],
  };
}
