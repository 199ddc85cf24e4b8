import * as z from 'zod';
import { Sentence } from '../i18n/sentence';
import { AgencyAssessment, ImplementationStatus } from '../model/progress';
import { ActivityStatus, IndicatorStatus, RollupStatus, TwoWay } from './statuses';

/** An agency's own on/off-track judgement, and whether it disagrees with the computed status. */
export const SelfAssessment = z.object({
  agency: z.string(),
  period: z.string(),
  assessment: AgencyAssessment,
  mismatch: z.boolean(),
});
export type SelfAssessment = z.infer<typeof SelfAssessment>;

const share = z.number().nullable();

/**
 * Why a status is what it is, as sentences still to be translated: the judgement first, then (for
 * indicators) how gaps in the plan were filled.
 */
const reason = z.array(Sentence).min(1);

/** What indicators and activities share: the latest report, the reason, and the agencies' own view. */
const judgement = {
  lastPeriod: z.string().nullable(),
  reason,
  /** How reported rows were used or why some were left out. */
  notes: z.array(Sentence),
  twoWay: TwoWay,
  selfAssessment: z.array(SelfAssessment),
};

export const IndicatorResult = z.object({
  code: z.string(),
  objective: z.string(),
  area: z.string(),
  /** numeric, scale (none … full as 0 … 4) or milestone; null when the indicator cannot be read. */
  measure: z.enum(['number', 'scale', 'milestone']).nullable(),
  status: IndicatorStatus,
  /** (actual − baseline) / (expected − baseline); null while no change is expected. */
  progress: share,
  /** (actual − baseline) / (end target − baseline); for milestones 0, ½ or 1. */
  achievedShare: share,
  expected: share,
  actual: share,
  baseline: share,
  target: share,
  /** A milestone's latest reported state. */
  state: z.enum(['achieved', 'partly', 'notYet']).nullable(),
  ...judgement,
});
export type IndicatorResult = z.infer<typeof IndicatorResult>;

export const ActivityResult = z.object({
  code: z.string(),
  keyMeasure: z.string(),
  objective: z.string(),
  area: z.string(),
  status: ActivityStatus,
  implementation: ImplementationStatus.nullable(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  ...judgement,
});
export type ActivityResult = z.infer<typeof ActivityResult>;

/** An outcome (objective) or area: counts per status and the overall two-way judgement. */
export const RollupResult = z.object({
  code: z.string(),
  counts: z.record(IndicatorStatus, z.number().int()),
  activityCounts: z.record(ActivityStatus, z.number().int()),
  /** Indicators that could be judged: achieved, on track, at risk or off track. */
  assessable: z.number().int(),
  /** Share of the assessable indicators on track or achieved. */
  share,
  status: RollupStatus,
  reason,
});
export type RollupResult = z.infer<typeof RollupResult>;

export const StatusReport = z.object({
  asOf: z.string(),
  indicators: z.array(IndicatorResult),
  activities: z.array(ActivityResult),
  objectives: z.array(RollupResult),
  areas: z.array(RollupResult),
  /** "How status is computed", with the thresholds in force. */
  explanation: z.array(Sentence),
  /** Ledger codes that match no indicator or activity of the plan. */
  unmatchedCodes: z.array(z.string()),
});
export type StatusReport = z.infer<typeof StatusReport>;
