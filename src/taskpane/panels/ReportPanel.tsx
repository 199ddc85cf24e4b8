import { useState } from 'react';
import { Button, Field, Input, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { buildReport, type ReportOptions } from '../../app/buildReport';
import { exportReport } from '../../app/exportReport';
import { yearRange, type ReportModel, type ReportRange } from '../../core/report';
import { formatShare } from '../../core/status/format';
import { isIsoDate } from '../../core/values/isoDate';
import { officeFileHost } from '../../excel/fileHost';
import type { ReportFormatName } from '../../files/export/reportRenderer';
import { REPORT_FORMATS, REPORT_RENDERERS } from '../../files/export/renderers';
import type { WorkbookGateway } from '../../sheets/gateway';
import { DateField } from '../components/DateField';
import { PanelHeading } from '../components/PanelHeading';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { RunButton } from '../components/RunButton';
import { deliverFiles } from '../delivery';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';
import { WORKBOOK_FILE, type PlanState } from '../usePlanSettings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  exports: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  year: { maxWidth: '8em' },
});

/** The year before today's, the one an annual report usually covers, kept within the plan's years. */
function defaultYear(today: string, plan: PlanState): string {
  const year = Number(today.slice(0, 4)) - 1;
  if (plan.state !== 'ready') return String(year);
  const first = Number(plan.settings.plan.periodStart.slice(0, 4));
  const last = Number(plan.settings.plan.periodEnd.slice(0, 4));
  return String(Math.min(Math.max(year, first), last));
}

function summaryLines(model: ReportModel, t: ReturnType<typeof useI18n>['t']): string[] {
  const outcomes = model.areas.flatMap((area) => area.outcomes);
  const { reporting } = model.summary;
  return [
    t('ui.report.outcomes', {
      onTrack: outcomes.filter((o) => o.status === 'onTrack').length,
      offTrack: outcomes.filter((o) => o.status === 'offTrack').length,
      total: outcomes.length,
    }),
    reporting.rate === null
      ? t('report.summary.reportingNone')
      : t('report.summary.reportingLine', {
          received: reporting.received,
          expected: reporting.expected,
          rate: formatShare(reporting.rate, model.plan.numberLocale),
        }),
  ];
}

/**
 * "Report": the Annex 6 report for a year or any range, built into the Report sheet (what people wrote there
 * is kept), and handed out as .docx, values-only .xlsx or .csv through the delivery port.
 */
export function ReportPanel({ gateway, today, plan }: { gateway: WorkbookGateway; today: string; plan: PlanState }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [year, setYear] = useState(() => defaultYear(today, plan));
  const [custom, setCustom] = useState(false);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [deadline, setDeadline] = useState('');
  const [busy, setBusy] = useState<'build' | ReportFormatName | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const yearError = /^\d{4}$/.test(year) ? undefined : t('ui.report.invalidYear');
  const rangeError =
    !custom || (isIsoDate(from) && isIsoDate(to) && from <= to) ? undefined : t('ui.report.invalidRange');
  const deadlineError = deadline === '' || isIsoDate(deadline) ? undefined : t('ui.error.invalidDate');
  const invalid = (custom ? rangeError : yearError) ?? deadlineError;
  const range: ReportRange = custom ? { from, to } : yearRange(Number(year));
  const options: ReportOptions = {
    language,
    file: WORKBOOK_FILE,
    range,
    today,
    deadline: deadline === '' ? null : deadline,
  };

  async function run(action: 'build' | ReportFormatName) {
    if (invalid) return;
    setBusy(action);
    setOutcome(null);
    try {
      if (action === 'build') {
        const built = await buildReport(gateway, options);
        setOutcome({
          intent: built.degraded.length > 0 ? 'warning' : 'success',
          title: t('ui.report.built', { sheet: built.placement?.sheet ?? '' }),
          lines: [...summaryLines(built.model, t), ...built.degraded],
        });
      } else {
        const exported = await exportReport(gateway, options, await REPORT_RENDERERS[action]());
        const delivery = await deliverFiles(
          [{ name: exported.fileName, bytes: exported.bytes, mime: exported.mime }],
          exported.fileName,
          officeFileHost(),
        );
        setOutcome({
          intent: delivery.delivered ? 'success' : 'warning',
          lines: [t(delivery.message, delivery.params), ...summaryLines(exported.model, t)],
        });
      }
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className={styles.panel}>
      <PanelHeading heading={t('ui.report.heading')} intro={t('ui.report.intro')} />
      {plan.state === 'none' && <Text>{t('ui.report.noPlan')}</Text>}
      <Switch checked={custom} onChange={(_, data) => setCustom(data.checked)} label={t('ui.report.customRange')} />
      {custom ? (
        <>
          <DateField label={t('ui.report.from')} value={from} onChange={setFrom} error={rangeError} />
          <DateField label={t('ui.report.to')} value={to} onChange={setTo} />
        </>
      ) : (
        <Field label={t('ui.report.year')} validationMessage={yearError}>
          <Input
            className={styles.year}
            inputMode="numeric"
            value={year}
            onChange={(_, data) => setYear(data.value.trim())}
          />
        </Field>
      )}
      <DateField
        label={t('ui.report.deadline')}
        hint={t('ui.report.deadlineHint')}
        value={deadline}
        onChange={setDeadline}
        error={deadlineError}
      />
      <RunButton
        label={t('ui.report.run')}
        busyLabel={t('ui.report.running')}
        busy={busy === 'build'}
        onRun={() => run('build')}
      />
      <div className={styles.exports} role="group" aria-label={t('ui.report.exports')}>
        {REPORT_FORMATS.map((format) => (
          <Button key={format} data-format={format} disabled={busy !== null} onClick={() => run(format)}>
            {busy === format ? t('ui.report.exporting') : t(`report.export.${format}`)}
          </Button>
        ))}
      </div>
      {outcome && <ResultMessage outcome={outcome} />}
    </div>
  );
}
