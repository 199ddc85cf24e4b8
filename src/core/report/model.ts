import * as z from 'zod';
import { Sentence } from '../i18n/sentence';
import { Language, NumberLocale } from '../model/enums';
import { ActivityStatus, IndicatorStatus, RollupStatus, SelfAssessment, TwoWay } from '../status';
import { OutcomeEvidence } from './evidence';
import { NarrativeItem } from './narrative';
import { ReportRange } from './range';
import { ReportingRate } from './returns';

/** An indicator's value at the end of the range, kept typed so each renderer can write it its own way. */
export const ReportedValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: z.number() }),
  z.object({ kind: z.literal('milestone'), state: z.enum(['achieved', 'partly', 'notYet']) }),
  z.object({ kind: z.literal('scale'), level: z.enum(['none', 'low', 'partial', 'high', 'full']) }),
  z.object({ kind: z.literal('none') }),
]);
export type ReportedValue = z.infer<typeof ReportedValue>;

/** Section 5, one indicator: baseline → value at the end → target, with the status and its reason. */
export const IndicatorLine = z.object({
  code: z.string(),
  text: z.string(),
  unit: z.string(),
  /** Baseline and target as the plan writes them, numbers and dates already in the plan's locale. */
  baseline: z.string(),
  baselineDate: z.string(),
  value: ReportedValue,
  target: z.string(),
  targetDate: z.string(),
  status: IndicatorStatus,
  twoWay: TwoWay,
  /** From the status engine, written in the report's language by each renderer. */
  reason: z.array(Sentence),
  selfAssessment: z.array(SelfAssessment),
});
export type IndicatorLine = z.infer<typeof IndicatorLine>;

export const OutcomeSection = OutcomeEvidence.extend({
  code: z.string(),
  text: z.string(),
  status: RollupStatus,
  reason: z.array(Sentence),
  /** Indicators on track or achieved, of those that could be judged. */
  good: z.number().int(),
  assessable: z.number().int(),
  indicators: z.array(IndicatorLine),
  /** The key of the outcome's comment among the narrative items. */
  commentKey: z.string(),
});
export type OutcomeSection = z.infer<typeof OutcomeSection>;

export const AreaSection = z.object({
  code: z.string(),
  name: z.string(),
  status: RollupStatus,
  reason: z.array(Sentence),
  counts: z.record(IndicatorStatus, z.number().int()),
  outcomes: z.array(OutcomeSection),
});
export type AreaSection = z.infer<typeof AreaSection>;

/** The annual monitoring report (Annex 6), built once and handed to every renderer: sheet, .docx, .xlsx, .csv. */
export const ReportModel = z.object({
  language: Language,
  range: ReportRange,
  plan: z.object({ title: z.string(), country: z.string(), currency: z.string(), numberLocale: NumberLocale }),
  /** The data deadline of the year, when the coordinator set one (YYYY-MM-DD). */
  deadline: z.string().nullable(),
  /** When the report was built (YYYY-MM-DD), passed in: core has no clock. */
  generated: z.string(),
  summary: z.object({
    indicators: z.record(IndicatorStatus, z.number().int()),
    activities: z.record(ActivityStatus, z.number().int()),
    /** "How status is computed", a sentence a line. */
    rule: z.array(Sentence),
    reporting: ReportingRate,
  }),
  areas: z.array(AreaSection),
  narrative: z.array(NarrativeItem),
});
export type ReportModel = z.infer<typeof ReportModel>;
