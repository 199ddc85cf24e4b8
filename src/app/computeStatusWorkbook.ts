import { translator, type MessageKey } from '../core/i18n/translate';
import type { Language } from '../core/model/enums';
import {
  computeStatus,
  statusSettingsFromRecord,
  type SettingIssue,
  type StatusReport,
  type StatusSettings,
} from '../core/status';
import { readLedger } from '../sheets/codecs/ledgerReader';
import { PLAN_TABLES, readPlan } from '../sheets/codecs/planReader';
import type { WorkbookGateway, WorkbookSnapshot } from '../sheets/gateway';
import { MARK_RULES_TABLE } from '../sheets/layouts/checkTables';
import { LISTS_TABLE, PROGRESS_TABLE } from '../sheets/layouts/tables';
import { STATUS_OUTPUT_TABLES, statusBatch } from '../sheets/statusBatch';

export interface StatusOptions {
  language: Language;
  file: string;
  /** The date status is judged at (YYYY-MM-DD). */
  asOf: string;
  /** Write the status columns, the summary and the chart into the workbook. */
  write: boolean;
}

export interface StatusResult {
  report: StatusReport;
  settings: StatusSettings;
  /** Settings cells that could not be used (their defaults applied), already in words. */
  warnings: string[];
  areaNames: Record<string, string>;
  degraded: string[];
}

/**
 * "Status": on track / off track for every indicator, activity, outcome and area at a date, from the plan,
 * the progress ledger and the thresholds in the settings table. One read, one write.
 */
export async function computeStatusWorkbook(gateway: WorkbookGateway, options: StatusOptions): Promise<StatusResult> {
  const t = translator(options.language);
  const tables = [...PLAN_TABLES, LISTS_TABLE, PROGRESS_TABLE, MARK_RULES_TABLE, ...STATUS_OUTPUT_TABLES];
  const { result, degraded } = await gateway.update({ tables: tables.map((table) => table.name) }, (snapshot) => {
    const planned = planStatus(snapshot, options);
    return { batch: options.write ? statusBatch(snapshot, planned.plan, planned.report, t) : null, result: planned };
  });
  return {
    report: result.report,
    settings: result.settings,
    warnings: result.issues.map((issue) => settingWarning(issue, t)),
    areaNames: Object.fromEntries(result.plan.areas.map((area) => [area.code, area.name])),
    degraded: degraded.map((key) => t(key)),
  };
}

function planStatus(snapshot: WorkbookSnapshot, options: StatusOptions) {
  const { plan, settingsRecord } = readPlan(snapshot, options.file);
  const { ledger } = readLedger(snapshot.tables[PROGRESS_TABLE.name]);
  const { settings, issues } = statusSettingsFromRecord(settingsRecord, plan.settings.numberLocale);
  const report = computeStatus(plan, ledger, options.asOf, settings, options.language);
  return { plan, report, settings, issues };
}

function settingWarning(issue: SettingIssue, t: ReturnType<typeof translator>): string {
  return t(`status.settingIssue.${issue.problem}` as MessageKey, { key: issue.key, value: issue.value });
}
