import * as z from 'zod';
import { dateParamSchema } from '../i18n/params';
import { Entity } from '../model/entity';

export { Entity };

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

/**
 * A message parameter: a value as typed, a word still to be translated (a field's or a column's name), or a
 * date to be written in the message's language.
 */
export const FindingParam = z.union([z.string(), z.number(), z.object({ key: z.string() }), dateParamSchema]);
export type FindingParam = z.infer<typeof FindingParam>;

/** Where a finding is: a row of a table's body, or (row null) the table's header row, for a whole column. */
export const FindingPlace = z.object({ table: z.string(), row: z.number().int().nonnegative().nullable() });
export type FindingPlace = z.infer<typeof FindingPlace>;

/** What the checker found, in keys and parameters: the words are chosen at the edge, in the user's language. */
export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  entity: Entity,
  /** The record's code ('' for settings); an M&E row carries its indicator's code. */
  code: z.string(),
  /** The model field at fault ('baseline', 'start', ...), or null when the whole row is. */
  field: z.string().nullable(),
  at: FindingPlace.nullable(),
  messageKey: z.string(),
  params: z.record(z.string(), FindingParam),
  /** The section of the ICMPD guide the rule comes from: 'A.4.3', 'Annex 1', 'B.2.1.1', 'Annex 3' ... */
  guide: z.string(),
});
export type Finding = z.infer<typeof Finding>;
