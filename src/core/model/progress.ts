import * as z from 'zod';
import { CellValue, SourceRow } from './cell';

/** Where an activity stands, as the responsible agency reports it. */
export const ImplementationStatus = z.enum(['completed', 'ongoing', 'notStarted', 'postponed', 'cancelled']);
export type ImplementationStatus = z.infer<typeof ImplementationStatus>;

/** The agency's own two-way judgement (Annex 5 "Assessment: Off track / On track"). */
export const AgencyAssessment = z.enum(['onTrack', 'offTrack']);
export type AgencyAssessment = z.infer<typeof AgencyAssessment>;

const text = z.string().default('');
const cell = CellValue.default(null);

/**
 * One reported value in the progress ledger: what one agency reported for one indicator or activity
 * (`code`) and one reporting period ("2026-Q1", "2026-H1", "2026"). Ratio indicators carry numerator
 * and denominator so that percentages are combined, never summed. `category` is a disaggregation
 * ("sex=F"); blank is the total.
 */
export const ProgressRow = z.object({
  period: z.string(),
  agency: z.string(),
  code: z.string(),
  value: cell,
  numerator: cell,
  denominator: cell,
  category: text,
  implementation: ImplementationStatus.nullable().default(null),
  assessment: AgencyAssessment.nullable().default(null),
  outputs: text,
  activities: text,
  budgetSpent: cell,
  donors: text,
  comment: text,
  source: text,
  /** When the value arrived: a date serial or text, as the return form or the coordinator wrote it. */
  received: cell,
  /** The returned form the row came from (its submission id); absent for rows typed by hand. */
  submission: z.string().optional(),
  /** The submission that replaced this row's values: a superseded row is kept for history, not counted. */
  supersededBy: z.string().optional(),
  from: SourceRow.optional(),
});
export type ProgressRow = z.infer<typeof ProgressRow>;

export const Ledger = z.array(ProgressRow);
export type Ledger = z.infer<typeof Ledger>;
