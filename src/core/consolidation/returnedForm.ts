import * as z from 'zod';
import { CellValue } from '../model/cell';

/** Where a returned value sits in the agency's file, for messages that name sheet and cell. */
export const CellAt = z.object({ sheet: z.string(), cell: z.string() });
export type CellAt = z.infer<typeof CellAt>;

export const ReturnedCell = z.object({ value: CellValue, at: CellAt });
export type ReturnedCell = z.infer<typeof ReturnedCell>;

/** The fields an agency types, named as the progress ledger names them. */
export const ReturnedField = z.enum([
  'value',
  'numerator',
  'denominator',
  'outputs',
  'activities',
  'assessment',
  'budgetSpent',
  'donors',
  'comment',
  'implementation',
  'date',
]);
export type ReturnedField = z.infer<typeof ReturnedField>;

/**
 * One row of a returned form, read by the form's layout contract: an indicator's total, one of its
 * disaggregation categories, or an activity. `entry` says how the figure is typed.
 */
export const ReturnedRow = z.object({
  kind: z.enum(['indicator', 'category', 'activity']),
  code: z.string(),
  category: z.string().default(''),
  entry: z.enum(['number', 'text', 'ratio']).nullable().default(null),
  cells: z.partialRecord(ReturnedField, ReturnedCell),
});
export type ReturnedRow = z.infer<typeof ReturnedRow>;

/** What the importer hands to validation once the file is known to be this plan's form. */
export const ReturnedForm = z.object({
  file: z.string(),
  agency: z.string(),
  period: z.string(),
  rows: z.array(ReturnedRow),
  /** Free text of the header (general observations, contact person), scanned for personal data. */
  notes: z.array(ReturnedCell).default([]),
});
export type ReturnedForm = z.infer<typeof ReturnedForm>;
