import { useState, type FormEvent } from 'react';
import { Dropdown, Field, Input, Option, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { setupPlanWorkbook } from '../../app/setupPlanWorkbook';
import { ReportingFrequency } from '../../core/model/enums';
import type { WorkbookGateway } from '../../sheets/gateway';
import { PanelHeading } from '../components/PanelHeading';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { RunButton } from '../components/RunButton';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SetupPanelProps {
  gateway: WorkbookGateway;
  /** Today's date (ISO): the default plan period starts on the next 1 January. */
  today: string;
}

export function SetupPanel({ gateway, today }: SetupPanelProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const nextYear = Number(today.slice(0, 4)) + 1;
  const [title, setTitle] = useState(t('ui.setup.defaultTitle'));
  const [country, setCountry] = useState('');
  const [periodStart, setPeriodStart] = useState(`${nextYear}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(`${nextYear + 2}-12-31`);
  const [frequency, setFrequency] = useState<ReportingFrequency>('quarterly');
  const [example, setExample] = useState(true);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const startError = ISO_DATE.test(periodStart) ? undefined : t('ui.error.invalidDate');
  const endError = ISO_DATE.test(periodEnd)
    ? periodEnd < periodStart
      ? t('setup.error.periodReversed')
      : undefined
    : t('ui.error.invalidDate');
  const titleError = title.trim() === '' ? t('ui.error.required') : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (startError || endError || titleError) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await setupPlanWorkbook(gateway, {
        title,
        country,
        periodStart,
        periodEnd,
        reportingFrequency: frequency,
        language,
        example,
      });
      setOutcome({ intent: result.degraded.length > 0 ? 'warning' : 'success', lines: result.messages });
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-busy={busy}>
      <PanelHeading heading={t('ui.setup.heading')} intro={t('ui.setup.intro')} />
      <Field label={t('ui.setup.title')} required validationMessage={titleError}>
        <Input value={title} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <Field label={t('ui.setup.country')}>
        <Input value={country} onChange={(_, data) => setCountry(data.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t('ui.setup.periodStart')} validationMessage={startError}>
          <Input type="date" value={periodStart} onChange={(_, data) => setPeriodStart(data.value)} />
        </Field>
        <Field label={t('ui.setup.periodEnd')} validationMessage={endError}>
          <Input type="date" value={periodEnd} onChange={(_, data) => setPeriodEnd(data.value)} />
        </Field>
      </div>
      <Field label={t('ui.setup.reportingFrequency')}>
        <Dropdown
          value={t(`enum.reportingFrequency.${frequency}`)}
          selectedOptions={[frequency]}
          onOptionSelect={(_, data) => data.optionValue && setFrequency(data.optionValue as ReportingFrequency)}
        >
          {ReportingFrequency.options.map((option) => (
            <Option key={option} value={option}>
              {t(`enum.reportingFrequency.${option}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('ui.setup.startFrom')}>
        <RadioGroup value={example ? 'example' : 'empty'} onChange={(_, data) => setExample(data.value === 'example')}>
          <Radio value="example" label={t('ui.setup.startExample')} />
          <Radio value="empty" label={t('ui.setup.startEmpty')} />
        </RadioGroup>
      </Field>
      <RunButton label={t('ui.setup.run')} busyLabel={t('ui.setup.running')} busy={busy} />
      {outcome && <ResultMessage outcome={outcome} />}
    </form>
  );
}
