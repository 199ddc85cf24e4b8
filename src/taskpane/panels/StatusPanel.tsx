import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { computeStatusWorkbook, type StatusResult } from '../../app/computeStatusWorkbook';
import { renderSentence, renderSentences } from '../../core/i18n/sentence';
import { INDICATOR_STATUSES } from '../../core/status/statuses';
import { defaultAsOf } from '../../core/status/defaultAsOf';
import { isIsoDate } from '../../core/values/isoDate';
import type { CellTarget, WorkbookGateway } from '../../sheets/gateway';
import { DateField } from '../components/DateField';
import { PanelHeading } from '../components/PanelHeading';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { RunButton } from '../components/RunButton';
import { StatusBadge } from '../components/StatusBadge';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';
import { statusEntries } from '../status/statusEntries';
import { StatusEntryList } from '../status/StatusEntryList';
import { statusSummary } from '../status/statusSummary';
import { WORKBOOK_FILE, type PlanState } from '../usePlanSettings';

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
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function StatusPanel({ gateway, today, plan }: { gateway: WorkbookGateway; today: string; plan: PlanState }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const suggested = plan.state === 'ready' ? defaultAsOf(plan.settings.plan, today) : today;
  const [typed, setTyped] = useState<string | null>(null);
  const asOf = typed ?? suggested;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<StatusResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const dateError = isIsoDate(asOf) ? undefined : t('ui.error.invalidDate');

  async function run() {
    if (dateError) return;
    setBusy(true);
    setOutcome(null);
    try {
      const computed = await computeStatusWorkbook(gateway, { language, file: WORKBOOK_FILE, asOf, write: true });
      setResult(computed);
      const unmatched =
        computed.report.unmatchedCodes.length > 0
          ? [t('ui.status.unmatched', { codes: computed.report.unmatchedCodes.join(', ') })]
          : [];
      setOutcome(statusSummary(computed.report, [...computed.warnings, ...unmatched, ...computed.degraded], t));
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function goTo(cell: CellTarget) {
    try {
      await gateway.select(cell);
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    }
  }

  return (
    <div className={styles.panel}>
      <PanelHeading heading={t('ui.status.heading')} intro={t('ui.status.intro')} />
      <DateField
        label={t('ui.status.asOf')}
        value={asOf}
        onChange={setTyped}
        error={dateError}
        hint={typed === null && plan.state === 'ready' ? t('ui.status.asOfHint') : undefined}
      />
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
                <li key={area.code} className={styles.area} data-area={area.code} data-status={area.status}>
                  <span className={styles.line}>
                    <StatusBadge family="rollup" status={area.status} label={t(`status.rollup.${area.status}`)} />
                    <Text weight="semibold">
                      {area.code} {result.areaNames[area.code]}
                    </Text>
                  </span>
                  <span className={styles.line}>
                    {INDICATOR_STATUSES.filter((status) => (area.counts[status] ?? 0) > 0).map((status) => (
                      <StatusBadge
                        key={status}
                        family="indicator"
                        status={status}
                        label={t('ui.status.counts', {
                          count: area.counts[status] ?? 0,
                          status: t(`status.indicator.${status}`),
                        })}
                      />
                    ))}
                  </span>
                  <Text className={styles.reason}>{renderSentences(t, area.reason)}</Text>
                </li>
              ))}
            </ul>
          </section>
          <Accordion multiple collapsible defaultOpenItems={['indicators']}>
            <AccordionItem value="indicators">
              <AccordionHeader>{t('ui.status.indicators')}</AccordionHeader>
              <AccordionPanel>
                <StatusEntryList
                  family="indicator"
                  entries={statusEntries(result.report.indicators, result.places.indicators, t)}
                  onGoTo={goTo}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="activities">
              <AccordionHeader>{t('ui.status.activities')}</AccordionHeader>
              <AccordionPanel>
                <StatusEntryList
                  family="activity"
                  entries={statusEntries(result.report.activities, result.places.activities, t)}
                  onGoTo={goTo}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="how">
              <AccordionHeader>{t('ui.status.how')}</AccordionHeader>
              <AccordionPanel>
                {result.report.explanation.map((line) => (
                  <Text as="p" key={line.key}>
                    {renderSentence(t, line)}
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
