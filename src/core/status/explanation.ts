import { dateParam } from '../i18n/params';
import { sentence, type Sentence } from '../i18n/sentence';
import type { StatusContext } from './context';
import { formatShare } from './format';

/** "How status is computed": the rule, with the thresholds in force. */
export function explanation(ctx: StatusContext): Sentence[] {
  const { settings, locale } = ctx;
  const pct = (share: number) => formatShare(share, locale);
  return [
    sentence('status.explain.title', { asOf: dateParam(ctx.asOf) }),
    sentence('status.explain.actual'),
    sentence('status.explain.periods'),
    sentence('status.explain.expected'),
    sentence('status.explain.progress'),
    sentence('status.explain.thresholds', { onTrack: pct(settings.onTrack), offTrack: pct(settings.offTrack) }),
    sentence('status.explain.unchanged'),
    sentence('status.explain.maintain', { tolerance: pct(settings.maintainTolerance) }),
    sentence('status.explain.milestones'),
    sentence('status.explain.scales'),
    sentence('status.explain.notAssessed'),
    sentence(settings.atRiskCountsAsOffTrack ? 'status.explain.twoWayOff' : 'status.explain.twoWayOn'),
    sentence('status.explain.activities'),
    sentence('status.explain.rollup', { share: pct(settings.rollupOnTrackShare) }),
    sentence('status.explain.selfAssessment'),
  ];
}
