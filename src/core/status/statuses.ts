import * as z from 'zod';

/** An indicator's computed status; the last three always come with the reason nothing better is known. */
export const IndicatorStatus = z.enum([
  'achieved',
  'onTrack',
  'atRisk',
  'offTrack',
  'notDueYet',
  'noData',
  'notAssessable',
]);
export type IndicatorStatus = z.infer<typeof IndicatorStatus>;
export const INDICATOR_STATUSES = IndicatorStatus.options;

export const ActivityStatus = z.enum([
  'done',
  'onSchedule',
  'delayed',
  'notStarted',
  'cancelled',
  'noData',
  'notAssessable',
]);
export type ActivityStatus = z.infer<typeof ActivityStatus>;
export const ACTIVITY_STATUSES = ActivityStatus.options;

/** An outcome's or area's overall judgement, the two-way Annex 6 column plus "cannot tell yet". */
export const RollupStatus = z.enum(['onTrack', 'offTrack', 'notAssessable']);
export type RollupStatus = z.infer<typeof RollupStatus>;
export const ROLLUP_STATUSES = RollupStatus.options;

/** The guide's two-way "On track / Off track" column; null where neither can be said. */
export const TwoWay = z.enum(['on', 'off']).nullable();
export type TwoWay = z.infer<typeof TwoWay>;

/** Statuses that judge progress; the others say why no judgement is possible. */
export const ASSESSED_STATUSES: ReadonlySet<IndicatorStatus> = new Set(['achieved', 'onTrack', 'atRisk', 'offTrack']);

export function indicatorTwoWay(status: IndicatorStatus, atRiskCountsAsOffTrack: boolean): TwoWay {
  switch (status) {
    case 'achieved':
    case 'onTrack':
      return 'on';
    case 'atRisk':
      return atRiskCountsAsOffTrack ? 'off' : 'on';
    case 'offTrack':
      return 'off';
    default:
      return null;
  }
}
