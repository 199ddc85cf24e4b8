import { Ledger, ProgressRow } from '../../../src/core/model/progress';

describe('ProgressRow', () => {
  it('fills defaults for everything but period, agency and code', () => {
    const row = ProgressRow.parse({ period: '2026-Q1', agency: 'MOI', code: 'I1.1' });
    expect(row).toEqual({
      period: '2026-Q1',
      agency: 'MOI',
      code: 'I1.1',
      value: null,
      numerator: null,
      denominator: null,
      category: '',
      implementation: null,
      assessment: null,
      outputs: '',
      activities: '',
      budgetSpent: null,
      donors: '',
      comment: '',
      source: '',
      received: null,
    });
  });

  it('keeps a full row as given', () => {
    const full = {
      period: '2026-H1',
      agency: 'POL',
      code: '1.1.1',
      value: '12%',
      numerator: 3,
      denominator: 25,
      category: 'sex=F',
      implementation: 'postponed' as const,
      assessment: 'offTrack' as const,
      outputs: 'Two trainings',
      activities: 'Training of 40 officers',
      budgetSpent: 1200.5,
      donors: 'EU',
      comment: 'Delayed by procurement',
      source: 'return-POL-2026-H1.xlsx',
      received: 46210,
      from: { table: 'Progress', row: 4 },
    };
    expect(ProgressRow.parse(full)).toEqual(full);
  });

  it('refuses an unknown implementation status or assessment', () => {
    expect(ProgressRow.safeParse({ period: '2026', agency: 'A', code: 'X', implementation: 'done' }).success).toBe(
      false,
    );
    expect(ProgressRow.safeParse({ period: '2026', agency: 'A', code: 'X', assessment: 'atRisk' }).success).toBe(false);
  });

  it('needs period, agency and code', () => {
    expect(ProgressRow.safeParse({ agency: 'A', code: 'X' }).success).toBe(false);
    expect(
      Ledger.safeParse([
        { period: '2026', agency: 'A', code: 'X' },
        { period: '2026', code: 'X' },
      ]).success,
    ).toBe(false);
  });
});
