import { dateParam, translator, type Translator } from '../core/i18n/translate';
import type { ChangedValue } from '../core/consolidation/earlierComparison';
import { consolidate, type ConsolidationPlan, type IncomingSubmission } from '../core/consolidation/consolidate';
import { redact, type PersonalDataFlag, type PrivacyDecision } from '../core/consolidation/personalDataFlag';
import type { ReturnedForm } from '../core/consolidation/returnedForm';
import { reportingRates, type ReportingRate } from '../core/consolidation/reportingRates';
import { validateReturnedForm } from '../core/consolidation/validateReturnedForm';
import { cellText } from '../core/model/cell';
import { codeKey } from '../core/model/code';
import { Language } from '../core/model/enums';
import type { Agency, Plan } from '../core/model/plan';
import { findPlanPeriod, planPeriods, reportingSettingsFromRecord, type PlanPeriod } from '../core/periods';
import type { ParsedReturn } from '../files/returnedForm/parsedReturn';
import { readAudit } from '../sheets/codecs/auditCodec';
import { readLedger } from '../sheets/codecs/ledgerReader';
import { PLAN_TABLES, readPlan } from '../sheets/codecs/planReader';
import { readRegister } from '../sheets/codecs/registerCodec';
import type { ReadRequest, WorkbookGateway, WorkbookSnapshot } from '../sheets/gateway';
import { sheetStartNames } from '../sheets/addSheet';
import { importBatch } from '../sheets/importBatch';
import { AUDIT_SHEET, AUDIT_TABLE } from '../sheets/layouts/audit';
import { SUBMISSIONS_SHEET, SUBMISSIONS_TABLE } from '../sheets/layouts/submissions';
import { PROGRESS_TABLE } from '../sheets/layouts/tables';
import { formIdOf } from '../sheets/returnForm';
import { WorkbookError } from '../sheets/workbookError';

export interface ImportOptions {
  /** The interface language, for messages; what goes into the workbook is in the plan's language. */
  language: Language;
  /** The plan workbook's name, for messages. */
  file: string;
  /** ISO date-time of the import (the caller's clock) and who runs it, for the register and the audit. */
  now: string;
  who: string;
  /** What the user decided for each flagged cell (by flag id); an undecided flag holds its file back. */
  personalData: Readonly<Record<string, PrivacyDecision>>;
  /** Files (by SHA-256) whose valid rows the user takes despite wrong cells; 'all' for every file. */
  acceptValidRows: 'all' | readonly string[];
}

export type FileStatus = 'refused' | 'closed' | 'unchanged' | 'problems' | 'personalData' | 'ready' | 'applied';

export interface ShownProblem {
  severity: 'error' | 'warning';
  message: string;
  sheet: string;
  cell: string;
}

export interface ShownFlag {
  id: string;
  sheet: string;
  cell: string;
  message: string;
  /** The flagged cell's text, shown to the user only (never logged), with each finding's span. */
  text: string;
  spans: { start: number; end: number }[];
  decision: PrivacyDecision | null;
}

export interface FileReport {
  fileName: string;
  sha256: string;
  agency: string;
  period: string;
  status: FileStatus;
  /** Why the whole file was refused or not written, in words. */
  message: string | null;
  problems: ShownProblem[];
  personalData: ShownFlag[];
  added: number;
  changed: ChangedValue[];
  dropped: number;
  superseded: number;
  /** The form's language (its plan's, when generated); null for a file that is no form. */
  language: Language | null;
  /** What the feedback copy tells the agency, cell by cell, in the form's language. */
  feedback: { sheet: string; cell: string; message: string }[];
}

export interface Reminder {
  agency: string;
  name: string;
  contactPerson: string;
  email: string;
  period: string;
  dueDate: string;
  subject: string;
  body: string;
}

export interface ImportResult {
  files: FileReport[];
  rates: ReportingRate[];
  reminders: Reminder[];
  applied: boolean;
  degraded: string[];
}

const READ: ReadRequest = {
  tables: [...PLAN_TABLES, PROGRESS_TABLE, SUBMISSIONS_TABLE, AUDIT_TABLE].map((table) => table.name),
  sheetStarts: sheetStartNames([AUDIT_SHEET, SUBMISSIONS_SHEET]),
};

/** The dry run: what each file would add and change, and what is wrong; the workbook is only read. */
export async function previewImport(
  gateway: WorkbookGateway,
  returns: readonly ParsedReturn[],
  options: ImportOptions,
): Promise<ImportResult> {
  const snapshot = await gateway.read(READ);
  return planImport(snapshot, returns, options, false).result;
}

/**
 * Apply: the same plan as the dry run, written in one update (one read, one write, whatever the number of
 * files). Files refused, closed, unchanged, with undecided personal data or with wrong cells not accepted
 * write nothing but their refusal to the register.
 */
export async function applyImport(
  gateway: WorkbookGateway,
  returns: readonly ParsedReturn[],
  options: ImportOptions,
): Promise<ImportResult> {
  const t = translator(options.language);
  const { result, degraded } = await gateway.update(READ, (snapshot) => planImport(snapshot, returns, options, true));
  return { ...result, degraded: degraded.map((key) => t(key)) };
}

interface Checked {
  parsed: ParsedReturn;
  report: FileReport;
  incoming: IncomingSubmission | null;
  /** Waiting for the user's decision: the dry run shows what it would add, apply leaves it out. */
  held: boolean;
}

function planImport(
  snapshot: WorkbookSnapshot,
  returns: readonly ParsedReturn[],
  options: ImportOptions,
  apply: boolean,
) {
  const ui = translator(options.language);
  const { plan, settingsRecord } = readPlan(snapshot, options.file);
  const ledgerTable = snapshot.tables[PROGRESS_TABLE.name];
  if (!ledgerTable)
    throw new WorkbookError(
      'import.error.noLedger',
      { file: options.file, table: PROGRESS_TABLE.name },
      `${options.file} has no ${PROGRESS_TABLE.name}`,
    );
  const workbookT = translator(plan.settings.language);
  const { settings } = reportingSettingsFromRecord(settingsRecord);
  const periods = planPeriods(plan.settings, settings);
  const { ledger } = readLedger(ledgerTable);
  const state = {
    ledger: ledger.map((row) => ({ ...row, at: row.from?.row ?? 0 })),
    register: readRegister(snapshot.tables[SUBMISSIONS_TABLE.name]),
    audit: readAudit(snapshot.tables[AUDIT_TABLE.name]),
  };
  const seen = new Set<string>();
  const checked = returns.map((parsed) => {
    const duplicate = seen.has(parsed.sha256);
    seen.add(parsed.sha256);
    return checkReturn(parsed, plan, periods, options, ui, duplicate);
  });
  const incoming = checked.flatMap((c) => (c.incoming && !(apply && c.held) ? [c.incoming] : []));
  const consolidation = consolidate(state, incoming, { now: options.now, who: options.who });
  const files = checked.map((c) => withOutcome(c, consolidation, ui, apply));
  // Who has reported counts only what would be written now, not forms still waiting for a decision.
  const written = apply
    ? consolidation
    : consolidate(
        state,
        checked.flatMap((c) => (c.incoming && !c.held ? [c.incoming] : [])),
        { now: options.now, who: options.who },
      );
  const registerAfter = [
    ...state.register.map((entry) => written.registerUpdates.find((u) => u.at === entry.at)?.entry ?? entry),
    ...written.registerAppends,
  ];
  const rates = reportingRates(registerAfter, options.now.slice(0, 10));
  const result: ImportResult = {
    files,
    rates,
    reminders: reminders(rates, registerAfter, plan, periods, workbookT),
    applied: apply,
    degraded: [],
  };
  return { batch: apply ? importBatch(snapshot, consolidation, workbookT) : null, result };
}

function emptyReport(parsed: ParsedReturn): FileReport {
  return {
    fileName: parsed.fileName,
    sha256: parsed.sha256,
    agency: parsed.kind === 'form' ? parsed.meta.agency : '',
    period: parsed.kind === 'form' ? parsed.meta.period : '',
    status: 'ready',
    message: null,
    problems: [],
    personalData: [],
    added: 0,
    changed: [],
    dropped: 0,
    superseded: 0,
    language: parsed.kind === 'form' ? parsed.meta.language : null,
    feedback: [],
  };
}

function refusedReturn(parsed: ParsedReturn, message: string, incoming: IncomingSubmission | null): Checked {
  return { parsed, report: { ...emptyReport(parsed), status: 'refused', message }, incoming, held: false };
}

/** The checks that need the plan: this plan's id, a known agency and period, a form id this plan issues. */
function recognitionProblem(
  parsed: Extract<ParsedReturn, { kind: 'form' }>,
  plan: Plan,
  periods: readonly PlanPeriod[],
  ui: Translator,
): { message: string; agency: Agency | null; period: PlanPeriod | null } {
  const { meta, fileName: file } = parsed;
  const agency = plan.agencies.find((candidate) => codeKey(candidate.code) === codeKey(meta.agency)) ?? null;
  const period = findPlanPeriod(periods, meta.period);
  let message = '';
  if (meta.planId !== plan.settings.planId) message = ui('import.refused.otherPlan', { file, planId: meta.planId });
  else if (!agency) message = ui('import.refused.unknownAgency', { file, agency: meta.agency });
  else if (!period) message = ui('import.refused.unknownPeriod', { file, period: meta.period });
  else if (meta.formId !== formIdOf(plan.settings.planId, meta.agency, meta.period))
    message = ui('import.refused.unknownForm', { file, formId: meta.formId });
  return { message, agency, period };
}

function checkReturn(
  parsed: ParsedReturn,
  plan: Plan,
  periods: readonly PlanPeriod[],
  options: ImportOptions,
  ui: Translator,
  duplicate: boolean,
): Checked {
  if (duplicate) return refusedReturn(parsed, ui('import.refused.sameFileTwice', { file: parsed.fileName }), null);
  const refusalOf = (message: string): IncomingSubmission => ({
    formId: '',
    agency: '',
    period: '',
    fileName: parsed.fileName,
    sha256: parsed.sha256,
    dueDate: '',
    rows: null,
    warnings: 0,
    problems: 1,
    reason: message,
  });
  if (parsed.kind === 'refused') {
    const message = ui(parsed.problem.key, parsed.problem.params);
    return refusedReturn(parsed, message, refusalOf(message));
  }
  const recognition = recognitionProblem(parsed, plan, periods, ui);
  if (recognition.message !== '') return refusedReturn(parsed, recognition.message, refusalOf(recognition.message));
  const context = { indicators: plan.indicators, activities: plan.activities, locale: plan.settings.numberLocale };
  const first = validateReturnedForm(parsed.form, context);
  const decided = (flag: PersonalDataFlag) => options.personalData[flag.id] ?? null;
  const clean = redacted(parsed.form, first.personalData, options.personalData);
  const validated = clean === parsed.form ? first : validateReturnedForm(clean, context);
  const report: FileReport = {
    ...emptyReport(parsed),
    problems: first.problems.map((p) => ({
      severity: p.severity,
      message: ui(p.key, p.params),
      sheet: p.sheet,
      cell: p.cell,
    })),
    personalData: first.personalData.map((flag) => shownFlag(parsed.form, flag, decided(flag), ui)),
  };
  // The feedback goes back to the agency, so it speaks the form's language whatever the user's.
  const back = translator(parsed.meta.language);
  report.feedback = [
    ...first.problems.map((p) => ({ sheet: p.sheet, cell: p.cell, message: back(p.key, p.params) })),
    ...first.personalData
      .filter((flag) => decided(flag) !== 'keep')
      .map((flag) => ({ sheet: flag.sheet, cell: flag.cell, message: flagMessage(flag, back) })),
  ];
  const errors = first.problems.filter((p) => p.severity === 'error').length;
  const accepted = options.acceptValidRows === 'all' || options.acceptValidRows.includes(parsed.sha256);
  const undecided = first.personalData.filter((flag) => decided(flag) === null).length;
  if (undecided > 0) {
    report.status = 'personalData';
    report.message = ui('import.privacy.undecided', { file: parsed.fileName, count: undecided });
  } else if (errors > 0 && !accepted) {
    report.status = 'problems';
    report.message = ui('import.problems.notApplied', { file: parsed.fileName, count: errors });
  }
  const incoming: IncomingSubmission = {
    formId: parsed.meta.formId,
    agency: recognition.agency!.code,
    period: recognition.period!.code,
    fileName: parsed.fileName,
    sha256: parsed.sha256,
    dueDate: recognition.period!.dueDate,
    rows: validated.rows.map((row) => ({ ...row, agency: recognition.agency!.code, period: recognition.period!.code })),
    warnings: validated.problems.length - errors + (errors > 0 ? 1 : 0),
    problems: first.problems.length,
    reason: '',
  };
  return { parsed, report, incoming, held: report.status === 'personalData' || report.status === 'problems' };
}

/** The form with each flagged span the user chose to remove taken out of its cell. */
function redacted(
  form: ReturnedForm,
  flags: readonly PersonalDataFlag[],
  decisions: ImportOptions['personalData'],
): ReturnedForm {
  const removed = new Map(
    flags.filter((flag) => decisions[flag.id] === 'remove').map((flag) => [`${flag.sheet}!${flag.cell}`, flag]),
  );
  if (removed.size === 0) return form;
  const clean = <C extends { value: ReturnedForm['notes'][number]['value']; at: { sheet: string; cell: string } }>(
    cell: C,
  ): C => {
    const flag = removed.get(`${cell.at.sheet}!${cell.at.cell}`);
    return flag ? { ...cell, value: redact(cellText(cell.value), flag) } : cell;
  };
  return {
    ...form,
    notes: form.notes.map(clean),
    rows: form.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(Object.entries(row.cells).map(([field, cell]) => [field, cell && clean(cell)])),
    })),
  };
}

function flagMessage(flag: PersonalDataFlag, t: Translator): string {
  const what = [...new Set(flag.findings.map((finding) => t(`import.privacy.${finding.kind}`)))].join(', ');
  return t('import.privacy.flag', { file: flag.file, sheet: flag.sheet, cell: flag.cell, code: flag.code, what });
}

function shownFlag(
  form: ReturnedForm,
  flag: PersonalDataFlag,
  decision: PrivacyDecision | null,
  ui: Translator,
): ShownFlag {
  const cell = [...form.notes, ...form.rows.flatMap((row) => Object.values(row.cells))].find(
    (candidate) => candidate && candidate.at.sheet === flag.sheet && candidate.at.cell === flag.cell,
  );
  return {
    id: flag.id,
    sheet: flag.sheet,
    cell: flag.cell,
    message: flagMessage(flag, ui),
    text: cell ? cellText(cell.value) : '',
    spans: flag.findings.map(({ start, end }) => ({ start, end })),
    decision,
  };
}

/** The file's report completed by what consolidation did (or would do) with it. */
function withOutcome(checked: Checked, plan: ConsolidationPlan, ui: Translator, apply: boolean): FileReport {
  const { report } = checked;
  if (report.status === 'refused') return report;
  const outcome = plan.outcomes.find((candidate) => candidate.sha256 === checked.parsed.sha256);
  if (!outcome) return report;
  const file = report.fileName;
  switch (outcome.kind) {
    case 'closed':
      return {
        ...report,
        status: 'closed',
        message: ui('import.closed', {
          file,
          period: outcome.lock.period,
          date: dateParam(outcome.lock.time.slice(0, 10)),
          who: outcome.lock.who,
          reason: outcome.lock.reason,
        }),
      };
    case 'unchanged':
      return {
        ...report,
        status: 'unchanged',
        message: ui('import.unchanged', { file, date: dateParam(outcome.receivedAt.slice(0, 10)) }),
      };
    case 'refused':
      return report;
    case 'added':
      return {
        ...report,
        status: checked.held ? report.status : apply ? 'applied' : 'ready',
        added: outcome.comparison.added,
        changed: outcome.comparison.changed,
        dropped: outcome.comparison.dropped,
        superseded: outcome.superseded,
      };
  }
}

/** Who has not reported by the due date, with a reminder's text in the plan language for a mailto: link. */
function reminders(
  rates: readonly ReportingRate[],
  register: readonly { agency: string; period: string; dueDate: string }[],
  plan: Plan,
  periods: readonly PlanPeriod[],
  t: Translator,
): Reminder[] {
  return rates.flatMap((rate) =>
    rate.missing.flatMap((code) => {
      const agency = plan.agencies.find((candidate) => codeKey(candidate.code) === codeKey(code));
      if (!agency) return [];
      const dueDate =
        register.find((entry) => entry.agency === code && entry.period === rate.period && entry.dueDate !== '')
          ?.dueDate ??
        findPlanPeriod(periods, rate.period)?.dueDate ??
        '';
      const params = {
        period: rate.period,
        plan: plan.settings.title,
        name: agency.contactPerson || agency.name,
        agency: agency.name || agency.code,
        dueDate: dateParam(dueDate),
      };
      return [
        {
          agency: agency.code,
          name: agency.name,
          contactPerson: agency.contactPerson,
          email: agency.email,
          period: rate.period,
          dueDate,
          subject: t('import.reminder.subject', params),
          body: t('import.reminder.body', params),
        },
      ];
    }),
  );
}
