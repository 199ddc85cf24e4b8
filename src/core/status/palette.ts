import { ACTIVITY_STATUSES, INDICATOR_STATUSES, ROLLUP_STATUSES } from './statuses';
import type { ActivityStatus, IndicatorStatus, RollupStatus } from './statuses';

/** A fill and the text colour that reads on it (WCAG contrast of at least 4.5 : 1). */
export interface StatusColour {
  fill: string;
  ink: string;
}

/**
 * Okabe and Ito's colour-blind safe set: blue, bluish green, orange and vermillion stay apart under every
 * common colour-vision deficiency; greys say "nothing judged". Colour never stands alone: the word goes with it.
 */
const TONES = {
  achieved: { fill: '#0072B2', ink: '#FFFFFF' },
  good: { fill: '#009E73', ink: '#000000' },
  warning: { fill: '#E69F00', ink: '#000000' },
  bad: { fill: '#D55E00', ink: '#000000' },
  pending: { fill: '#56B4E9', ink: '#000000' },
  noData: { fill: '#BDBDBD', ink: '#000000' },
  unjudged: { fill: '#EDEDED', ink: '#000000' },
  closed: { fill: '#7F7F7F', ink: '#000000' },
} as const satisfies Record<string, StatusColour>;
type Tone = keyof typeof TONES;

const INDICATOR_TONES: Record<IndicatorStatus, Tone> = {
  achieved: 'achieved',
  onTrack: 'good',
  atRisk: 'warning',
  offTrack: 'bad',
  notDueYet: 'pending',
  noData: 'noData',
  notAssessable: 'unjudged',
};
const ACTIVITY_TONES: Record<ActivityStatus, Tone> = {
  done: 'achieved',
  onSchedule: 'good',
  notStarted: 'warning',
  delayed: 'bad',
  cancelled: 'closed',
  noData: 'noData',
  notAssessable: 'unjudged',
};
const ROLLUP_TONES: Record<RollupStatus, Tone> = { onTrack: 'good', offTrack: 'bad', notAssessable: 'unjudged' };

export type StatusFamily = 'indicator' | 'activity' | 'rollup';

const FAMILIES: Record<StatusFamily, Record<string, Tone>> = {
  indicator: INDICATOR_TONES,
  activity: ACTIVITY_TONES,
  rollup: ROLLUP_TONES,
};

/** The statuses of each family, in the order they are listed and charted. */
export const FAMILY_STATUSES: Record<StatusFamily, readonly string[]> = {
  indicator: INDICATOR_STATUSES,
  activity: ACTIVITY_STATUSES,
  rollup: ROLLUP_STATUSES,
};

/** The one colour of a status, for cells, chart series and task pane badges alike. */
export function statusColour(family: StatusFamily, status: string): StatusColour {
  const tone = FAMILIES[family][status];
  if (!tone) throw new RangeError(`no ${family} status ${status}`);
  return TONES[tone];
}
