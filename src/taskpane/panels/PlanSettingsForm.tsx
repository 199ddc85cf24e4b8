import { useState, type FormEvent } from 'react';
import { Checkbox, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanSettingsRead } from '../../app/readPlanSettings';
import { updatePlanSettings } from '../../app/updatePlanSettings';
import { Language } from '../../core/model/enums';
import type { WorkbookGateway } from '../../sheets/gateway';
import type { Outcome } from '../components/ResultMessage';
import { PlanFields } from '../components/PlanFields';
import { RunButton } from '../components/RunButton';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';
import { hasErrors, planFieldErrors, type PlanFieldsValue } from '../planFieldErrors';
import {
  SHARE_FIELDS,
  readThresholdFields,
  thresholdFields,
  thresholdLabel,
  type ThresholdFields,
} from '../settings/thresholdFields';
import { WORKBOOK_FILE } from '../usePlanSettings';
import { useNarrowStyles } from '../components/narrowStyles';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  percent: { maxWidth: '8rem' },
});

/** The settings of the plan in this workbook, as they are now, to change and save in one go. */
export function PlanSettingsForm({
  gateway,
  current,
  onDone,
}: {
  gateway: WorkbookGateway;
  current: PlanSettingsRead;
  onDone: (outcome: Outcome, changed: boolean) => void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const styles = useStyles();
  const narrow = useNarrowStyles();
  const { title, country, periodStart, periodEnd, reportingFrequency } = current.plan;
  const [fields, setFields] = useState<PlanFieldsValue>({ title, country, periodStart, periodEnd, reportingFrequency });
  const [language, setLanguage] = useState<Language>(current.plan.language);
  const [thresholds, setThresholds] = useState<ThresholdFields>(thresholdFields(current.thresholds));
  const [busy, setBusy] = useState(false);
  const errors = planFieldErrors(fields, t);
  const read = readThresholdFields(thresholds, t);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (hasErrors(errors) || !read.settings) return;
    setBusy(true);
    try {
      const result = await updatePlanSettings(
        gateway,
        { ...fields, language, thresholds: read.settings },
        { language: uiLanguage, file: WORKBOOK_FILE },
      );
      onDone({ intent: 'success', lines: [result.message] }, result.changed.length > 0);
    } catch (error) {
      onDone(errorOutcome(error, t), false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-busy={busy} aria-label={t('ui.settings.heading')}>
      <PlanFields value={fields} errors={errors} onChange={(patch) => setFields({ ...fields, ...patch })} />
      <Field label={t('ui.settings.language')}>
        <Dropdown
          className={narrow.dropdown}
          value={t(`enum.language.${language}`)}
          selectedOptions={[language]}
          onOptionSelect={(_, data) => data.optionValue && setLanguage(data.optionValue as Language)}
        >
          {Language.options.map((option) => (
            <Option key={option} value={option}>
              {t(`enum.language.${option}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text as="h3" block size={400} weight="semibold">
        {t('ui.settings.thresholds')}
      </Text>
      {SHARE_FIELDS.map((field) => (
        <Field key={field} label={thresholdLabel(field, t)} validationMessage={read.errors[field]}>
          <Input
            className={styles.percent}
            type="number"
            min={0}
            max={100}
            step={1}
            value={thresholds[field]}
            onChange={(_, data) => setThresholds({ ...thresholds, [field]: data.value })}
          />
        </Field>
      ))}
      <Checkbox
        checked={thresholds.atRiskCountsAsOffTrack}
        label={t('setting.status.atRiskCountsAsOffTrack')}
        onChange={(_, data) => setThresholds({ ...thresholds, atRiskCountsAsOffTrack: data.checked === true })}
      />
      <RunButton label={t('ui.settings.save')} busyLabel={t('ui.settings.saving')} busy={busy} />
    </form>
  );
}
