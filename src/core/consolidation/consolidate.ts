import type { ProgressRow } from '../model/progress';
import { auditKey, type AuditEntry } from './auditEntry';
import { compareWithEarlier, rowKey, type EarlierComparison } from './earlierComparison';
import { periodLock, type PeriodLock } from './periodLock';
import { expectedTimeliness, isAccepted, submissionIdOf, timelinessOf, type RegisterEntry } from './submission';
import type { ValidatedRow } from './validateReturnedForm';

/** A returned file as the import hands it to consolidation: recognised, validated, its decision taken. */
export interface IncomingSubmission {
  formId: string;
  agency: string;
  period: string;
  fileName: string;
  sha256: string;
  /** The form's own due date (from its metadata), used when the register has no expected row. */
  dueDate: string;
  /** Accepted rows, or null when the file is refused; `reason` says why, already in words. */
  rows: ValidatedRow[] | null;
  warnings: number;
  problems: number;
  reason: string;
}

/** The ledger, register and audit as read, each row with its place in its table body. */
export interface ConsolidationState {
  ledger: readonly (ProgressRow & { at: number })[];
  register: readonly (RegisterEntry & { at: number })[];
  audit: readonly AuditEntry[];
}

export type FileOutcome =
  | {
      kind: 'added';
      sha256: string;
      fileName: string;
      submission: string;
      added: number;
      superseded: number;
      comparison: EarlierComparison;
    }
  | { kind: 'refused'; sha256: string; fileName: string }
  | { kind: 'unchanged'; sha256: string; fileName: string; receivedAt: string }
  | { kind: 'closed'; sha256: string; fileName: string; lock: PeriodLock };

export interface ConsolidationPlan {
  ledgerAppends: ProgressRow[];
  /** Existing ledger rows (body index) that a later submission replaces. */
  ledgerSupersede: { at: number; by: string }[];
  /** Register rows changed in place: an expected row filled in, an earlier submission superseded. */
  registerUpdates: { at: number; entry: RegisterEntry }[];
  registerAppends: RegisterEntry[];
  auditAppends: AuditEntry[];
  outcomes: FileOutcome[];
}

export interface ConsolidationContext {
  /** ISO date-time of the import, and who ran it (from the settings), for the register and the audit. */
  now: string;
  who: string;
}

type RegisterRow = RegisterEntry & { at: number | null };
type LedgerRow = ProgressRow & { at: number | null };

/**
 * Folds returned forms into the ledger, the register and the audit. Everything is derived from the
 * workbook as read, not from what this run believes it added: rows of a submission already in the ledger
 * are not added again, a file already in the register changes nothing, and each agency and period's
 * earlier submissions are superseded by its latest. So running the same import again after a write that
 * failed midway completes it and duplicates nothing, whatever part of the write had landed.
 */
export function consolidate(
  state: ConsolidationState,
  incoming: readonly IncomingSubmission[],
  context: ConsolidationContext,
): ConsolidationPlan {
  const register: RegisterRow[] = state.register.map((entry) => ({ ...entry }));
  const ledger: LedgerRow[] = state.ledger.map((row) => ({ ...row }));
  // Rows by agency and period, so each submission looks only at its own (ledgers hold tens of thousands).
  const units = new Map<string, LedgerRow[]>();
  const unitRows = (unit: string) => units.get(unit) ?? units.set(unit, []).get(unit)!;
  for (const row of ledger) unitRows(unitKey(row)).push(row);
  const auditKeys = new Set(state.audit.map(auditKey));
  const plan: ConsolidationPlan = {
    ledgerAppends: [],
    ledgerSupersede: [],
    registerUpdates: [],
    registerAppends: [],
    auditAppends: [],
    outcomes: [],
  };
  const audit = (entry: Omit<AuditEntry, 'time' | 'who'>) => {
    const full = { time: context.now, who: context.who, ...entry };
    if (auditKeys.has(auditKey(full))) return;
    auditKeys.add(auditKey(full));
    plan.auditAppends.push(full);
  };
  const touched = new Set<string>();
  const counts = new Map<string, { added: number; superseded: number }>();

  for (const submission of incoming) {
    const { sha256, fileName } = submission;
    const lock = periodLock(state.audit, submission.period);
    if (lock) {
      plan.outcomes.push({ kind: 'closed', sha256, fileName, lock });
      continue;
    }
    const known = register.find((entry) => entry.sha256.toLowerCase() === sha256.toLowerCase());
    const base = { agency: submission.agency, period: submission.period, formId: submission.formId, fileName, sha256 };
    if (submission.rows === null) {
      audit({
        action: 'refuse',
        ...base,
        values: 0,
        superseded: null,
        problems: submission.problems,
        reason: submission.reason,
      });
      if (known) plan.outcomes.push({ kind: 'unchanged', sha256, fileName, receivedAt: known.receivedAt });
      else {
        // A file not recognised as a form names no agency or period: the audit keeps it, the register cannot.
        if (submission.agency !== '') register.push(newEntry(submission, context.now, 'refused', null));
        plan.outcomes.push({ kind: 'refused', sha256, fileName });
      }
      continue;
    }
    const id = submissionIdOf(submission);
    const own = unitRows(unitKey(submission));
    const earlier = own.filter((row) => !row.supersededBy && row.submission !== id);
    const present = new Set(own.filter((row) => row.submission === id).map(rowKey));
    const receivedDay = (known?.receivedAt ?? context.now).slice(0, 10);
    const appended = submission.rows
      .filter((row) => !present.has(rowKey(row)))
      .map((row) => ledgerRow(row, receivedDay, id));
    ledger.push(...appended);
    own.push(...appended);
    counts.set(id, { added: appended.length, superseded: 0 });
    touched.add(unitKey(submission));
    // Written with the rows or after them, the audit line is made sure of on every run, like the rows.
    audit({
      action: 'import',
      ...base,
      values: submission.rows.length,
      superseded: null,
      problems: submission.problems,
      reason: '',
    });
    if (known) {
      plan.outcomes.push({ kind: 'unchanged', sha256, fileName, receivedAt: known.receivedAt });
      if (appended.length > 0)
        plan.outcomes[plan.outcomes.length - 1] = added(submission, id, appended.length, earlier);
      continue;
    }
    const accepted = submission.warnings > 0 ? 'acceptedWithWarnings' : 'accepted';
    const expected = register.find(
      (entry) => sameUnit(entry, submission) && entry.state === 'expected' && entry.sha256 === '',
    );
    const entry = newEntry(submission, context.now, accepted, expected ?? null);
    entry.values = submission.rows.length;
    if (expected) Object.assign(expected, entry, { at: expected.at });
    else register.push(entry);
    plan.outcomes.push(added(submission, id, appended.length, earlier));
  }

  supersede(register, units, touched, counts, audit);
  for (const entry of register)
    if (entry.state === 'expected') entry.timeliness = expectedTimeliness(entry, context.now.slice(0, 10));
  collect(plan, state, register, ledger);
  for (const outcome of plan.outcomes)
    if (outcome.kind === 'added') outcome.superseded = counts.get(outcome.submission)?.superseded ?? 0;
  return plan;
}

/**
 * An accepted row as it enters the ledger, built field by field: every row gets one shape, where spreading
 * rows of several shapes (indicator, category, activity) cost microseconds a row over thousands of rows.
 */
function ledgerRow(row: ValidatedRow, received: string, submission: string): LedgerRow {
  return {
    period: row.period,
    agency: row.agency,
    code: row.code,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    category: row.category,
    implementation: row.implementation,
    assessment: row.assessment,
    outputs: row.outputs,
    activities: row.activities,
    budgetSpent: row.budgetSpent,
    donors: row.donors,
    comment: row.comment,
    source: row.source,
    received,
    submission,
    supersededBy: '',
    at: null,
  };
}

function unitKey(entry: { agency: string; period: string }): string {
  return `${entry.agency.trim().toUpperCase()}\u0000${entry.period.trim().toUpperCase()}`;
}

function sameUnit(a: { agency: string; period: string }, b: { agency: string; period: string }): boolean {
  return unitKey(a) === unitKey(b);
}

function newEntry(
  submission: IncomingSubmission,
  now: string,
  state: RegisterEntry['state'],
  expected: RegisterRow | null,
): RegisterRow {
  const dueDate = expected?.dueDate || submission.dueDate;
  return {
    agency: submission.agency,
    period: submission.period,
    formId: submission.formId,
    dueDate,
    issuedAt: expected?.issuedAt ?? '',
    receivedAt: now,
    timeliness: timelinessOf(now, dueDate),
    state,
    fileName: submission.fileName,
    sha256: submission.sha256,
    values: state === 'refused' ? 0 : null,
    problems: submission.problems,
    at: expected ? expected.at : null,
  };
}

function added(
  submission: IncomingSubmission,
  id: string,
  count: number,
  earlier: readonly ProgressRow[],
): FileOutcome {
  return {
    kind: 'added',
    sha256: submission.sha256,
    fileName: submission.fileName,
    submission: id,
    added: count,
    superseded: 0,
    comparison: compareWithEarlier(earlier, submission.rows ?? []),
  };
}

/**
 * In each agency and period an import touched, the last accepted submission in register order is current;
 * earlier accepted ones become superseded, and so do their ledger rows, by the current submission's id.
 */
function supersede(
  register: RegisterRow[],
  units: ReadonlyMap<string, readonly LedgerRow[]>,
  touched: Set<string>,
  counts: Map<string, { added: number; superseded: number }>,
  audit: (entry: Omit<AuditEntry, 'time' | 'who'>) => void,
): void {
  for (const unit of touched) {
    const reports = register.filter(
      (entry) => unitKey(entry) === unit && (isAccepted(entry.state) || entry.state === 'superseded'),
    );
    const current = [...reports].reverse().find((entry) => isAccepted(entry.state));
    if (!current) continue;
    const id = submissionIdOf(current);
    for (const entry of reports) {
      if (entry === current || entry.state === 'superseded') continue;
      entry.state = 'superseded';
      audit({
        action: 'supersede',
        agency: entry.agency,
        period: entry.period,
        formId: entry.formId,
        fileName: entry.fileName,
        sha256: entry.sha256,
        values: null,
        superseded: entry.values,
        problems: null,
        reason: current.fileName,
      });
    }
    const tally = counts.get(id) ?? { added: 0, superseded: 0 };
    counts.set(id, tally);
    for (const row of units.get(unit) ?? []) {
      if (!row.submission || row.submission === id || row.supersededBy) continue;
      row.supersededBy = id;
      tally.superseded += 1;
    }
  }
}

/** Turns the worked state back into writes: what changed in place, and what is new, in table order. */
function collect(
  plan: ConsolidationPlan,
  state: ConsolidationState,
  register: RegisterRow[],
  ledger: LedgerRow[],
): void {
  const before = new Map(state.register.map((entry) => [entry.at, entry]));
  for (const entry of register) {
    const { at, ...values } = entry;
    if (at === null) plan.registerAppends.push(values);
    else if (JSON.stringify(values) !== JSON.stringify(withoutAt(before.get(at))))
      plan.registerUpdates.push({ at, entry: values });
  }
  const ledgerBefore = new Map(state.ledger.map((row) => [row.at, row]));
  for (const row of ledger) {
    const { at, ...values } = row;
    if (at === null) plan.ledgerAppends.push(values);
    else if (row.supersededBy && row.supersededBy !== ledgerBefore.get(at)?.supersededBy)
      plan.ledgerSupersede.push({ at, by: row.supersededBy });
  }
}

function withoutAt(entry: (RegisterEntry & { at: number }) | undefined): RegisterEntry | undefined {
  if (!entry) return undefined;
  const { at: _at, ...values } = entry;
  return values;
}
