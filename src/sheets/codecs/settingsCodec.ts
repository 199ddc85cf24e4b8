import type { MessageKey } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { PlanSettings } from '../../core/model/plan';
import { DEFAULT_STATUS_SETTINGS, STATUS_SETTING_KEYS, type StatusSettings } from '../../core/status/thresholds';
import { isIsoDate, serialToIso } from '../../core/values/isoDate';
import type { CellWrite, TableSnapshot } from '../gateway';
import { cellAddress } from '../layout';
import { WorkbookError } from '../workbookError';
import { SETTINGS_TABLE } from '../layouts/tables';
import { rowOf } from './rowOf';
import { cellWhere, listValueOf, textOf, type RawRecord } from './tableReader';

/** The settings rows in the order they are written; the key column is what the reader goes by. */
export const SETTING_ROWS: readonly { key: keyof PlanSettings; label: MessageKey }[] = [
  { key: 'title', label: 'setting.title' },
  { key: 'country', label: 'setting.country' },
  { key: 'periodStart', label: 'setting.periodStart' },
  { key: 'periodEnd', label: 'setting.periodEnd' },
  { key: 'reportingFrequency', label: 'setting.reportingFrequency' },
  { key: 'language', label: 'setting.language' },
  { key: 'currency', label: 'setting.currency' },
  { key: 'numberLocale', label: 'setting.numberLocale' },
  { key: 'paperSize', label: 'setting.paperSize' },
  { key: 'planId', label: 'setting.planId' },
  { key: 'layoutVersion', label: 'setting.layoutVersion' },
];

/** The coordinator's status thresholds, written with their defaults so they can be seen and tuned. */
export function statusSettingRows(label: (key: MessageKey) => string): CellWrite[][] {
  return (Object.keys(STATUS_SETTING_KEYS) as (keyof StatusSettings)[]).map((key) =>
    rowOf(SETTINGS_TABLE, {
      key: STATUS_SETTING_KEYS[key],
      label: label(`setting.${STATUS_SETTING_KEYS[key]}` as MessageKey),
      value: statusSettingCellValue(DEFAULT_STATUS_SETTINGS, key, label),
    }),
  );
}

/** A threshold as people read and type it: shares as whole percent ("85%"), switches as yes or no. */
export function statusSettingCellValue(
  settings: StatusSettings,
  key: keyof StatusSettings,
  label: (key: MessageKey) => string,
): CellValue {
  const value = settings[key];
  return typeof value === 'boolean' ? label(value ? 'answer.yes' : 'answer.no') : `${Math.round(value * 100)}%`;
}

/** The value as it is written into the settings table (dates and lists as text people can edit). */
export function settingCellValue(
  settings: PlanSettings,
  key: keyof PlanSettings,
  label: (key: MessageKey) => string,
): CellValue {
  switch (key) {
    case 'reportingFrequency':
      return label(`enum.reportingFrequency.${settings.reportingFrequency}`);
    case 'language':
      return label(`enum.language.${settings.language}`);
    case 'numberLocale':
      return label(`enum.numberLocale.${settings.numberLocale}`);
    case 'paperSize':
      return label(`enum.paperSize.${settings.paperSize ?? 'A4'}`);
    default:
      return settings[key];
  }
}

type SettingsByKey = Record<string, { value: CellValue; row: number }>;

/** The settings rows by their key, with the body row each came from. */
export function settingsByKey(rows: readonly RawRecord[]): SettingsByKey {
  const raw: SettingsByKey = {};
  for (const row of rows) raw[textOf(row.key)] = { value: row.value, row: row.__row };
  return raw;
}

/**
 * The id of a plan set up before plan ids existed (no planId value): derived from what names the plan, so
 * every read agrees on it until set-up or Forms writes it into the workbook; from then on the written id is
 * the plan's, whatever becomes of the title.
 */
export function legacyPlanId(raw: SettingsByKey): string {
  const named = ['title', 'country', 'periodStart', 'periodEnd']
    .map((key) => textOf(dateText(raw[key]?.value ?? null)))
    .join('|');
  return `plan-${fnv1a(named, 0x811c9dc5)}${fnv1a(named, 0x050c5d1f)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable fingerprint, not a secret. */
function fnv1a(text: string, seed: number): string {
  let hash = seed;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function dateText(value: CellValue): CellValue {
  if (typeof value === 'number') return serialToIso(value);
  const text = textOf(value);
  return isIsoDate(text) ? text : value;
}

/**
 * Reads and validates the settings. A bad value stops the read with a message naming the sheet and cell:
 * every use case depends on the period and the plan id, so guessing would do more harm than stopping.
 */
export function readSettings(read: { rows: RawRecord[]; snapshot: TableSnapshot }, file: string): PlanSettings {
  const { rows, snapshot } = read;
  const valueColumn = snapshot.headers.length >= 3 ? 2 : snapshot.headers.length - 1;
  const raw = settingsByKey(rows);
  const issues: Parameters<typeof listValueOf>[3] = [];
  const where = (key: string) => cellWhere(SETTINGS_TABLE, snapshot, raw[key]?.row ?? 0, 'value');
  const candidate = {
    planId: textOf(raw.planId?.value ?? null) || legacyPlanId(raw),
    layoutVersion: Number(raw.layoutVersion?.value ?? NaN),
    title: textOf(raw.title?.value ?? null),
    country: textOf(raw.country?.value ?? null),
    periodStart: dateText(raw.periodStart?.value ?? null),
    periodEnd: dateText(raw.periodEnd?.value ?? null),
    reportingFrequency: listValueOf(
      'reportingFrequency',
      raw.reportingFrequency?.value ?? null,
      where('reportingFrequency'),
      issues,
    ),
    language: listValueOf('language', raw.language?.value ?? null, where('language'), issues) ?? 'en',
    currency: textOf(raw.currency?.value ?? null) || 'EUR',
    numberLocale: listValueOf('numberLocale', raw.numberLocale?.value ?? null, where('numberLocale'), issues) ?? 'dot',
    // Workbooks set up before paper size was a setting print on A4.
    paperSize: listValueOf('paperSize', raw.paperSize?.value ?? null, where('paperSize'), issues) ?? 'A4',
  };
  const parsed = PlanSettings.safeParse(candidate);
  // A reversed period is read as it is: Check reports it as a finding, and Status refuses to judge it.
  if (parsed.success) return parsed.data;
  const key = String(parsed.error.issues[0].path[0]);
  const detail = parsed.error.issues[0].message;
  const at = raw[key];
  const cell = at
    ? cellAddress(snapshot.top + 1 + at.row, snapshot.left + valueColumn)
    : cellAddress(snapshot.top, snapshot.left);
  const value = at ? textOf(at.value) : '';
  throw new WorkbookError(
    'error.badSetting',
    { file, sheet: snapshot.sheet, cell, setting: key, value, detail },
    `In ${file}, sheet "${snapshot.sheet}", cell ${cell}: the setting "${key}" has the value "${value}", which cannot be used (${detail}).`,
  );
}
