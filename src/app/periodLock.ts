import { translator } from '../core/i18n/translate';
import type { AuditEntry } from '../core/consolidation/auditEntry';
import type { ConsolidationPlan } from '../core/consolidation/consolidate';
import { periodLock, type PeriodLock } from '../core/consolidation/periodLock';
import type { Language } from '../core/model/enums';
import { findPlanPeriod, planPeriods, reportingSettingsFromRecord, type PlanPeriod } from '../core/periods';
import { readAudit } from '../sheets/codecs/auditCodec';
import { PLAN_TABLES_WITHOUT_ME, readPlan } from '../sheets/codecs/planReader';
import type { WorkbookGateway } from '../sheets/gateway';
import { importBatch } from '../sheets/importBatch';
import { AUDIT_TABLE } from '../sheets/layouts/audit';
import { PROGRESS_TABLE } from '../sheets/layouts/tables';
import { WorkbookError } from '../sheets/workbookError';

export interface PeriodLockOptions {
  language: Language;
  file: string;
  period: string;
  action: 'lock' | 'reopen';
  who: string;
  reason: string;
  /** ISO date-time (the caller's clock). */
  now: string;
}

export interface PeriodLockResult {
  period: string;
  /** False when the period was already closed (or already open): nothing was written. */
  changed: boolean;
  lock: PeriodLock | null;
}

/** A reporting period of the plan and whether the coordinator has closed it to imports. */
export interface PeriodLockState {
  period: PlanPeriod;
  lock: PeriodLock | null;
}

/** For the task pane: every period of the plan with its lock, read from the audit table as the import reads it. */
export async function readPeriodLocks(gateway: WorkbookGateway, file: string): Promise<PeriodLockState[]> {
  const snapshot = await gateway.read({ tables: [...PLAN_TABLES_WITHOUT_ME, AUDIT_TABLE].map((table) => table.name) });
  const { plan, settingsRecord } = readPlan(snapshot, file, { mePlan: false });
  const audit = readAudit(snapshot.tables[AUDIT_TABLE.name]);
  return planPeriods(plan.settings, reportingSettingsFromRecord(settingsRecord).settings).map((period) => ({
    period,
    lock: periodLock(audit, period.code),
  }));
}

/**
 * Closing a period (the report went out; DHIS2's lock) or reopening it, with a reason, as a line of the
 * audit table: the import reads the last such line and refuses a closed period's forms.
 */
export async function setPeriodLock(gateway: WorkbookGateway, options: PeriodLockOptions): Promise<PeriodLockResult> {
  const ui = translator(options.language);
  const reason = options.reason.trim();
  if (reason === '') throw new WorkbookError('import.error.reasonRequired', {}, 'a reason is required');
  const tables = [...PLAN_TABLES_WITHOUT_ME, PROGRESS_TABLE, AUDIT_TABLE].map((table) => table.name);
  const { result } = await gateway.update({ tables }, (snapshot) => {
    const { plan, settingsRecord } = readPlan(snapshot, options.file, { mePlan: false });
    const periods = planPeriods(plan.settings, reportingSettingsFromRecord(settingsRecord).settings);
    const period = findPlanPeriod(periods, options.period);
    if (!period) {
      const params = { file: options.file, period: options.period, known: periods.map((p) => p.code).join(', ') };
      throw new WorkbookError('import.error.unknownPeriod', params, ui('import.error.unknownPeriod', params));
    }
    const audit = readAudit(snapshot.tables[AUDIT_TABLE.name]);
    const closed = periodLock(audit, period.code) !== null;
    if (closed === (options.action === 'lock'))
      return { batch: null, result: { period: period.code, changed: false, lock: periodLock(audit, period.code) } };
    const entry: AuditEntry = {
      time: options.now,
      who: options.who,
      action: options.action,
      period: period.code,
      agency: '',
      formId: '',
      fileName: '',
      sha256: '',
      values: null,
      superseded: null,
      problems: null,
      reason,
    };
    const auditOnly: ConsolidationPlan = {
      ledgerAppends: [],
      ledgerSupersede: [],
      registerUpdates: [],
      registerAppends: [],
      auditAppends: [entry],
      outcomes: [],
    };
    const batch = importBatch(snapshot, auditOnly, translator(plan.settings.language));
    return { batch, result: { period: period.code, changed: true, lock: periodLock([...audit, entry], period.code) } };
  });
  return result;
}
