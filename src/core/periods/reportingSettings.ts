import * as z from 'zod';
import type { CellValue } from '../model/cell';
import { IsoDate, isIsoDate, serialToIso } from '../values/isoDate';

/**
 * The coordinator's settings for the reporting cycle, stored as rows of the plan's settings table beside the
 * plan's own. A workbook set up before they existed reads as the defaults.
 */
export const ReportingSettings = z.object({
  /** Days after a period ends by which the agency's form is due (DHIS2's "timely days"). */
  formDueDays: z.number().int().min(0).max(366).default(15),
  /**
   * The annual report's due date for the plan's first year; later years fall on the same day and month.
   * null: 31 March of the year after.
   */
  reportDueDate: IsoDate.nullable().default(null),
  /** Whom the agencies send their forms to, as the instructions and the form header say it. */
  returnTo: z.string().default(''),
  /** Sheet protection password of the forms; blank protects without one (the usual case). */
  formPassword: z.string().default(''),
});
export type ReportingSettings = z.infer<typeof ReportingSettings>;

export const DEFAULT_REPORTING_SETTINGS: ReportingSettings = ReportingSettings.parse({});

/** The settings table's keys. */
export const REPORTING_SETTING_KEYS = {
  formDueDays: 'forms.dueDays',
  reportDueDate: 'forms.reportDueDate',
  returnTo: 'forms.returnTo',
  formPassword: 'forms.password',
} as const satisfies Record<keyof ReportingSettings, string>;

export const ReportingSettingProblem = z.enum(['notDays', 'notADate']);
export const ReportingSettingIssue = z.object({
  key: z.string(),
  value: z.string(),
  problem: ReportingSettingProblem,
});
export type ReportingSettingIssue = z.infer<typeof ReportingSettingIssue>;

const text = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value).trim());

function readDays(value: CellValue): number | null {
  const n = typeof value === 'number' ? value : /^\d+$/.test(text(value)) ? Number(text(value)) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 366 ? n : null;
}

function readDate(value: CellValue): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? serialToIso(value) : null;
  return isIsoDate(text(value)) ? text(value) : null;
}

/** Blank or absent rows take their defaults; unusable values do too, and are reported. */
export function reportingSettingsFromRecord(record: Record<string, CellValue>): {
  settings: ReportingSettings;
  issues: ReportingSettingIssue[];
} {
  const settings: ReportingSettings = { ...DEFAULT_REPORTING_SETTINGS };
  const issues: ReportingSettingIssue[] = [];
  const days = record[REPORTING_SETTING_KEYS.formDueDays];
  if (text(days) !== '') {
    const n = readDays(days);
    if (n === null) issues.push({ key: REPORTING_SETTING_KEYS.formDueDays, value: text(days), problem: 'notDays' });
    else settings.formDueDays = n;
  }
  const due = record[REPORTING_SETTING_KEYS.reportDueDate];
  if (text(due) !== '') {
    const iso = readDate(due);
    if (iso === null) issues.push({ key: REPORTING_SETTING_KEYS.reportDueDate, value: text(due), problem: 'notADate' });
    else settings.reportDueDate = iso;
  }
  settings.returnTo = text(record[REPORTING_SETTING_KEYS.returnTo]);
  settings.formPassword = text(record[REPORTING_SETTING_KEYS.formPassword]);
  return { settings, issues };
}
