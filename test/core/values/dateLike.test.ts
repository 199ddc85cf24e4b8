import { type DateLike, parseDateLike } from '../../../src/core/values/dateLike';

const start = { bound: 'start' as const, defaultYear: 2026 };
const end = { bound: 'end' as const, defaultYear: 2026 };

describe('parseDateLike', () => {
  it.each([
    ['I quarter', start, '2026-01-01', 'quarter'],
    ['I quarter', end, '2026-03-31', 'quarter'],
    ['IV quarter', end, '2026-12-31', 'quarter'],
    ['I quarter 2027', end, '2027-03-31', 'quarter'],
    ['Q3 2026', start, '2026-07-01', 'quarter'],
    ['2026-Q3', end, '2026-09-30', 'quarter'],
    ['2027 Q2', end, '2027-06-30', 'quarter'],
    ['Q1', end, '2026-03-31', 'quarter'],
    ['IV kvartal', end, '2026-12-31', 'quarter'],
    ['IV kvartal 2027. godine', end, '2027-12-31', 'quarter'],
    ['III квартал', start, '2026-07-01', 'quarter'],
    ['first quarter', end, '2026-03-31', 'quarter'],
    ['I-IV kvartal', start, '2026-01-01', 'quarter'],
    ['I-IV kvartal', end, '2026-12-31', 'quarter'],
    ['H1 2026', end, '2026-06-30', 'half'],
    ['2026-H2', start, '2026-07-01', 'half'],
    ['second half of 2027', end, '2027-12-31', 'half'],
    ['2026-09-30', start, '2026-09-30', 'day'],
    ['2026/9/30', start, '2026-09-30', 'day'],
    ['2026-09-30 00:00:00', start, '2026-09-30', 'day'],
    ['2026-09-30T00:00:00Z', start, '2026-09-30', 'day'],
    ['30.9.2026', start, '2026-09-30', 'day'],
    ['30.09.2026', start, '2026-09-30', 'day'],
    ['30.09.2026.', start, '2026-09-30', 'day'],
    ['30/09/2026', start, '2026-09-30', 'day'],
    ['2026-09', end, '2026-09-30', 'month'],
    ['09/2026', start, '2026-09-01', 'month'],
    ['September 2026', end, '2026-09-30', 'month'],
    ['14-Apr-2009', start, '2009-04-14', 'day'],
    ['18-Dec-08', start, '2008-12-18', 'day'],
    ['end of 2026', end, '2026-12-31', 'year'],
    ['by 2027', end, '2027-12-31', 'year'],
    ['by the end of 2027', start, '2027-01-01', 'year'],
    ['Kontinuirano do kraja 2018.\ngodine', end, '2018-12-31', 'year'],
    [2026, start, '2026-01-01', 'year'],
    ['2026', end, '2026-12-31', 'year'],
    [46295, start, '2026-09-30', 'day'],
  ] as const)('%p (%o) is %s', (value, opts, iso, precision) => {
    const { yearAssumed, ...date } = parseDateLike(value, opts) as Extract<DateLike, { kind: 'date' }>;
    expect(date).toEqual({ kind: 'date', iso, precision });
    // Only a date written without its year took the default one.
    expect(yearAssumed === true).toBe(typeof value === 'string' && !/\d{2}\b/u.test(value));
  });

  it.each([null, '', '  ', 'n/a', '-', 'N/A'])('%p is blank', (value) => {
    expect(parseDateLike(value, start)).toEqual({ kind: 'blank' });
  });

  it.each([
    ['I quarter', { bound: 'start' as const }],
    ['Annual', start],
    ['V quarter', start],
    ['31.02.2026', start],
    ['soon', start],
    ['Q5 2026', start],
    ['13/2026', start],
  ])('%p is invalid', (value, opts) => {
    expect(parseDateLike(value, opts)).toEqual({ kind: 'invalid', text: value });
  });

  it('rejects numbers that are neither years nor serials', () => {
    expect(parseDateLike(42, start)).toEqual({ kind: 'invalid', text: '42' });
    expect(parseDateLike(true, start)).toEqual({ kind: 'invalid', text: 'true' });
  });
});
