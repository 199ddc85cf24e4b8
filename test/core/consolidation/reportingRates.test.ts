import { reportingRates } from '../../../src/core/consolidation/reportingRates';
import type { RegisterEntry } from '../../../src/core/consolidation/submission';
import { periodLock } from '../../../src/core/consolidation/periodLock';
import { submissionIdOf, timelinessOf } from '../../../src/core/consolidation/submission';

function entry(
  agency: string,
  period: string,
  state: RegisterEntry['state'],
  over: Partial<RegisterEntry> = {},
): RegisterEntry {
  return {
    agency,
    period,
    formId: '',
    dueDate: '2026-07-15',
    issuedAt: '',
    receivedAt: '',
    timeliness: null,
    state,
    fileName: '',
    sha256: '',
    values: null,
    problems: null,
    ...over,
  };
}

describe('register: timeliness, reporting rates, locks', () => {
  it('is on time up to and including the due date', () => {
    expect(timelinessOf('2026-07-15T23:59', '2026-07-15')).toBe('onTime');
    expect(timelinessOf('2026-07-16T00:01', '2026-07-15')).toBe('late');
    expect(timelinessOf('2026-07-16T00:01', '')).toBe('onTime');
  });

  it('gives a readable, unique submission id', () => {
    expect(submissionIdOf({ period: '2026-Q2', agency: 'moi', sha256: 'abcdef0123456789' })).toBe(
      '2026-Q2-MOI-ABCDEF012345',
    );
  });

  it('counts expected, received and on-time reports per period, and names the missing and late', () => {
    const register = [
      entry('MOI', '2026-Q2', 'superseded', { receivedAt: '2026-07-10T09:00', timeliness: 'onTime' }),
      entry('MOI', '2026-Q2', 'accepted', { receivedAt: '2026-07-20T09:00', timeliness: 'late' }),
      entry('MOJ', '2026-Q2', 'acceptedWithWarnings', { receivedAt: '2026-07-18T09:00', timeliness: 'late' }),
      entry('MOH', '2026-Q2', 'expected'),
      entry('MOL', '2026-Q2', 'expected'),
      entry('MOL', '2026-Q2', 'refused', { receivedAt: '2026-07-12T09:00', timeliness: 'onTime' }),
      entry('MOI', '2026-Q3', 'expected', { dueDate: '2026-10-15' }),
    ];
    expect(reportingRates(register, '2026-07-31')).toEqual([
      {
        period: '2026-Q2',
        expected: 4,
        received: 2,
        onTime: 1,
        rate: 0.5,
        onTimeRate: 0.25,
        missing: ['MOH', 'MOL'],
        late: ['MOJ'],
        pending: [],
      },
      {
        period: '2026-Q3',
        expected: 1,
        received: 0,
        onTime: 0,
        rate: 0,
        onTimeRate: 0,
        missing: [],
        late: [],
        pending: ['MOI'],
      },
    ]);
  });

  it('takes the last lock or reopening of a period', () => {
    const audit = [
      {
        time: '2026-08-01T10:00',
        who: 'C',
        action: 'lock' as const,
        period: '2026-Q2',
        agency: '',
        formId: '',
        fileName: '',
        sha256: '',
        values: null,
        superseded: null,
        problems: null,
        reason: 'closed',
      },
    ];
    expect(periodLock(audit, '2026-Q2')).toEqual({
      period: '2026-Q2',
      time: '2026-08-01T10:00',
      who: 'C',
      reason: 'closed',
    });
    expect(periodLock(audit, '2026-Q3')).toBeNull();
    expect(periodLock([...audit, { ...audit[0], action: 'reopen', time: '2026-08-02T10:00' }], '2026-Q2')).toBeNull();
  });
});
