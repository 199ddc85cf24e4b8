import { translator } from '../core/i18n/translate';
import type { Language } from '../core/model/enums';
import { buildReportModel, ReportRange, returnsFromRegister, type ReportModel } from '../core/report';
import { statusSettingsFromRecord } from '../core/status';
import { compareIso } from '../core/values/isoDate';
import { readLedger } from '../sheets/codecs/ledgerReader';
import { readRegister } from '../sheets/codecs/registerCodec';
import { PLAN_TABLES, readPlan } from '../sheets/codecs/planReader';
import { sheetStartNames } from '../sheets/addSheet';
import type { WorkbookGateway, WorkbookSnapshot } from '../sheets/gateway';
import { MARK_RULES_TABLE } from '../sheets/layouts/checkTables';
import { SUBMISSIONS_TABLE } from '../sheets/layouts/submissions';
import { PROGRESS_TABLE } from '../sheets/layouts/tables';
import { readNarrative } from '../sheets/report/narrativeCodec';
import { reportBatch, type ReportPlacement } from '../sheets/report/reportBatch';
import { REPORT_NARRATIVE_TABLE, REPORT_SHEET, REPORT_TABLES } from '../sheets/report/reportTables';
import { WorkbookError } from '../sheets/workbookError';

export interface ReportOptions {
  /** The interface language, for messages; the report itself is in the plan's language. */
  language: Language;
  file: string;
  range: ReportRange;
  /** Today (YYYY-MM-DD), the report's "generated on". */
  today: string;
  /** The annual data deadline (YYYY-MM-DD), when the coordinator set one. */
  deadline: string | null;
}

export interface BuiltReport {
  model: ReportModel;
  /** Where the Report sheet's tables went; null when nothing was written. */
  placement: ReportPlacement | null;
  degraded: string[];
}

/** Every table the report reads: the plan, the ledger, and the Report sheet's own (for the narrative). */
export const REPORT_READ = [...PLAN_TABLES, PROGRESS_TABLE, SUBMISSIONS_TABLE, MARK_RULES_TABLE, ...REPORT_TABLES].map(
  (table) => table.name,
);

/** The report model from one read of the workbook: plan, ledger, thresholds and what users wrote. */
export function reportFromSnapshot(snapshot: WorkbookSnapshot, options: ReportOptions): ReportModel {
  const range = ReportRange.safeParse(options.range);
  if (!range.success)
    throw new WorkbookError(
      'report.error.badRange',
      { ...options.range },
      `The reporting period must start on or before its end: ${options.range.from} to ${options.range.to}.`,
    );
  const { plan, settingsRecord } = readPlan(snapshot, options.file);
  const { periodStart, periodEnd } = plan.settings;
  if (compareIso(range.data.to, periodStart) < 0 || compareIso(range.data.from, periodEnd) > 0)
    throw new WorkbookError(
      'report.error.outsidePlan',
      { from: range.data.from, to: range.data.to, start: periodStart, end: periodEnd },
      `The reporting period ${range.data.from} to ${range.data.to} is outside the plan (${periodStart} to ${periodEnd}).`,
    );
  const { ledger } = readLedger(snapshot.tables[PROGRESS_TABLE.name]);
  // The register knows who was asked and who answered; a workbook whose register holds nothing for the
  // range falls back on the plan's responsibilities and the ledger.
  const fromRegister = returnsFromRegister(readRegister(snapshot.tables[SUBMISSIONS_TABLE.name]), range.data);
  const returns = fromRegister.expected.length > 0 ? fromRegister : undefined;
  return buildReportModel({
    plan,
    ledger,
    settings: statusSettingsFromRecord(settingsRecord, plan.settings.numberLocale).settings,
    range: range.data,
    language: plan.settings.language,
    generated: options.today,
    deadline: options.deadline,
    narrative: readNarrative(snapshot.tables[REPORT_NARRATIVE_TABLE.name]),
    returns,
  });
}

/**
 * "Report": the Annex 6 report for a year or a range, written to the Report sheet in one read and one
 * write. What users typed in the narrative cells is read first and written back under the same keys.
 */
export async function buildReport(gateway: WorkbookGateway, options: ReportOptions): Promise<BuiltReport> {
  const ui = translator(options.language);
  const request = { tables: REPORT_READ, sheetStarts: sheetStartNames([REPORT_SHEET]) };
  const { result, degraded } = await gateway.update(request, (snapshot) => {
    const model = reportFromSnapshot(snapshot, options);
    const { batch, placement } = reportBatch(snapshot, model, translator(model.language));
    return { batch, result: { model, placement } };
  });
  return { ...result, degraded: degraded.map((key) => ui(key)) };
}
