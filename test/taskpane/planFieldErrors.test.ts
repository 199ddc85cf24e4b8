import { translator } from '../../src/core/i18n/translate';
import { planFieldErrors } from '../../src/taskpane/planFieldErrors';

const t = translator('en');

describe('plan field errors', () => {
  const value = {
    title: 'NAP',
    country: '',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    reportingFrequency: 'quarterly' as const,
  };
  it('accept a complete plan', () => {
    expect(planFieldErrors(value, t)).toEqual({});
  });
  it('refuse a blank title, an impossible date and a reversed period', () => {
    expect(planFieldErrors({ ...value, title: ' ', periodStart: '2027-02-30' }, t)).toEqual({
      title: 'This field is required.',
      periodStart: 'Enter a date as YYYY-MM-DD.',
    });
    expect(planFieldErrors({ ...value, periodEnd: '2025-12-31' }, t)).toEqual({
      periodEnd: 'The plan period ends before it starts.',
    });
  });
});
