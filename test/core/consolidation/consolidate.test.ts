import {
  consolidate,
  type ConsolidationState,
  type IncomingSubmission,
} from '../../../src/core/consolidation/consolidate';
import type { RegisterEntry } from '../../../src/core/consolidation/submission';
import type { AuditEntry } from '../../../src/core/consolidation/auditEntry';
import type { ValidatedRow } from '../../../src/core/consolidation/validateReturnedForm';
import type { ProgressRow } from '../../../src/core/model/progress';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const SHA_C = 'c'.repeat(64);
const context = { now: '2026-07-10T09:00', who: 'Secretariat' };

function vrow(code: string, value: number, category = ''): ValidatedRow {
  return {
    period: '2026-Q2',
    agency: 'MOI',
    code,
    value,
    numerator: null,
    denominator: null,
    category,
    implementation: null,
    assessment: null,
    outputs: '',
    activities: '',
    budgetSpent: null,
    donors: '',
    comment: '',
    source: 'moi.xlsx',
  };
}

function incoming(
  sha256: string,
  rows: ValidatedRow[] | null,
  over: Partial<IncomingSubmission> = {},
): IncomingSubmission {
  return {
    formId: '2026-Q2-MOI-PLAN',
    agency: 'MOI',
    period: '2026-Q2',
    fileName: `moi-${sha256[0]}.xlsx`,
    sha256,
    dueDate: '2026-07-15',
    rows,
    warnings: 0,
    problems: 0,
    reason: rows === null ? 'Not this plan' : '',
    ...over,
  };
}

function expectedRow(over: Partial<RegisterEntry> = {}): RegisterEntry & { at: number } {
  return {
    agency: 'MOI',
    period: '2026-Q2',
    formId: '2026-Q2-MOI-PLAN',
    dueDate: '2026-07-15',
    issuedAt: '2026-06-20T10:00',
    receivedAt: '',
    timeliness: null,
    state: 'expected',
    fileName: '',
    sha256: '',
    values: null,
    problems: null,
    at: 0,
    ...over,
  };
}

const EMPTY: ConsolidationState = { ledger: [], register: [], audit: [] };

/** The state a workbook would hold after the plan is written, as the next read would see it. */
function applied(state: ConsolidationState, plan: ReturnType<typeof consolidate>): ConsolidationState {
  const ledger = state.ledger.map((row) => {
    const mark = plan.ledgerSupersede.find((m) => m.at === row.at);
    return mark ? { ...row, supersededBy: mark.by } : row;
  });
  plan.ledgerAppends.forEach((row) => ledger.push({ ...row, at: ledger.length }));
  const register = state.register.map((entry) => {
    const update = plan.registerUpdates.find((u) => u.at === entry.at);
    return update ? { ...update.entry, at: entry.at } : entry;
  });
  plan.registerAppends.forEach((entry) => register.push({ ...entry, at: register.length }));
  return { ledger, register, audit: [...state.audit, ...plan.auditAppends] };
}

describe('consolidation of returned forms', () => {
  it('adds a first submission: ledger rows with its id, the expected register row filled in, an audit line', () => {
    const state = { ...EMPTY, register: [expectedRow()] };
    const plan = consolidate(state, [incoming(SHA_A, [vrow('I1.1', 12), vrow('I1.1', 5, 'women')])], context);
    expect(plan.ledgerAppends).toHaveLength(2);
    expect(plan.ledgerAppends[0]).toMatchObject({
      code: 'I1.1',
      value: 12,
      submission: '2026-Q2-MOI-AAAAAAAAAAAA',
      supersededBy: '',
      received: '2026-07-10',
    });
    expect(plan.registerAppends).toEqual([]);
    expect(plan.registerUpdates).toEqual([
      {
        at: 0,
        entry: expect.objectContaining({
          state: 'accepted',
          timeliness: 'onTime',
          sha256: SHA_A,
          receivedAt: context.now,
          values: 2,
          issuedAt: '2026-06-20T10:00',
        }),
      },
    ]);
    expect(plan.auditAppends).toEqual([
      expect.objectContaining({ action: 'import', sha256: SHA_A, values: 2, who: 'Secretariat', time: context.now }),
    ]);
    expect(plan.outcomes).toEqual([expect.objectContaining({ kind: 'added', added: 2, superseded: 0 })]);
  });

  it('changes nothing for an identical file, and says so', () => {
    const first = applied(EMPTY, consolidate(EMPTY, [incoming(SHA_A, [vrow('I1.1', 12)])], context));
    const again = consolidate(first, [incoming(SHA_A, [vrow('I1.1', 12)])], { ...context, now: '2026-07-11T08:00' });
    expect(again).toMatchObject({
      ledgerAppends: [],
      ledgerSupersede: [],
      registerUpdates: [],
      registerAppends: [],
      auditAppends: [],
    });
    expect(again.outcomes).toEqual([
      { kind: 'unchanged', sha256: SHA_A, fileName: 'moi-a.xlsx', receivedAt: context.now },
    ]);
  });

  it('supersedes an earlier submission of the same agency and period: kept, marked, never deleted', () => {
    const first = applied(EMPTY, consolidate(EMPTY, [incoming(SHA_A, [vrow('I1.1', 12), vrow('I1.2', 3)])], context));
    const plan = consolidate(first, [incoming(SHA_B, [vrow('I1.1', 14), vrow('I1.3', 1)])], {
      ...context,
      now: '2026-07-20T09:00',
    });
    const newId = '2026-Q2-MOI-BBBBBBBBBBBB';
    expect(plan.ledgerAppends.map((row) => [row.code, row.value, row.submission])).toEqual([
      ['I1.1', 14, newId],
      ['I1.3', 1, newId],
    ]);
    expect(plan.ledgerSupersede).toEqual([
      { at: 0, by: newId },
      { at: 1, by: newId },
    ]);
    expect(plan.registerUpdates).toEqual([
      { at: 0, entry: expect.objectContaining({ sha256: SHA_A, state: 'superseded' }) },
    ]);
    expect(plan.registerAppends).toEqual([
      expect.objectContaining({ sha256: SHA_B, state: 'accepted', timeliness: 'late' }),
    ]);
    expect(plan.auditAppends.map((entry) => [entry.action, entry.sha256])).toEqual([
      ['import', SHA_B],
      ['supersede', SHA_A],
    ]);
    expect(plan.outcomes[0]).toMatchObject({
      kind: 'added',
      added: 2,
      superseded: 2,
      comparison: { added: 1, dropped: 1, changed: [{ code: 'I1.1', category: '', before: '12', after: '14' }] },
    });
  });

  it('in one import of two files for one agency and period, the later one is current', () => {
    const plan = consolidate(EMPTY, [incoming(SHA_A, [vrow('I1.1', 1)]), incoming(SHA_B, [vrow('I1.1', 2)])], context);
    expect(plan.ledgerAppends.map((row) => [row.value, row.supersededBy])).toEqual([
      [1, '2026-Q2-MOI-BBBBBBBBBBBB'],
      [2, ''],
    ]);
    expect(plan.registerAppends.map((entry) => entry.state)).toEqual(['superseded', 'accepted']);
  });

  it('leaves rows typed by hand and other agencies and periods alone', () => {
    const typed: ProgressRow & { at: number } = { ...vrow('I1.1', 9), received: null, at: 0 };
    const other = {
      ...vrow('I1.1', 9),
      agency: 'MOJ',
      received: null,
      submission: '2026-Q2-MOJ-CCCCCCCCCCCC',
      supersededBy: '',
      at: 1,
    };
    const plan = consolidate({ ...EMPTY, ledger: [typed, other] }, [incoming(SHA_A, [vrow('I1.1', 1)])], context);
    expect(plan.ledgerSupersede).toEqual([]);
  });

  it('records a refused file in the register and the audit, with no ledger rows, once', () => {
    const plan = consolidate(EMPTY, [incoming(SHA_C, null, { problems: 1 })], context);
    expect(plan.ledgerAppends).toEqual([]);
    expect(plan.registerAppends).toEqual([expect.objectContaining({ state: 'refused', sha256: SHA_C, values: 0 })]);
    expect(plan.auditAppends).toEqual([expect.objectContaining({ action: 'refuse', reason: 'Not this plan' })]);
    const again = consolidate(applied(EMPTY, plan), [incoming(SHA_C, null)], context);
    expect(again.outcomes[0].kind).toBe('unchanged');
    expect(again.registerAppends).toEqual([]);
  });

  it('refuses imports into a closed period until it is reopened', () => {
    const lock: AuditEntry = {
      time: '2026-07-01T10:00',
      who: 'Coordinator',
      action: 'lock',
      period: '2026-Q2',
      agency: '',
      formId: '',
      fileName: '',
      sha256: '',
      values: null,
      superseded: null,
      problems: null,
      reason: 'Report sent',
    };
    const closed = consolidate({ ...EMPTY, audit: [lock] }, [incoming(SHA_A, [vrow('I1.1', 1)])], context);
    expect(closed.outcomes).toEqual([
      expect.objectContaining({
        kind: 'closed',
        lock: expect.objectContaining({ who: 'Coordinator', reason: 'Report sent' }),
      }),
    ]);
    expect(closed.ledgerAppends).toEqual([]);
    const reopen = { ...lock, time: '2026-07-05T10:00', action: 'reopen' as const, reason: 'Late correction' };
    expect(
      consolidate({ ...EMPTY, audit: [lock, reopen] }, [incoming(SHA_A, [vrow('I1.1', 1)])], context).outcomes[0].kind,
    ).toBe('added');
  });

  it('marks expected forms past their due date as missing', () => {
    const plan = consolidate(
      { ...EMPTY, register: [expectedRow({ agency: 'MOJ', dueDate: '2026-07-05' })] },
      [],
      context,
    );
    expect(plan.registerUpdates).toEqual([
      { at: 0, entry: expect.objectContaining({ agency: 'MOJ', timeliness: 'missing' }) },
    ]);
  });

  describe('a write that failed midway is completed by running the same import again', () => {
    const files = [incoming(SHA_A, [vrow('I1.1', 1), vrow('I1.2', 2)])];
    const second = [incoming(SHA_B, [vrow('I1.1', 5), vrow('I1.2', 6)])];
    const start = applied(
      { ...EMPTY, register: [expectedRow()] },
      consolidate({ ...EMPTY, register: [expectedRow()] }, files, context),
    );
    const full = applied(start, consolidate(start, second, context));

    /** Every prefix of the plan's writes in the order the gateway sends them: ledger, audit, register last. */
    function partial(
      state: ConsolidationState,
      plan: ReturnType<typeof consolidate>,
      steps: number,
    ): ConsolidationState {
      const parts: ReturnType<typeof consolidate>[] = [];
      const empty = {
        ...plan,
        ledgerAppends: [],
        ledgerSupersede: [],
        registerUpdates: [],
        registerAppends: [],
        auditAppends: [],
      };
      const order: (keyof typeof empty)[] = [
        'ledgerAppends',
        'ledgerSupersede',
        'auditAppends',
        'registerUpdates',
        'registerAppends',
      ];
      let taken = { ...empty };
      for (const key of order) {
        const items = plan[key] as unknown[];
        for (const item of items) {
          if (parts.length >= steps) break;
          taken = { ...taken, [key]: [...(taken[key] as unknown[]), item] };
          parts.push(taken);
        }
      }
      return applied(state, parts.length > 0 ? parts[parts.length - 1] : empty);
    }

    const plan = consolidate(start, second, context);
    const total =
      plan.ledgerAppends.length +
      plan.ledgerSupersede.length +
      plan.auditAppends.length +
      plan.registerUpdates.length +
      plan.registerAppends.length;
    it.each(Array.from({ length: total }, (_, i) => i))('after %i of the writes', (steps) => {
      const broken = partial(start, plan, steps);
      const repaired = applied(broken, consolidate(broken, second, context));
      const strip = (s: ConsolidationState) => ({
        ledger: s.ledger
          .map(({ at: _a, ...row }) => row)
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        register: s.register.map(({ at: _a, ...entry }) => entry).sort((a, b) => a.sha256.localeCompare(b.sha256)),
        audit: s.audit.map((entry) => [entry.action, entry.sha256]).sort(),
      });
      expect(strip(repaired)).toEqual(strip(full));
      const settled = consolidate(repaired, second, context);
      expect(settled).toMatchObject({
        ledgerAppends: [],
        ledgerSupersede: [],
        registerUpdates: [],
        registerAppends: [],
        auditAppends: [],
      });
    });
  });
});
