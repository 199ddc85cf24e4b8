import { translate, translator, type MessageKey } from '../core/i18n/translate';
import type { SourceRow } from '../core/model/cell';
import type { Language } from '../core/model/enums';
import { isIsoDate } from '../core/values/isoDate';
import {
  computeStatus,
  statusSettingsFromRecord,
  type SettingIssue,
  type StatusReport,
  type StatusSettings,
} from '../core/status';
import { readLedger } from '../sheets/codecs/ledgerReader';
import { PLAN_TABLES_WITHOUT_ME, readPlan } from '../sheets/codecs/planReader';
import type { CellTarget, WorkbookGateway, WorkbookSnapshot } from '../sheets/gateway';
import { cellLocator } from '../sheets/locateCell';
import { MARK_RULES_TABLE } from '../sheets/layouts/checkTables';
import { LISTS_TABLE, PROGRESS_TABLE } from '../sheets/layouts/tables';
import { sheetStartNames } from '../sheets/addSheet';
import { STATUS_OUTPUT_TABLES, STATUS_SHEETS, statusBatch } from '../sheets/statusBatch';
import { WorkbookError } from '../sheets/workbookError';

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
  /** The text and the code cell of each indicator and activity, in the report's order (codes may repeat). */
  places: { indicators: ItemPlace[]; activities: ItemPlace[] };
  degraded: string[];
}

export interface ItemPlace {
  name: string;
  cell: CellTarget | null;
}

/** What status is computed from: not the M&E plan, which status never looks at. */
const STATUS_INPUT_TABLES = [...PLAN_TABLES_WITHOUT_ME, LISTS_TABLE, PROGRESS_TABLE];
/** What writing status replaces: its earlier output and the registry of the colour rules it set. */
const STATUS_REPLACED_TABLES = [MARK_RULES_TABLE, ...STATUS_OUTPUT_TABLES];

/**
 * "Status": on track / off track for every indicator, activity, outcome and area at a date, from the plan,
 * the progress ledger and the thresholds in the settings table. One read, one write.
 */
export async function computeStatusWorkbook(gateway: WorkbookGateway, options: StatusOptions): Promise<StatusResult> {
  const t = translator(options.language);
  if (!isIsoDate(options.asOf)) {
    const params = { value: options.asOf };
    throw new WorkbookError('status.error.badAsOf', params, translate('en', 'status.error.badAsOf', params));
  }
  // Only a run that writes reads the earlier output it replaces: on a file, every table read is a sheet parsed.
  const tables = options.write ? [...STATUS_INPUT_TABLES, ...STATUS_REPLACED_TABLES] : STATUS_INPUT_TABLES;
  const request = {
    tables: tables.map((table) => table.name),
    sheetStarts: options.write ? sheetStartNames(STATUS_SHEETS) : [],
  };
  const { result, degraded } = await gateway.update(request, (snapshot) => {
    const planned = planStatus(snapshot, options);
    // The Status sheet is the plan's document, as the report is: in the plan's language, not the user's.
    const sheet = translator(planned.plan.settings.language);
    return {
      batch: options.write ? statusBatch(snapshot, planned.plan, planned.report, sheet) : null,
      result: planned,
    };
  });
  return {
    report: result.report,
    settings: result.settings,
    warnings: result.issues.map((issue) => settingWarning(issue, t)),
    areaNames: Object.fromEntries(result.plan.areas.map((area) => [area.code, area.name])),
    places: result.places,
    degraded: degraded.map((key) => t(key)),
  };
}

function planStatus(snapshot: WorkbookSnapshot, options: StatusOptions) {
  const { plan, settingsRecord } = readPlan(snapshot, options.file, { mePlan: false });
  const { periodStart, periodEnd } = plan.settings;
  if (periodEnd < periodStart) {
    const cell = cellLocator(snapshot)({ at: null, field: 'periodEnd' });
    const params = { file: options.file, sheet: cell?.sheet ?? '', cell: cell?.address ?? '', periodStart, periodEnd };
    throw new WorkbookError(
      'status.error.periodReversed',
      params,
      translate('en', 'status.error.periodReversed', params),
    );
  }
  const { ledger } = readLedger(snapshot.tables[PROGRESS_TABLE.name]);
  const { settings, issues } = statusSettingsFromRecord(settingsRecord, plan.settings.numberLocale);
  const report = computeStatus(plan, ledger, options.asOf, settings);
  const locate = cellLocator(snapshot);
  const place = (item: { text: string; from?: SourceRow }): ItemPlace => ({
    name: item.text,
    cell: locate({ at: item.from ?? null, field: null }),
  });
  const places = { indicators: plan.indicators.map(place), activities: plan.activities.map(place) };
  return { plan, report, settings, issues, places };
}

function settingWarning(issue: SettingIssue, t: ReturnType<typeof translator>): string {
  return t(`status.settingIssue.${issue.problem}` as MessageKey, { key: issue.key, value: issue.value });
}
