import * as z from 'zod';
import { compareIso } from '../values/isoDate';

/** DHIS2's register vocabulary (research §8.6): a form is expected, then accepted, refused or superseded. */
export const SubmissionState = z.enum(['expected', 'accepted', 'acceptedWithWarnings', 'refused', 'superseded']);
export type SubmissionState = z.infer<typeof SubmissionState>;

export const Timeliness = z.enum(['onTime', 'late', 'missing']);
export type Timeliness = z.infer<typeof Timeliness>;

/**
 * One row of the submission register (agency × period × file). `receivedAt` is an ISO date-time
 * ("2026-07-14T09:30"); `dueDate` an ISO date or '' when the form was never issued from this workbook.
 */
export const RegisterEntry = z.object({
  agency: z.string(),
  period: z.string(),
  formId: z.string(),
  dueDate: z.string(),
  issuedAt: z.string(),
  receivedAt: z.string(),
  timeliness: Timeliness.nullable(),
  state: SubmissionState,
  fileName: z.string(),
  sha256: z.string(),
  values: z.number().nullable(),
  problems: z.number().nullable(),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

/** States whose values count in the ledger (the latest of them per agency and period). */
export function isAccepted(state: SubmissionState): boolean {
  return state === 'accepted' || state === 'acceptedWithWarnings';
}

/**
 * The ledger key of a submission: readable (period, agency) and unique (the file's hash), never blank, so
 * the ledger's rows can always be traced to the file they came from.
 */
export function submissionIdOf(entry: Pick<RegisterEntry, 'period' | 'agency' | 'sha256'>): string {
  return `${entry.period}-${entry.agency}-${entry.sha256.slice(0, 12)}`.toUpperCase();
}

/** On time when received on or before the due date (DHIS2's "timely"); a form with no due date is on time. */
export function timelinessOf(receivedAt: string, dueDate: string): Timeliness {
  if (dueDate === '') return 'onTime';
  return compareIso(receivedAt.slice(0, 10), dueDate) <= 0 ? 'onTime' : 'late';
}

/** An expected form not received is missing once its due date has passed, and simply pending before. */
export function expectedTimeliness(entry: RegisterEntry, asOf: string): Timeliness | null {
  if (entry.state !== 'expected') return entry.timeliness;
  return entry.dueDate !== '' && compareIso(asOf, entry.dueDate) > 0 ? 'missing' : null;
}
