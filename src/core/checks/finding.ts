import * as z from 'zod';
import { SourceRow } from '../model/cell';
import { Entity } from '../model/entity';

export { Entity };

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  entity: Entity,
  /** The record's code ('' for settings); an M&E row carries its indicator's code. */
  code: z.string(),
  /** The model field at fault ('baseline', 'start', ...), or null when the whole row is. */
  field: z.string().nullable(),
  at: SourceRow.nullable(),
  message: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The section of the ICMPD guide the rule comes from: 'A.4.3', 'Annex 1', 'B.2.1.1', 'Annex 3' ... */
  guide: z.string(),
});
export type Finding = z.infer<typeof Finding>;
