import * as z from 'zod';

export const AuditAction = z.enum(['import', 'supersede', 'refuse', 'lock', 'reopen']);
export type AuditAction = z.infer<typeof AuditAction>;

/**
 * One line of the audit table: who did what, when, to which period and file. Append-only; imports and
 * supersessions are keyed by action and file hash so that running an import again adds no second line.
 */
export const AuditEntry = z.object({
  time: z.string(),
  who: z.string(),
  action: AuditAction,
  period: z.string(),
  agency: z.string(),
  formId: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  values: z.number().nullable(),
  superseded: z.number().nullable(),
  problems: z.number().nullable(),
  reason: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export function auditKey(entry: Pick<AuditEntry, 'action' | 'sha256' | 'period' | 'agency'>): string {
  return [entry.action, entry.sha256, entry.period, entry.agency].join('\u0000');
}
