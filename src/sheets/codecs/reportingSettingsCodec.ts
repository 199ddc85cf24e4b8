import type { MessageKey } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import type { PlanSettings } from '../../core/model/plan';
import { REPORTING_SETTING_KEYS, annualDeadlines, DEFAULT_REPORTING_SETTINGS } from '../../core/periods';

/**
 * The reporting cycle's rows of the settings table, written at set-up with their defaults so the coordinator
 * sees and tunes them: days until a form is due, the first annual report's due date, whom forms go back to,
 * and an optional protection password.
 */
export function reportingSettingRows(
  plan: Pick<PlanSettings, 'periodStart' | 'periodEnd' | 'reportingFrequency'>,
  label: (key: MessageKey) => string,
): CellValue[][] {
  const firstReport = annualDeadlines(plan, DEFAULT_REPORTING_SETTINGS)[0]?.reportDue ?? '';
  const values: Record<keyof typeof REPORTING_SETTING_KEYS, CellValue> = {
    formDueDays: DEFAULT_REPORTING_SETTINGS.formDueDays,
    reportDueDate: firstReport,
    returnTo: '',
    formPassword: '',
  };
  return (Object.keys(REPORTING_SETTING_KEYS) as (keyof typeof REPORTING_SETTING_KEYS)[]).map((key) => [
    REPORTING_SETTING_KEYS[key],
    label(`setting.${REPORTING_SETTING_KEYS[key]}` as MessageKey),
    values[key],
  ]);
}
