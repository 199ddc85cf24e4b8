import * as z from 'zod';
import { translator, type MessageKey, type Translator } from '../core/i18n/translate';
import type { Language } from '../core/model/enums';
import type { CellValue } from '../core/model/cell';
import { PlanSettings } from '../core/model/plan';
import { STATUS_SETTING_KEYS, StatusSettings, statusSettingsFromRecord } from '../core/status/thresholds';
import { readSettings, settingCellValue, statusSettingCellValue } from '../sheets/codecs/settingsCodec';
import { locateColumns, readRecords, textOf } from '../sheets/codecs/tableReader';
import { emptyBatch, type WorkbookGateway, type WorkbookSnapshot, type WriteBatch } from '../sheets/gateway';
import { SETTINGS_TABLE } from '../sheets/layouts/tables';
import { WorkbookError } from '../sheets/workbookError';

const PLAN_KEYS = ['title', 'country', 'periodStart', 'periodEnd', 'reportingFrequency', 'language'] as const;
const THRESHOLD_KEYS = Object.keys(STATUS_SETTING_KEYS) as (keyof StatusSettings)[];

/** What the Set up panel lets the coordinator change; the plan id, layout and number style stay as they are. */
export const PlanSettingsChange = PlanSettings.pick({
  title: true,
  country: true,
  periodStart: true,
  periodEnd: true,
  reportingFrequency: true,
  language: true,
}).extend({ thresholds: StatusSettings });
export type PlanSettingsChange = z.input<typeof PlanSettingsChange>;

export interface PlanSettingsUpdate {
  /** The settings whose cells were rewritten, named in the user's language. */
  changed: string[];
  message: string;
}

interface SettingWrite {
  key: string;
  label: MessageKey;
  value: CellValue;
}

/**
 * Changes the plan's settings in the workbook's Settings sheet: one read and one write (two syncs). Every value
 * is checked before anything is written, and only the cells whose meaning changes are rewritten.
 */
export async function updatePlanSettings(
  gateway: WorkbookGateway,
  input: PlanSettingsChange,
  options: { language: Language; file: string },
): Promise<PlanSettingsUpdate> {
  const t = translator(options.language);
  const change = validChange(input, t);
  const { result: writes } = await gateway.update({ tables: [SETTINGS_TABLE.name] }, (snapshot) => {
    const planned = plannedWrites(snapshot, change, options.file);
    return { batch: planned.length > 0 ? settingsBatch(snapshot, planned, options.file, t) : null, result: planned };
  });
  const changed = writes.map((write) => t(write.label));
  return {
    changed,
    message:
      changed.length > 0
        ? t('settings.result.saved', { settings: changed.join(', ') })
        : t('settings.result.unchanged'),
  };
}

function validChange(input: PlanSettingsChange, t: Translator): z.infer<typeof PlanSettingsChange> {
  const parsed = PlanSettingsChange.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String);
    const key = path[0] === 'thresholds' ? `status.${path[1] ?? 'offTrack'}` : path[0];
    throw new WorkbookError(
      'settings.error.invalid',
      { setting: t(`setting.${key}` as MessageKey) },
      `The setting ${key} cannot be saved: ${issue.message}`,
    );
  }
  if (parsed.data.periodEnd < parsed.data.periodStart) {
    throw new WorkbookError('setup.error.periodReversed', {}, 'The plan period ends before it starts.');
  }
  return parsed.data;
}

/** The settings whose value differs from what the workbook holds now, with the text to write for each. */
function plannedWrites(
  snapshot: WorkbookSnapshot,
  change: z.infer<typeof PlanSettingsChange>,
  file: string,
): SettingWrite[] {
  const table = snapshot.tables[SETTINGS_TABLE.name];
  if (!table) {
    throw new WorkbookError(
      'error.notPlanWorkbook',
      { file, table: SETTINGS_TABLE.name },
      `${file} has no settings table`,
    );
  }
  const { records } = readRecords(SETTINGS_TABLE, table);
  const current = readSettings({ rows: records, snapshot: table }, file);
  const record = Object.fromEntries(records.map((row) => [textOf(row.key), row.value]));
  const thresholds = statusSettingsFromRecord(record, current.numberLocale).settings;
  const next = { ...current, ...change };
  // Labels in the plan's language, as Set up writes them.
  const label = translator(next.language);
  return [
    ...PLAN_KEYS.filter((key) => current[key] !== next[key]).map((key) => ({
      key,
      label: `setting.${key}` as MessageKey,
      value: settingCellValue(next, key, label),
    })),
    ...THRESHOLD_KEYS.filter((key) => thresholds[key] !== change.thresholds[key]).map((key) => ({
      key: STATUS_SETTING_KEYS[key],
      label: `setting.${STATUS_SETTING_KEYS[key]}` as MessageKey,
      value: statusSettingCellValue(change.thresholds, key, label),
    })),
  ];
}

/** One cell per changed setting, found by its key in the first column, wherever the row has moved. */
function settingsBatch(snapshot: WorkbookSnapshot, writes: SettingWrite[], file: string, t: Translator): WriteBatch {
  const table = snapshot.tables[SETTINGS_TABLE.name];
  const { positions } = locateColumns(SETTINGS_TABLE, table);
  const keyColumn = positions.get('key');
  const valueColumn = positions.get('value');
  if (keyColumn === undefined || valueColumn === undefined) {
    const column = t(keyColumn === undefined ? 'col.settings.key' : 'col.settings.value');
    throw new WorkbookError(
      'error.missingColumn',
      { file, sheet: table.sheet, table: table.name, column },
      `${file}: the settings table has no column ${column}`,
    );
  }
  const rowOf = new Map(table.rows.map((row, index) => [textOf(row[keyColumn]), index]));
  const batch = emptyBatch(snapshot);
  for (const write of writes) {
    const row = rowOf.get(write.key);
    if (row === undefined) {
      throw new WorkbookError(
        'settings.error.missingRow',
        { file, sheet: table.sheet, setting: t(write.label), key: write.key },
        `${file}, sheet ${table.sheet}: no settings row for ${write.key}`,
      );
    }
    batch.blocks.push({
      sheet: table.sheet,
      top: table.top + 1 + row,
      left: table.left + valueColumn,
      rows: [[write.value]],
    });
  }
  return batch;
}
