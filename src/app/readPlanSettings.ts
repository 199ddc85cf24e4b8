import { statusSettingsFromRecord, type StatusSettings } from '../core/status/thresholds';
import type { PlanSettings } from '../core/model/plan';
import { readSettings } from '../sheets/codecs/settingsCodec';
import { readRecords, textOf } from '../sheets/codecs/tableReader';
import type { WorkbookGateway } from '../sheets/gateway';
import { SETTINGS_TABLE } from '../sheets/layouts/tables';

export interface PlanSettingsRead {
  plan: PlanSettings;
  /** The thresholds in force: unusable cells are read as their defaults, as Status does. */
  thresholds: StatusSettings;
}

/**
 * The settings of the plan in this workbook, read in one sync; null while the workbook has no plan yet.
 * A setting that cannot be used stops the read with a message naming its sheet and cell.
 */
export async function readPlanSettings(gateway: WorkbookGateway, file: string): Promise<PlanSettingsRead | null> {
  const snapshot = await gateway.read({ tables: [SETTINGS_TABLE.name] });
  const table = snapshot.tables[SETTINGS_TABLE.name];
  if (!table) return null;
  const { records } = readRecords(SETTINGS_TABLE, table);
  const plan = readSettings({ rows: records, snapshot: table }, file);
  const record = Object.fromEntries(records.map((row) => [textOf(row.key), row.value]));
  return { plan, thresholds: statusSettingsFromRecord(record, plan.numberLocale).settings };
}
