import type { AuditEntry } from './auditEntry';

export interface PeriodLock {
  period: string;
  time: string;
  who: string;
  reason: string;
}

/**
 * Whether the coordinator has closed a period: the last lock or reopening in the audit table decides, as
 * DHIS2's lock exceptions do. Returns the lock, for the message that refuses an import, or null when open.
 */
export function periodLock(audit: readonly AuditEntry[], period: string): PeriodLock | null {
  let last: AuditEntry | null = null;
  for (const entry of audit) {
    if (entry.period !== period || (entry.action !== 'lock' && entry.action !== 'reopen')) continue;
    if (last === null || entry.time >= last.time) last = entry;
  }
  return last && last.action === 'lock' ? { period, time: last.time, who: last.who, reason: last.reason } : null;
}
