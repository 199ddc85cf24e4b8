import type { StatusContext } from './context';
import { formatShare } from './format';

/** "How status is computed": the rule in the user's language, with the thresholds in force. */
export function explanation(ctx: StatusContext): string[] {
  const { t, settings, locale } = ctx;
  const pct = (share: number) => formatShare(share, locale);
  return [
    t('status.explain.title', { asOf: ctx.asOf }),
    t('status.explain.actual'),
    t('status.explain.periods'),
    t('status.explain.expected'),
    t('status.explain.progress'),
    t('status.explain.thresholds', { onTrack: pct(settings.onTrack), offTrack: pct(settings.offTrack) }),
    t('status.explain.unchanged'),
    t('status.explain.maintain', { tolerance: pct(settings.maintainTolerance) }),
    t('status.explain.milestones'),
    t('status.explain.scales'),
    t('status.explain.notAssessed'),
    t(settings.atRiskCountsAsOffTrack ? 'status.explain.twoWayOff' : 'status.explain.twoWayOn'),
    t('status.explain.activities'),
    t('status.explain.rollup', { share: pct(settings.rollupOnTrackShare) }),
    t('status.explain.selfAssessment'),
  ];
}
