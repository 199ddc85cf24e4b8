import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { answerChecklistItem } from '../../app/answerChecklistItem';
import { ChecklistAnswer } from '../../core/checks/checklist';
import { checkPlanWorkbook, type CheckResult, type LocatedFinding } from '../../app/checkPlanWorkbook';
import type { WorkbookGateway } from '../../sheets/gateway';
import { PanelHeading } from '../components/PanelHeading';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { RunButton } from '../components/RunButton';
import { errorOutcome } from '../errorOutcome';
import { guideSection } from '../../core/checks/guideSection';
import { useI18n } from '../i18nContext';
import { CompletenessScore } from './CompletenessScore';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    gap: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightRegular,
  },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  severity: { marginTop: tokens.spacingVerticalS },
});

const WORKBOOK = 'Workbook';

export function CheckPanel({ gateway }: { gateway: WorkbookGateway }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [writeSheet, setWriteSheet] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run() {
    setBusy(true);
    setOutcome(null);
    try {
      const checked = await checkPlanWorkbook(gateway, { language, file: WORKBOOK, mark: true, writeSheet });
      setResult(checked);
      const { indicators, activities } = checked.completeness.overall;
      const lines =
        checked.findings.length === 0
          ? [t('ui.check.clean')]
          : [
              t('ui.check.summary', {
                errors: checked.errors,
                warnings: checked.warnings,
                indicators: indicators.total,
                activities: activities.total,
              }),
            ];
      setOutcome({ intent: checked.errors > 0 ? 'warning' : 'success', lines: [...lines, ...checked.degraded] });
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function goTo(finding: LocatedFinding) {
    if (!finding.cell) return;
    try {
      await gateway.select(finding.cell);
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    }
  }

  async function answer(id: string, given: ChecklistAnswer) {
    try {
      await answerChecklistItem(gateway, { id, answer: given, language, file: WORKBOOK });
      setResult(
        (current) =>
          current && {
            ...current,
            checklist: current.checklist.map((item) =>
              item.id === id ? { ...item, answer: given, source: 'user' } : item,
            ),
          },
      );
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    }
  }

  const areas = result ? groupByArea(result.findings) : [];
  return (
    <div className={styles.panel}>
      <PanelHeading heading={t('ui.check.heading')} intro={t('ui.check.intro')} />
      <Checkbox
        checked={writeSheet}
        onChange={(_, data) => setWriteSheet(data.checked === true)}
        label={t('ui.check.writeSheet')}
      />
      <RunButton label={t('ui.check.run')} busyLabel={t('ui.check.running')} busy={busy} onRun={run} />
      {outcome && <ResultMessage outcome={outcome} />}
      {result && <CompletenessScore completeness={result.completeness} areaNames={result.areaNames} />}
      {result && result.findings.length > 0 && (
        <section aria-label={t('ui.check.findings')}>
          <Text as="h3" block size={400} weight="semibold">
            {t('ui.check.findings')}
          </Text>
          <Accordion multiple collapsible defaultOpenItems={areas.map(([area]) => area)}>
            {areas.map(([area, findings]) => (
              <AccordionItem key={area} value={area}>
                <AccordionHeader>
                  {area === '' ? t('ui.check.noArea') : `${area} ${result.areaNames[area] ?? ''}`}{' '}
                  <Badge appearance="tint" color={findings.some((f) => f.severity === 'error') ? 'danger' : 'warning'}>
                    {findings.length}
                  </Badge>
                </AccordionHeader>
                <AccordionPanel>
                  {(['error', 'warning'] as const).map((severity) => {
                    const ofSeverity = findings.filter((finding) => finding.severity === severity);
                    if (ofSeverity.length === 0) return null;
                    return (
                      <div key={severity} className={styles.severity}>
                        <Text weight="semibold">
                          {t(severity === 'error' ? 'ui.check.errors' : 'ui.check.warnings', {
                            count: ofSeverity.length,
                          })}
                        </Text>
                        <ul className={styles.list}>
                          {ofSeverity.map((finding, index) => (
                            <li key={`${finding.rule}-${finding.code}-${finding.field}-${index}`}>
                              <Button
                                appearance="subtle"
                                className={styles.finding}
                                // Named by its visible text, as speech-input users say what they see; a finding
                                // without a cell stays focusable so a keyboard user can still read it.
                                disabledFocusable={!finding.cell}
                                onClick={() => goTo(finding)}
                                data-rule={finding.rule}
                                data-cell={finding.cell ? `${finding.cell.sheet}!${finding.cell.address}` : ''}
                              >
                                <span>{finding.message}</span>
                                <span className={styles.meta}>
                                  {finding.cell ? `${finding.cell.sheet}!${finding.cell.address} · ` : ''}
                                  {t('ui.check.guide', { section: guideSection(finding.guide, t) })}
                                </span>
                              </Button>
                            </li>
                          ))}
                        </ul>
                      </div>
                    );
                  })}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      )}
      {result && (
        <section aria-label={t('ui.check.checklist')}>
          <Text as="h3" block size={400} weight="semibold">
            {t('ui.check.checklist')}
          </Text>
          <Text as="p" block className={styles.intro}>
            {t('ui.check.checklistIntro')}
          </Text>
          <ul className={styles.list}>
            {result.checklist.map((item) => (
              <li key={item.id}>
                {item.source === 'auto' ? (
                  <Text>
                    <Badge appearance="tint" color={item.answer === 'yes' ? 'success' : 'danger'}>
                      {t(item.answer === 'yes' ? 'ui.check.auto.yes' : 'ui.check.auto.no')}
                    </Badge>{' '}
                    {item.text}
                  </Text>
                ) : (
                  <>
                    <Text block>{item.text}</Text>
                    <RadioGroup
                      layout="horizontal"
                      aria-label={item.text}
                      value={item.answer ?? ''}
                      onChange={(_, data) => answer(item.id, ChecklistAnswer.parse(data.value))}
                    >
                      {ChecklistAnswer.options.map((option) => (
                        <Radio key={option} value={option} label={t(`answer.${option}`)} />
                      ))}
                    </RadioGroup>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Findings grouped by strategic area in the order they came (plan-wide ones first). */
function groupByArea(findings: LocatedFinding[]): [string, LocatedFinding[]][] {
  const groups = new Map<string, LocatedFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.area) ?? [];
    group.push(finding);
    groups.set(finding.area, group);
  }
  return [...groups.entries()].sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, undefined, { numeric: true }),
  );
}
