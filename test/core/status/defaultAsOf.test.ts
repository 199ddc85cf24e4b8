import { defaultAsOf } from '../../../src/core/status/defaultAsOf';

const plan = { periodStart: '2026-01-01', periodEnd: '2028-12-31', reportingFrequency: 'quarterly' as const };

describe('the default "as of" date', () => {
  it('is the end of the last reporting period that is over', () => {
    expect(defaultAsOf(plan, '2026-12-01')).toBe('2026-09-30');
    expect(defaultAsOf(plan, '2026-09-30')).toBe('2026-09-30');
    expect(defaultAsOf({ ...plan, reportingFrequency: 'semiannual' }, '2026-12-01')).toBe('2026-06-30');
    expect(defaultAsOf({ ...plan, reportingFrequency: 'annual' }, '2027-03-15')).toBe('2026-12-31');
  });

  it('is never before the plan starts: the plan start while no period is over', () => {
    expect(defaultAsOf(plan, '2025-06-01')).toBe('2026-01-01');
    expect(defaultAsOf(plan, '2026-02-10')).toBe('2026-01-01');
    expect(defaultAsOf({ ...plan, reportingFrequency: 'annual' }, '2026-12-30')).toBe('2026-01-01');
  });

  it('stays inside the plan: its end once the plan is over, even mid-period', () => {
    expect(defaultAsOf(plan, '2031-05-05')).toBe('2028-12-31');
    expect(defaultAsOf({ ...plan, periodEnd: '2028-05-15' }, '2028-07-01')).toBe('2028-05-15');
  });
});
