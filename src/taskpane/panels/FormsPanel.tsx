import { useEffect, useState } from 'react';
import { Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { readFormTargets, type FormTargets } from '../../app/returnFormPlan';
import type { WorkbookGateway } from '../../sheets/gateway';
import { PanelHeading } from '../components/PanelHeading';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { RunButton } from '../components/RunButton';
import { officeFileHost } from '../../excel/fileHost';
import { deliverFiles } from '../delivery';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';
import { WORKBOOK_FILE, type PlanState } from '../usePlanSettings';
import { dateParam } from '../../core/i18n/params';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  agencies: { display: 'flex', flexDirection: 'column' },
  share: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginLeft: '32px' },
});

/**
 * "Forms": each agency's progress form (Annex 5) for a period, handed to the user through the delivery port
 * and recorded as expected in the Submissions register. exceljs is loaded only when forms are built, so the
 * pane opens as fast as before.
 */
export function FormsPanel({ gateway, today, plan }: { gateway: WorkbookGateway; today: string; plan: PlanState }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [targets, setTargets] = useState<FormTargets | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (plan.state !== 'ready') return;
    readFormTargets(gateway, WORKBOOK_FILE, today).then(
      (read) => {
        setTargets(read);
        setPeriod((chosen) => (chosen && read.periods.some((p) => p.code === chosen) ? chosen : read.suggested));
      },
      (error: unknown) => setOutcome(errorOutcome(error, t)),
    );
  }, [gateway, today, plan, t]);

  const reporting = targets?.agencies.filter((agency) => agency.indicators + agency.activities > 0) ?? [];
  const chosen = reporting.filter((agency) => !excluded.has(agency.code));

  function toggle(code: string, checked: boolean) {
    const next = new Set(excluded);
    if (checked) next.delete(code);
    else next.add(code);
    setExcluded(next);
  }

  async function run() {
    if (!period) {
      setOutcome({ intent: 'warning', lines: [t('ui.forms.noPeriods')] });
      return;
    }
    if (chosen.length === 0) {
      setOutcome({ intent: 'warning', lines: [t('ui.forms.noneChosen')] });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const { buildReturnForms } = await import(/* webpackChunkName: "forms" */ '../../app/buildReturnForms');
      const built = await buildReturnForms(gateway, {
        language,
        file: WORKBOOK_FILE,
        period,
        agencies: excluded.size === 0 ? [] : chosen.map((agency) => agency.code),
        now: new Date().toISOString(),
        register: true,
      });
      const files = built.forms.map((form) => ({ name: form.fileName, bytes: form.bytes, mime: XLSX_MIME }));
      const bundle = t('ui.forms.zipName', { period: built.period.code });
      const delivery = await deliverFiles(files, bundle, officeFileHost());
      setOutcome({
        intent: delivery.delivered ? 'success' : 'warning',
        title: t('ui.forms.built', {
          count: built.forms.length,
          period: built.period.code,
          due: dateParam(built.period.dueDate),
        }),
        lines: [
          t(delivery.message, delivery.params),
          t('ui.forms.registered', { count: built.registered }),
          ...built.warnings,
          ...built.degraded,
        ],
      });
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.panel}>
      <PanelHeading heading={t('ui.forms.heading')} intro={t('ui.forms.intro')} />
      {plan.state !== 'ready' && <Text>{t('ui.forms.noPlan')}</Text>}
      {targets && (
        <>
          <Field label={t('ui.forms.period')}>
            <Select value={period ?? ''} onChange={(_, data) => setPeriod(data.value)}>
              {targets.periods.map((p) => (
                <option key={p.code} value={p.code}>
                  {t('ui.forms.periodOption', { period: p.code, due: dateParam(p.dueDate) })}
                </option>
              ))}
            </Select>
          </Field>
          <fieldset className={styles.agencies}>
            <legend>{t('ui.forms.agencies')}</legend>
            {targets.agencies.map((agency) => {
              const nothing = agency.indicators + agency.activities === 0;
              return (
                <div key={agency.code} data-agency={agency.code}>
                  <Checkbox
                    label={`${agency.code} – ${agency.name}`}
                    checked={!nothing && !excluded.has(agency.code)}
                    disabled={nothing}
                    onChange={(_, data) => toggle(agency.code, data.checked === true)}
                  />
                  <Text block className={styles.share}>
                    {nothing
                      ? t('ui.forms.nothingToReport')
                      : t('ui.forms.share', { indicators: agency.indicators, activities: agency.activities })}
                  </Text>
                </div>
              );
            })}
          </fieldset>
          <RunButton
            label={t('ui.forms.run', { count: chosen.length })}
            busyLabel={t('ui.forms.running')}
            busy={busy}
            onRun={run}
          />
        </>
      )}
      {outcome && <ResultMessage outcome={outcome} />}
    </div>
  );
}
