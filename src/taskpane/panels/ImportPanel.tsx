import { useState, type DragEvent } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Link,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import type { FileReport, ImportOptions, ImportResult, ShownFlag } from '../../app/importReturns';
import type { PrivacyDecision } from '../../core/consolidation/personalDataFlag';
import type { ParsedReturn } from '../../files/returnedForm/parsedReturn';
import type { WorkbookGateway } from '../../sheets/gateway';
import { PanelHeading } from '../components/PanelHeading';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { RunButton } from '../components/RunButton';
import { errorOutcome } from '../errorOutcome';
import { useI18n } from '../i18nContext';
import { parseInWorker, type PickedFile } from '../import/parseInWorker';
import { PeriodLockSection } from '../import/PeriodLockSection';
import { reminderLink } from '../import/reminderLink';
import { WORKBOOK_FILE, type PlanState } from '../usePlanSettings';
import { officeFileHost } from '../../excel/fileHost';
import { deliverFiles } from '../delivery';
import { dateParam } from '../../core/i18n/params';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SHOWN_PROBLEMS = 20;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  file: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  name: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const BADGE: Record<FileReport['status'], 'danger' | 'warning' | 'success' | 'informative' | 'subtle'> = {
  refused: 'danger',
  closed: 'danger',
  problems: 'warning',
  personalData: 'warning',
  unchanged: 'subtle',
  ready: 'informative',
  applied: 'success',
};

/** The flagged cell's text with each suspicious span marked, so the user sees what would be removed. */
function FlaggedText({ flag }: { flag: ShownFlag }) {
  const styles = useStyles();
  const pieces: { text: string; flagged: boolean }[] = [];
  let from = 0;
  for (const span of [...flag.spans].sort((a, b) => a.start - b.start)) {
    pieces.push({ text: flag.text.slice(from, span.start), flagged: false });
    pieces.push({ text: flag.text.slice(span.start, span.end), flagged: true });
    from = span.end;
  }
  pieces.push({ text: flag.text.slice(from), flagged: false });
  return (
    <Text block>
      {pieces.map((piece, i) =>
        piece.flagged ? (
          <mark key={i} className={styles.flagged}>
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </Text>
  );
}

function FileCard({
  file,
  decisions,
  onDecide,
  accepted,
  onAccept,
}: {
  file: FileReport;
  decisions: Readonly<Record<string, PrivacyDecision>>;
  onDecide: (id: string, decision: PrivacyDecision) => void;
  accepted: boolean;
  onAccept: (accept: boolean) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const errors = file.problems.filter((problem) => problem.severity === 'error').length;
  return (
    <div className={styles.file} data-file={file.fileName} data-status={file.status}>
      <div className={styles.name}>
        <Text weight="semibold">{file.fileName}</Text>
        <Badge appearance="tint" color={BADGE[file.status]}>
          {t(`import.status.${file.status}`)}
        </Badge>
      </div>
      {file.message && <Text block>{file.message}</Text>}
      {file.status !== 'refused' && file.status !== 'closed' && file.status !== 'unchanged' && (
        <Text block className={styles.muted}>
          {t('import.summary.counts', {
            added: file.added,
            changed: file.changed.length,
            dropped: file.dropped,
            superseded: file.superseded,
          })}
        </Text>
      )}
      {file.changed.length > 0 && (
        <ul className={styles.list} aria-label={t('ui.import.changes')}>
          {file.changed.slice(0, SHOWN_PROBLEMS).map((change) => (
            <li key={`${change.code}|${change.category}`}>
              {t('import.summary.change', {
                code: change.code,
                category: change.category || '—',
                before: change.before,
                after: change.after,
              })}
            </li>
          ))}
        </ul>
      )}
      {file.problems.length > 0 && (
        <ul className={styles.list} aria-label={t('ui.import.problems')}>
          {file.problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
            <li key={`${problem.sheet}!${problem.cell}|${problem.message}`}>
              {t(`import.severity.${problem.severity}`)}: {problem.message}
            </li>
          ))}
          {file.problems.length > SHOWN_PROBLEMS && (
            <li>{t('ui.import.moreProblems', { count: file.problems.length - SHOWN_PROBLEMS })}</li>
          )}
        </ul>
      )}
      {errors > 0 && file.status !== 'refused' && (
        <Checkbox
          checked={accepted}
          onChange={(_, data) => onAccept(data.checked === true)}
          label={t('ui.import.acceptValid', { count: errors })}
        />
      )}
      {file.personalData.map((flag) => (
        <div key={flag.id} data-flag={flag.cell}>
          <Text block>{flag.message}</Text>
          <FlaggedText flag={flag} />
          <RadioGroup
            layout="horizontal"
            value={decisions[flag.id] ?? ''}
            onChange={(_, data) => onDecide(flag.id, data.value as PrivacyDecision)}
            aria-label={t('ui.import.decide', { cell: flag.cell })}
          >
            <Radio value="remove" label={t('ui.import.remove')} />
            <Radio value="keep" label={t('ui.import.keep')} />
          </RadioGroup>
        </div>
      ))}
    </div>
  );
}

function Register({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.panel} data-register>
      <Text as="h3" weight="semibold">
        {t('ui.import.register')}
      </Text>
      {result.rates.map((rate) => (
        <Text block key={rate.period}>
          {t('import.rate.line', {
            period: rate.period,
            received: rate.received,
            expected: rate.expected,
            rate: rate.rate === null ? '—' : `${Math.round(rate.rate * 100)} %`,
            onTime: rate.onTime,
            onTimeRate: rate.onTimeRate === null ? '—' : `${Math.round(rate.onTimeRate * 100)} %`,
          })}
          {rate.late.length > 0 && ` ${t('ui.import.late', { agencies: rate.late.join(', ') })}`}
        </Text>
      ))}
      {result.reminders.length > 0 && (
        <ul className={styles.list} aria-label={t('ui.import.missing')}>
          {result.reminders.map((reminder) => (
            <li key={`${reminder.agency}|${reminder.period}`} data-reminder={reminder.agency}>
              {t('ui.import.missingLine', {
                agency: reminder.agency,
                period: reminder.period,
                dueDate: dateParam(reminder.dueDate),
              })}{' '}
              {reminder.email ? (
                <Link href={reminderLink(reminder)}>
                  {t('ui.import.remind', { name: reminder.contactPerson || reminder.name })}
                </Link>
              ) : (
                <span className={styles.muted}>{t('ui.import.noEmail')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "Import": returned forms, many at once, read in a Web Worker; a dry run per file (refused, wrong cells,
 * personal data to remove or confirm, what would be added and changed), then Apply in one write. The pane
 * shows the register's reporting rates and who is missing, with a reminder e-mail in the plan's language.
 */
export function ImportPanel({ gateway, today, plan }: { gateway: WorkbookGateway; today: string; plan: PlanState }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [returns, setReturns] = useState<ParsedReturn[]>([]);
  // The files' own bytes, for the feedback copies (the worker gets a copy of each).
  const [sources, setSources] = useState<Uint8Array[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [decisions, setDecisions] = useState<Record<string, PrivacyDecision>>({});
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const settings = (): ImportOptions => ({
    language,
    file: WORKBOOK_FILE,
    now: new Date().toISOString().slice(0, 16),
    who: t('ui.import.who'),
    personalData: decisions,
    acceptValidRows: [...accepted],
  });

  async function pick(files: readonly File[]) {
    if (files.length === 0) return;
    setBusy(true);
    setOutcome(null);
    try {
      // Every file dropped or chosen gets its line, none is skipped in silence: one that is no workbook, or a
      // folder the browser cannot read, is refused by name like any other file that is not a form.
      const picked: PickedFile[] = await Promise.all(
        files.map(async (file) => ({
          name: file.name,
          bytes: await file.arrayBuffer().catch(() => new ArrayBuffer(0)),
        })),
      );
      const kept = picked.map((file) => new Uint8Array(file.bytes.slice(0)));
      const parsed = [...returns, ...(await parseInWorker(picked))];
      setReturns(parsed);
      setSources((before) => [...before, ...kept]);
      await dryRun(parsed);
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function dryRun(parsed: ParsedReturn[]) {
    const { previewImport } = await import(/* webpackChunkName: "import" */ '../../app/importReturns');
    setResult(await previewImport(gateway, parsed, settings()));
  }

  /** A period closed or reopened: the dry run of the forms already chosen says what the import would now do. */
  async function recheck() {
    if (returns.length === 0 || result?.applied) return;
    setBusy(true);
    try {
      await dryRun(returns);
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    setBusy(true);
    setOutcome(null);
    try {
      const { applyImport } = await import(/* webpackChunkName: "import" */ '../../app/importReturns');
      const applied = await applyImport(gateway, returns, settings());
      setResult(applied);
      const count = (status: FileReport['status']) => applied.files.filter((file) => file.status === status).length;
      setOutcome({
        intent: count('applied') > 0 ? 'success' : 'warning',
        title: t('ui.import.applied', { files: count('applied'), of: applied.files.length }),
        lines: [
          t('import.summary.applied', {
            files: count('applied'),
            added: applied.files.reduce(
              (sum, file) => sum + (file.status === 'applied' ? file.added + file.changed.length : 0),
              0,
            ),
            superseded: applied.files.reduce((sum, file) => sum + file.superseded, 0),
          }),
          ...applied.degraded,
        ],
      });
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function sendBack() {
    if (!result) return;
    setBusy(true);
    try {
      const { feedbackCopies } = await import(/* webpackChunkName: "import" */ '../../app/feedbackCopies');
      const copies = feedbackCopies(result.files.map((report, i) => ({ report, bytes: sources[i] })));
      if (copies.length === 0) {
        setOutcome({ intent: 'info', lines: [t('ui.import.noFeedback')] });
        return;
      }
      const files = copies.map((copy) => ({ name: copy.fileName, bytes: copy.bytes, mime: XLSX_MIME }));
      const delivery = await deliverFiles(files, t('ui.import.feedbackZip'), officeFileHost());
      setOutcome({ intent: delivery.delivered ? 'success' : 'warning', lines: [t(delivery.message, delivery.params)] });
    } catch (error) {
      setOutcome(errorOutcome(error, t));
    } finally {
      setBusy(false);
    }
  }

  function clear() {
    setSources([]);
    setReturns([]);
    setResult(null);
    setDecisions({});
    setAccepted(new Set());
    setOutcome(null);
  }

  const unavailable = busy || plan.state !== 'ready';

  // The zone takes files only when the file input beside it would; the input stays the keyboard's way in.
  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = unavailable ? 'none' : 'copy';
    if (!unavailable) setDragging(true);
  };
  const dragLeave = (event: DragEvent<HTMLDivElement>) => {
    // Moving over the label or the input inside the zone is not leaving it.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!unavailable) void pick([...event.dataTransfer.files]);
  };

  const waiting =
    result?.files.some(
      (file) => file.status === 'ready' || file.status === 'problems' || file.status === 'personalData',
    ) ?? false;

  return (
    <div className={styles.panel}>
      <PanelHeading heading={t('ui.import.heading')} intro={t('ui.import.intro')} />
      {plan.state !== 'ready' && <Text>{t('ui.import.noPlan')}</Text>}
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        data-drop-zone={dragging ? 'active' : 'idle'}
        onDragEnter={dragOver}
        onDragOver={dragOver}
        onDragLeave={dragLeave}
        onDrop={drop}
      >
        <label htmlFor="import-files">
          <Text weight="semibold">{t('ui.import.pick')}</Text>
        </label>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={unavailable}
          onChange={(event) => {
            void pick([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <Text className={styles.muted}>{t('ui.import.drop')}</Text>
      </div>
      {result && (
        <>
          <Text as="h3" weight="semibold">
            {result.applied ? t('ui.import.resultHeading') : t('ui.import.dryRunHeading')}
          </Text>
          {result.files.map((file) => (
            <FileCard
              key={file.sha256 + file.fileName}
              file={file}
              decisions={decisions}
              onDecide={(id, decision) => setDecisions((before) => ({ ...before, [id]: decision }))}
              accepted={accepted.has(file.sha256)}
              onAccept={(accept) =>
                setAccepted((before) => {
                  const next = new Set(before);
                  if (accept) next.add(file.sha256);
                  else next.delete(file.sha256);
                  return next;
                })
              }
            />
          ))}
          {waiting && (
            <RunButton label={t('ui.import.apply')} busyLabel={t('ui.import.applying')} busy={busy} onRun={apply} />
          )}
          {result.files.some((file) => file.status !== 'refused' && file.feedback.length > 0) && (
            <Button onClick={sendBack} disabledFocusable={busy}>
              {t('ui.import.feedback')}
            </Button>
          )}
          <Button appearance="subtle" onClick={clear}>
            {t('ui.import.clear')}
          </Button>
          <Register result={result} />
        </>
      )}
      {busy && !result && <Text>{t('ui.import.reading')}</Text>}
      {outcome && <ResultMessage outcome={outcome} />}
      {plan.state === 'ready' && <PeriodLockSection gateway={gateway} today={today} onChanged={() => void recheck()} />}
    </div>
  );
}
