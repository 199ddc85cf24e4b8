import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Field, Input, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { PeriodLockState } from '../../app/periodLock';
import { periodToCollect } from '../../core/periods';
import type { WorkbookGateway } from '../../sheets/gateway';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { RunButton } from '../components/RunButton';
import { useNarrowStyles } from '../components/narrowStyles';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';
import { WORKBOOK_FILE } from '../usePlanSettings';
import { periodLockOutcome, periodStateText } from './periodLockText';

const useStyles = makeStyles({
  section: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  action: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

// The use case is loaded with the import's own chunk, so the pane's first JavaScript does not grow.
const periodLocks = () => import(/* webpackChunkName: "import" */ '../../app/periodLock');

/**
 * Closing a reporting period to imports, or reopening it, with a reason: the same audit line the CLI's
 * `period` command writes, and the one the import reads. Office tells an add-in nothing reliable about who
 * is using it, so the audit's "who" is the name the user types, or the task pane when they type none.
 */
export function PeriodLockSection({
  gateway,
  today,
  onChanged,
}: {
  gateway: WorkbookGateway;
  today: string;
  /** After a close or reopening: the panel checks the chosen forms again against the new state. */
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const narrow = useNarrowStyles();
  const headingId = useId();
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [states, setStates] = useState<PeriodLockState[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [who, setWho] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const load = useCallback(async () => {
    const { readPeriodLocks } = await periodLocks();
    const read = await readPeriodLocks(gateway, WORKBOOK_FILE);
    setStates(read);
    const periods = read.map((state) => state.period);
    setChosen((before) =>
      before && periods.some((p) => p.code === before) ? before : (periodToCollect(periods, today)?.code ?? null),
    );
  }, [gateway, today]);

  useEffect(() => {
    load().catch((error: unknown) => setOutcome(errorOutcome(error, t)));
  }, [load, t]);

  const state = states.find((s) => s.period.code === chosen);
  if (!state) return outcome ? <ResultMessage outcome={outcome} /> : null;
  const period = state.period.code;

  const run = async () => {
    if (reason.trim() === '') {
      setReasonMissing(true);
      reasonField.current?.focus();
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const { setPeriodLock } = await periodLocks();
      const result = await setPeriodLock(gateway, {
        language,
        file: WORKBOOK_FILE,
        period,
        action: state.lock ? 'reopen' : 'lock',
        who: who.trim() || t('ui.import.who'),
        reason,
        now: new Date().toISOString().slice(0, 16),
      });
      setOutcome(periodLockOutcome(result, t));
      setReason('');
      await load();
      onChanged();
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-period-lock>
      <Text as="h3" id={headingId} weight="semibold">
        {t('ui.period.heading')}
      </Text>
      <Text block className={styles.muted}>
        {t('ui.period.intro')}
      </Text>
      <Field label={t('ui.period.period')} className={narrow.field}>
        <Select
          className={narrow.dropdown}
          value={period}
          onChange={(_, data) => {
            setChosen(data.value);
            setOutcome(null);
          }}
        >
          {states.map((s) => (
            <option key={s.period.code} value={s.period.code}>
              {t(s.lock ? 'ui.period.optionClosed' : 'ui.period.optionOpen', { period: s.period.code })}
            </option>
          ))}
        </Select>
      </Field>
      <Text block data-period-state={state.lock ? 'closed' : 'open'}>
        {periodStateText(state, t)}
      </Text>
      <Field
        label={t('ui.period.reason')}
        required
        className={narrow.field}
        validationMessage={reasonMissing ? t('import.error.reasonRequired') : undefined}
      >
        <Textarea
          ref={reasonField}
          className={narrow.input}
          resize="vertical"
          value={reason}
          onChange={(_, data) => {
            setReason(data.value);
            if (data.value.trim() !== '') setReasonMissing(false);
          }}
        />
      </Field>
      <Field
        label={t('ui.period.who')}
        hint={t('ui.period.whoHint', { fallback: t('ui.import.who') })}
        className={narrow.field}
      >
        <Input className={narrow.input} value={who} onChange={(_, data) => setWho(data.value)} />
      </Field>
      <div className={styles.action}>
        <RunButton
          label={t(state.lock ? 'ui.period.reopen' : 'ui.period.close', { period })}
          busyLabel={t('ui.period.writing')}
          busy={busy}
          onRun={() => void run()}
        />
      </div>
      {outcome && <ResultMessage outcome={outcome} />}
    </section>
  );
}
