import { Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { ReportingFrequency } from '../../core/model/enums';
import { useI18n } from '../i18nContext';
import type { PlanFieldErrors, PlanFieldsValue } from '../planFieldErrors';
import { DateField } from './DateField';
import { useNarrowStyles } from './narrowStyles';

const useStyles = makeStyles({
  // Two dates side by side where they fit, one above the other in a narrow pane or at high zoom.
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr))',
    gap: tokens.spacingHorizontalS,
  },
});

/** The plan's title, country, period and reporting frequency: the same fields for a new plan and an existing one. */
export function PlanFields({
  value,
  errors,
  onChange,
}: {
  value: PlanFieldsValue;
  errors: PlanFieldErrors;
  onChange: (patch: Partial<PlanFieldsValue>) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const narrow = useNarrowStyles();
  return (
    <>
      <Field label={t('ui.setup.title')} required validationMessage={errors.title}>
        <Input className={narrow.input} value={value.title} onChange={(_, data) => onChange({ title: data.value })} />
      </Field>
      <Field label={t('ui.setup.country')}>
        <Input
          className={narrow.input}
          value={value.country}
          onChange={(_, data) => onChange({ country: data.value })}
        />
      </Field>
      <div className={styles.row}>
        <DateField
          label={t('ui.setup.periodStart')}
          value={value.periodStart}
          error={errors.periodStart}
          onChange={(periodStart) => onChange({ periodStart })}
        />
        <DateField
          label={t('ui.setup.periodEnd')}
          value={value.periodEnd}
          error={errors.periodEnd}
          onChange={(periodEnd) => onChange({ periodEnd })}
        />
      </div>
      <Field label={t('ui.setup.reportingFrequency')}>
        <Dropdown
          className={narrow.dropdown}
          value={t(`enum.reportingFrequency.${value.reportingFrequency}`)}
          selectedOptions={[value.reportingFrequency]}
          onOptionSelect={(_, data) =>
            data.optionValue && onChange({ reportingFrequency: data.optionValue as ReportingFrequency })
          }
        >
          {ReportingFrequency.options.map((option) => (
            <Option key={option} value={option}>
              {t(`enum.reportingFrequency.${option}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </>
  );
}
