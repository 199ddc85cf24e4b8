import type { Translator } from '../core/i18n/translate';
import type { PlanSettings } from '../core/model/plan';
import { isIsoDate } from '../core/values/isoDate';

export type PlanFieldsValue = Pick<
  PlanSettings,
  'title' | 'country' | 'periodStart' | 'periodEnd' | 'reportingFrequency'
>;

export interface PlanFieldErrors {
  title?: string;
  periodStart?: string;
  periodEnd?: string;
}

/** What is wrong with the plan's title and period as typed, field by field, before anything is sent to Excel. */
export function planFieldErrors(value: PlanFieldsValue, t: Translator): PlanFieldErrors {
  const errors: PlanFieldErrors = {};
  if (value.title.trim() === '') errors.title = t('ui.error.required');
  if (!isIsoDate(value.periodStart)) errors.periodStart = t('ui.error.invalidDate');
  if (!isIsoDate(value.periodEnd)) errors.periodEnd = t('ui.error.invalidDate');
  else if (!errors.periodStart && value.periodEnd < value.periodStart)
    errors.periodEnd = t('setup.error.periodReversed');
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some((error) => error !== undefined);
}
