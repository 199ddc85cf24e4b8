import { useState, type FormEvent } from 'react';
import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { setupPlanWorkbook } from '../../app/setupPlanWorkbook';
import type { WorkbookGateway } from '../../sheets/gateway';
import type { Outcome } from '../components/ResultMessage';
import { PlanFields } from '../components/PlanFields';
import { RunButton } from '../components/RunButton';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';
import { hasErrors, planFieldErrors, type PlanFieldsValue } from '../planFieldErrors';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** A new plan: its title, country, period and frequency, empty or with the guide's example. */
export function NewPlanForm({
  gateway,
  today,
  onDone,
}: {
  gateway: WorkbookGateway;
  /** Today's date (ISO): the default plan period starts on the next 1 January. */
  today: string;
  onDone: (outcome: Outcome, changed: boolean) => void;
}) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const nextYear = Number(today.slice(0, 4)) + 1;
  const [fields, setFields] = useState<PlanFieldsValue>({
    title: t('ui.setup.defaultTitle'),
    country: '',
    periodStart: `${nextYear}-01-01`,
    periodEnd: `${nextYear + 2}-12-31`,
    reportingFrequency: 'quarterly',
  });
  const [example, setExample] = useState(true);
  const [busy, setBusy] = useState(false);
  const errors = planFieldErrors(fields, t);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (hasErrors(errors)) return;
    setBusy(true);
    try {
      const result = await setupPlanWorkbook(gateway, { ...fields, language, example });
      const intent = result.degraded.length > 0 ? 'warning' : 'success';
      onDone({ intent, lines: result.messages }, result.created.length > 0);
    } catch (error) {
      onDone(errorOutcome(error, t), false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-busy={busy}>
      <PlanFields value={fields} errors={errors} onChange={(patch) => setFields({ ...fields, ...patch })} />
      <Field label={t('ui.setup.startFrom')}>
        <RadioGroup value={example ? 'example' : 'empty'} onChange={(_, data) => setExample(data.value === 'example')}>
          <Radio value="example" label={t('ui.setup.startExample')} />
          <Radio value="empty" label={t('ui.setup.startEmpty')} />
        </RadioGroup>
      </Field>
      <RunButton label={t('ui.setup.run')} busyLabel={t('ui.setup.running')} busy={busy} />
    </form>
  );
}
