import * as z from 'zod';
import type { CellValue } from '../model/cell';
import type { NumberLocale } from '../model/enums';
import { parseNumber } from '../values/number';
import { allTranslations } from '../i18n/translate';

const share = z.number().min(0).max(1);

/**
 * The coordinator's tuning of status, stored in the workbook's settings table. Shares are fractions:
 * on track from 85 % of the expected progress, off track below 50 %, at risk between.
 */
export const StatusSettings = z
  .object({
    onTrack: share.default(0.85),
    offTrack: share.default(0.5),
    /** In the guide's two-way On/Off columns, whether "at risk" is shown as off track. */
    atRiskCountsAsOffTrack: z.boolean().default(true),
    /** An outcome or area is on track when this share of its assessable indicators is on track or achieved. */
    rollupOnTrackShare: share.default(0.75),
    /** How far a "maintain" indicator may stray from its level and still be on track (twice that: at risk). */
    maintainTolerance: share.default(0.05),
  })
  .refine((s) => s.offTrack <= s.onTrack, { path: ['offTrack'], message: 'offTrack must not exceed onTrack' });
export type StatusSettings = z.infer<typeof StatusSettings>;

export const DEFAULT_STATUS_SETTINGS: StatusSettings = StatusSettings.parse({});

type Key = keyof StatusSettings;
const SHARE_KEYS = ['onTrack', 'offTrack', 'rollupOnTrackShare', 'maintainTolerance'] as const satisfies readonly Key[];

/** The settings table's keys, e.g. 'status.onTrack'. */
export const STATUS_SETTING_KEYS: Record<Key, string> = {
  onTrack: 'status.onTrack',
  offTrack: 'status.offTrack',
  atRiskCountsAsOffTrack: 'status.atRiskCountsAsOffTrack',
  rollupOnTrackShare: 'status.rollupOnTrackShare',
  maintainTolerance: 'status.maintainTolerance',
};

export const SettingProblem = z.enum(['notAShare', 'notYesNo', 'offTrackAboveOnTrack']);
export type SettingProblem = z.infer<typeof SettingProblem>;

/** A settings cell that could not be used; its default applies instead. */
export const SettingIssue = z.object({ key: z.string(), value: z.string(), problem: SettingProblem });
export type SettingIssue = z.infer<typeof SettingIssue>;

/** 0.85, "0.85", "0,85", 85, "85" and "85 %" all mean 85 %: a cell may be formatted as percent or not. */
function readShare(value: CellValue, locale: NumberLocale): number | null {
  let n: number | null = typeof value === 'number' ? value : null;
  let percent = false;
  if (typeof value === 'string') {
    const t = value.trim();
    percent = t.endsWith('%');
    const digits = percent ? t.slice(0, -1).trim() : t;
    n = parseNumber(digits, locale) ?? parseNumber(digits, locale === 'dot' ? 'comma' : 'dot');
  }
  if (n === null || !Number.isFinite(n)) return null;
  const fraction = percent || n > 1 ? n / 100 : n;
  return fraction >= 0 && fraction <= 1 ? fraction : null;
}

/**
 * The plan's own language writes the Yes and No of the settings, so those of every language count. Looked
 * up when read, not when this module loads: the task pane registers the other languages after its first bytes.
 */
const answers = (key: 'answer.yes' | 'answer.no', own: string[]) =>
  new Set([...own, ...allTranslations(key).map((text) => text.toLowerCase())]);

function readYesNo(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const t = String(value ?? '')
    .trim()
    .toLowerCase();
  if (answers('answer.yes', ['true', 'y', '1']).has(t)) return true;
  if (answers('answer.no', ['false', 'n', '0']).has(t)) return false;
  return null;
}

function shown(value: CellValue): string {
  return value === null ? '' : String(value);
}

/**
 * Reads the status settings from the workbook's settings table (keyed 'status.onTrack' and so on).
 * Blank or absent keys take their defaults; unusable values do too, and are reported.
 */
export function statusSettingsFromRecord(
  record: Record<string, CellValue>,
  locale: NumberLocale = 'dot',
): { settings: StatusSettings; issues: SettingIssue[] } {
  const settings: StatusSettings = { ...DEFAULT_STATUS_SETTINGS };
  const issues: SettingIssue[] = [];
  const present = (key: Key): CellValue | undefined => {
    const value = record[STATUS_SETTING_KEYS[key]];
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
      ? undefined
      : value;
  };
  for (const key of SHARE_KEYS) {
    const value = present(key);
    if (value === undefined) continue;
    const n = readShare(value, locale);
    if (n === null) issues.push({ key: STATUS_SETTING_KEYS[key], value: shown(value), problem: 'notAShare' });
    else settings[key] = n;
  }
  const atRisk = present('atRiskCountsAsOffTrack');
  if (atRisk !== undefined) {
    const b = readYesNo(atRisk);
    if (b === null)
      issues.push({ key: STATUS_SETTING_KEYS.atRiskCountsAsOffTrack, value: shown(atRisk), problem: 'notYesNo' });
    else settings.atRiskCountsAsOffTrack = b;
  }
  if (settings.offTrack > settings.onTrack) {
    issues.push({
      key: STATUS_SETTING_KEYS.offTrack,
      value: String(settings.offTrack),
      problem: 'offTrackAboveOnTrack',
    });
    settings.onTrack = DEFAULT_STATUS_SETTINGS.onTrack;
    settings.offTrack = DEFAULT_STATUS_SETTINGS.offTrack;
  }
  return { settings, issues };
}
