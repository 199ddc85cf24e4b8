import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { computeStatusWorkbook, type StatusResult } from '../../app/computeStatusWorkbook';
import { INDICATOR_STATUSES } from '../../core/status';
import type { WorkbookGateway } from '../../sheets/gateway';
import { PanelHeading } from '../components/PanelHeading';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { RunButton } from '../components/RunButton';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The colour of a status, matching the fills written to the workbook. */
const BADGE: Record<string, BadgeProps['color']> = {
  achieved: 'success',
  onTrack: 'success',
  done: 'success',
  onSchedule: 'success',
  atRisk: 'warning',
  notStarted: 'warning',
  offTrack: 'danger',
  delayed: 'danger',
  notDueYet: 'informative',
  noData: 'subtle',
  notAssessable: 'subtle',
  cancelled: 'subtle',
};

/** Judged statuses are filled; the ones that say why nothing is judged are quieter outlines. */
function StatusBadge({ status, label }: { status: string; label: string }) {
  const color = BADGE[status] ?? 'informative';
  return (
    <Badge appearance={color === 'subtle' ? 'outline' : 'filled'} color={color === 'subtle' ? 'informative' : color}>
      {label}
    </Badge>
  );
}

interface StatusItem {
  code: string;
  status: string;
  label: string;
  progress: number | null;
  disagrees: boolean;
  reason: string;
}

/** Indicators or activities with their status, progress, the reason, and where an agency's own view differs. */
function StatusList({ items }: { items: StatusItem[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item, index) => (
        <li key={`${item.code}-${index}`} className={styles.item} data-code={item.code} data-status={item.status}>
          <span className={styles.line}>
            <Text weight="semibold">{item.code}</Text>
            <StatusBadge status={item.status} label={item.label} />
            {item.progress !== null && <Text>{Math.round(item.progress * 100)} %</Text>}
            {item.disagrees && (
              <Badge appearance="outline" color="danger">
                {t('ui.status.disagrees')}
              </Badge>
            )}
          </span>
          <Text className={styles.reason}>{item.reason}</Text>
        </li>
      ))}
    </ul>
  );
}

export function StatusPanel({ gateway, today }: { gateway: WorkbookGateway; today: string }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [asOf, setAsOf] = useState(today);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<StatusResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const dateError = ISO_DATE.test(asOf) ? undefined : t('ui.error.invalidDate');

  async function run() {
    if (dateError) return;
    setBusy(true);
    setOutcome(null);
    try {
      const computed = await computeStatusWorkbook(gateway, { language, file: 'Workbook', asOf, write: true });
      setResult(computed);
      const judged = computed.report.indicators.filter((r) =>
        ['achieved', 'onTrack', 'atRisk', 'offTrack'].includes(r.status),
      );
      const onTrack = judged.filter((r) => r.status === 'achieved' || r.status === 'onTrack').length;
      const unmatched =
        computed.report.unmatchedCodes.length > 0
          ? [t('ui.status.unmatched', { codes: computed.report.unmatchedCodes.join(', ') })]
          : [];
      const warnings = [...computed.warnings, ...unmatched, ...computed.degraded];
      setOutcome({
        intent: warnings.length > 0 ? 'warning' : 'success',
        lines: [t('ui.status.done', { asOf, onTrack, assessable: judged.length }), ...warnings],
      });
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.panel}>
      <PanelHeading heading={t('ui.status.heading')} intro={t('ui.status.intro')} />
      <Field label={t('ui.status.asOf')} validationMessage={dateError}>
        <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
      </Field>
      <RunButton label={t('ui.status.run')} busyLabel={t('ui.status.running')} busy={busy} onRun={run} />
      {outcome && <ResultMessage outcome={outcome} />}
      {result && (
        <>
          <section aria-label={t('ui.status.areas')}>
            <Text as="h3" block size={400} weight="semibold">
              {t('ui.status.areas')}
            </Text>
            <ul className={styles.list}>
              {result.report.areas.map((area) => (
                <li key={area.code} className={styles.item}>
                  <span className={styles.line}>
                    <StatusBadge status={area.status} label={t(`status.rollup.${area.status}`)} />
                    <Text weight="semibold">
                      {area.code} {result.areaNames[area.code]}
                    </Text>
                  </span>
                  <span className={styles.counts}>
                    {INDICATOR_STATUSES.filter((status) => (area.counts[status] ?? 0) > 0).map((status) => (
                      <Badge key={status} appearance="tint" color={BADGE[status]}>
                        {t('ui.status.counts', {
                          count: area.counts[status] ?? 0,
                          status: t(`status.indicator.${status}`),
                        })}
                      </Badge>
                    ))}
                  </span>
                  <Text className={styles.reason}>{area.reason}</Text>
                </li>
              ))}
            </ul>
          </section>
          <Accordion multiple collapsible defaultOpenItems={['indicators']}>
            <AccordionItem value="indicators">
              <AccordionHeader>{t('ui.status.indicators')}</AccordionHeader>
              <AccordionPanel>
                <StatusList
                  items={result.report.indicators.map((r) => ({
                    code: r.code,
                    status: r.status,
                    label: t(`status.indicator.${r.status}`),
                    progress: r.progress,
                    disagrees: r.selfAssessment.some((s) => s.mismatch),
                    reason: r.reason,
                  }))}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="activities">
              <AccordionHeader>{t('ui.status.activities')}</AccordionHeader>
              <AccordionPanel>
                <StatusList
                  items={result.report.activities.map((r) => ({
                    code: r.code,
                    status: r.status,
                    label: t(`status.activity.${r.status}`),
                    progress: null,
                    disagrees: r.selfAssessment.some((s) => s.mismatch),
                    reason: r.reason,
                  }))}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="how">
              <AccordionHeader>{t('ui.status.how')}</AccordionHeader>
              <AccordionPanel>
                {result.report.explanation.map((line) => (
                  <Text as="p" key={line}>
                    {line}
                  </Text>
                ))}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </div>
  );
}
