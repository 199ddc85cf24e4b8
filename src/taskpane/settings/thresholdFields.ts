import type { MessageKey, Translator } from '../../core/i18n/translate';
import { STATUS_SETTING_KEYS, type StatusSettings } from '../../core/status/thresholds';

/** The thresholds that are shares, typed as whole percent. */
export const SHARE_FIELDS = ['onTrack', 'offTrack', 'rollupOnTrackShare', 'maintainTolerance'] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];
export type ThresholdFields = Record<ShareField, string> & { atRiskCountsAsOffTrack: boolean };

export function thresholdFields(settings: StatusSettings): ThresholdFields {
  const percent = (share: number) => String(Math.round(share * 100));
  return {
    onTrack: percent(settings.onTrack),
    offTrack: percent(settings.offTrack),
    rollupOnTrackShare: percent(settings.rollupOnTrackShare),
    maintainTolerance: percent(settings.maintainTolerance),
    atRiskCountsAsOffTrack: settings.atRiskCountsAsOffTrack,
  };
}

/** The label of a threshold: the one the Settings sheet shows beside it. */
export function thresholdLabel(field: ShareField, t: Translator): string {
  return t('ui.settings.percent', { label: t(`setting.${STATUS_SETTING_KEYS[field]}` as MessageKey) });
}

/** The thresholds as typed, or what is wrong with each field. */
export function readThresholdFields(
  fields: ThresholdFields,
  t: Translator,
): { settings: StatusSettings | null; errors: Partial<Record<ShareField, string>> } {
  const errors: Partial<Record<ShareField, string>> = {};
  const shares = {} as Record<ShareField, number>;
  for (const field of SHARE_FIELDS) {
    const text = fields[field].trim();
    const n = Number(text);
    if (!/^\d{1,3}$/.test(text) || n > 100) errors[field] = t('ui.settings.percentError');
    else shares[field] = n / 100;
  }
  if (!errors.onTrack && !errors.offTrack && shares.offTrack > shares.onTrack) {
    errors.offTrack = t('ui.settings.offTrackAboveOnTrack');
  }
  if (Object.keys(errors).length > 0) return { settings: null, errors };
  return { settings: { ...shares, atRiskCountsAsOffTrack: fields.atRiskCountsAsOffTrack }, errors };
}
