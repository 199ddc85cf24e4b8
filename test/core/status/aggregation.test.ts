import { row, statusOf } from './fixture';

describe('sum', () => {
  const sum = { aggregation: 'sum' as const, baseline: 100, endTarget: 200 };

  it('adds the periods after the baseline date to the baseline, across agencies', () => {
    const r = statusOf(sum, [
      row({ period: '2025-Q4', value: 99 }),
      row({ period: '2026-Q1', value: 10 }),
      row({ period: '2026-Q2', value: 15 }),
      row({ period: '2026-Q3', value: 5, agency: 'POL' }),
    ]);
    expect(r.actual).toBe(130);
    expect(r.lastPeriod).toBe('2026-Q3');
    expect(r.notes).toEqual(['MOI: 2025-Q4 ends by the baseline date; left out.']);
  });

  it('counts a repeated row once: the later one', () => {
    const r = statusOf(sum, [
      row({ period: '2026-Q1', value: 10 }),
      row({ period: '2026-q1', value: 12, agency: ' moi ' }),
    ]);
    expect(r.actual).toBe(112);
    expect(r.notes).toEqual(['MOI reported 2026-Q1 more than once; the last row counts.']);
  });

  it('counts overlapping periods of one agency once, by the longer period', () => {
    const r = statusOf(sum, [
      row({ period: '2026-Q1', value: 10 }),
      row({ period: '2026-Q2', value: 15 }),
      row({ period: '2026-H1', value: 30 }),
      row({ period: '2026-Q2', value: 7, agency: 'POL' }),
    ]);
    expect(r.actual).toBe(137);
    expect(r.notes).toEqual([
      'MOI: 2026-Q1 overlaps 2026-H1; only 2026-H1 counts.',
      'MOI: 2026-Q2 overlaps 2026-H1; only 2026-H1 counts.',
    ]);
  });

  it('uses the total where there is one, and one breakdown added up where there is not', () => {
    const r = statusOf(sum, [
      row({ period: '2026-Q1', value: 10 }),
      row({ period: '2026-Q1', value: 4, category: 'sex=F' }),
      row({ period: '2026-Q2', value: 6, category: 'sex=F' }),
      row({ period: '2026-Q2', value: 5, category: 'sex=M' }),
      row({ period: '2026-Q2', value: 2, category: 'age=child' }),
    ]);
    expect(r.actual).toBe(121);
    expect(r.notes).toEqual(['MOI, 2026-Q2: no total reported, so the values by sex are added up.']);
  });

  it('never adds up a percentage: the latest counts, and the reason says so', () => {
    const r = statusOf({ type: 'percentage', baseline: '40%', endTarget: '60%', aggregation: 'sum' }, [
      row({ period: '2026-Q1', value: '45%' }),
      row({ period: '2026-Q2', value: '50%' }),
    ]);
    expect(r.actual).toBe(50);
    expect(r.reason).toContain('A percentage is never added up: the latest value counts, not the sum.');
  });

  it('reads values written as text in the plan locale', () => {
    const r = statusOf(sum, [
      row({ period: '2026-Q1', value: '1,000' }),
      row({ period: '2026-Q2', value: 'at least 5' }),
    ]);
    expect(r.actual).toBe(1105);
  });
});

describe('latest', () => {
  it('takes the most recent value', () => {
    const r = statusOf({}, [
      row({ period: '2026-Q3', value: 150 }),
      row({ period: '2026-Q1', value: 190 }),
      row({ period: '2026-Q2', value: 130 }),
    ]);
    expect(r.actual).toBe(150);
    expect(r.lastPeriod).toBe('2026-Q3');
  });

  it('adds up counts across agencies, each at its latest, and says so', () => {
    const r = statusOf({}, [
      row({ period: '2026-Q1', value: 50 }),
      row({ period: '2026-Q3', value: 60 }),
      row({ period: '2026-Q2', value: 80, agency: 'POL' }),
    ]);
    expect(r.actual).toBe(140);
    expect(r.notes).toEqual(['The latest values of MOI, POL are added up.']);
  });

  it('never adds percentages: agencies that differ are a conflict', () => {
    const pct = { type: 'percentage' as const, baseline: '40%', endTarget: '60%' };
    const r = statusOf(pct, [
      row({ period: '2026-Q4', value: '45%' }),
      row({ period: '2026-Q4', value: '55%', agency: 'POL' }),
    ]);
    expect(r.status).toBe('noData');
    expect(r.reason).toBe(
      'Agencies reported different values for 2026-Q4 (MOI: 45; POL: 55) that cannot be added up; report one total, or a numerator and a denominator.',
    );
    const agree = statusOf(pct, [
      row({ period: '2026-Q4', value: '50%' }),
      row({ period: '2026-Q4', value: 50, agency: 'POL' }),
    ]);
    expect(agree.actual).toBe(50);
    expect(agree.status).toBe('onTrack');
  });

  it('adds up a count reported only by its breakdown, one dimension of it', () => {
    const r = statusOf({}, [
      row({ period: '2026-Q4', value: 30, category: 'sex=F' }),
      row({ period: '2026-Q4', value: 20, category: 'sex=M' }),
      row({ period: '2026-Q4', value: 7, category: 'age=child' }),
    ]);
    expect(r.status).not.toBe('noData');
    expect(r.actual).toBe(50);
    expect(r.notes).toEqual(['MOI, 2026-Q4: no total reported, so the values by sex are added up.']);
  });

  it('does not add up the breakdown of a percentage', () => {
    const r = statusOf({ type: 'percentage', baseline: '40%', endTarget: '60%' }, [
      row({ period: '2026-Q4', value: '45%', category: 'sex=F' }),
    ]);
    expect(r.status).toBe('noData');
    expect(r.notes).toEqual([
      'MOI, 2026-Q4: only values by category were reported, and this indicator does not add them up; left out.',
    ]);
  });

  it('is the rule when no aggregation is set, and the reason says so', () => {
    const r = statusOf({ aggregation: null }, [
      row({ period: '2026-Q1', value: 120 }),
      row({ period: '2026-Q2', value: 150 }),
    ]);
    expect(r.actual).toBe(150);
    expect(r.reason).toContain('No aggregation is set: the latest value counts.');
  });
});

describe('ratio', () => {
  const ratio = { type: 'percentage' as const, aggregation: 'ratio' as const, baseline: '30%', endTarget: '50%' };

  it('adds numerators and denominators across agencies and periods, then divides', () => {
    const r = statusOf(ratio, [
      row({ period: '2026-Q1', numerator: 10, denominator: 50 }),
      row({ period: '2026-Q2', numerator: 30, denominator: 50, value: '60%' }),
      row({ period: '2026-Q2', numerator: 40, denominator: 100, agency: 'POL' }),
    ]);
    expect(r.actual).toBe(40);
    expect(r.expected).toBe(40);
    expect(r.status).toBe('onTrack');
  });

  it('keeps the plan scale where the plan writes fractions', () => {
    const r = statusOf({ ...ratio, type: 'rate', baseline: 0.3, endTarget: 0.5 }, [
      row({ period: '2026', numerator: 2, denominator: 5 }),
    ]);
    expect(r.actual).toBeCloseTo(0.4, 12);
  });

  it('reads a plan in percent below 1 % as percent, not as a fraction', () => {
    const small = { ...ratio, direction: 'decrease' as const, baseline: '0.8%', endTarget: '0.5%' };
    const r = statusOf(small, [row({ period: '2026', numerator: 53, denominator: 10000 })]);
    expect(r.actual).toBeCloseTo(0.53, 12);
    expect(r.status).not.toBe('achieved');
    expect(r.achievedShare).toBeCloseTo(0.9, 12);
  });

  it('leaves out periods without numerator and denominator', () => {
    const r = statusOf(ratio, [
      row({ period: '2026-Q1', numerator: 4, denominator: 10 }),
      row({ period: '2026-Q2', value: '90%' }),
    ]);
    expect(r.actual).toBe(40);
    expect(r.notes).toEqual(['MOI, 2026-Q2: no numerator and denominator; left out of the ratio.']);
  });

  it('adds up one breakdown of numerators and denominators', () => {
    const r = statusOf(ratio, [
      row({ period: '2026', numerator: 1, denominator: 4, category: 'sex=F' }),
      row({ period: '2026', numerator: 3, denominator: 6, category: 'sex=M' }),
    ]);
    expect(r.actual).toBe(40);
  });

  it('falls back to the latest value when nobody reported the parts', () => {
    const r = statusOf(ratio, [row({ period: '2026-Q1', value: '35%' }), row({ period: '2026-Q3', value: '41%' })]);
    expect(r.actual).toBe(41);
    expect(r.notes).toEqual(['No numerators and denominators were reported: the latest reported value counts.']);
  });

  it('has no value when the denominators add up to zero', () => {
    const r = statusOf(ratio, [row({ period: '2026', numerator: 0, denominator: 0 })]);
    expect(r.status).toBe('noData');
    expect(r.reasonKey).toBe('status.reason.zeroDenominator');
  });
});

describe('reported values', () => {
  it.each([
    ['-30', -30],
    ['-4,423', -4423],
    ['+12', 12],
  ])('take %p typed into a text cell as the number it says', (value, expected) => {
    const r = statusOf({ baseline: 0, endTarget: -100, direction: 'decrease' }, [row({ period: '2026', value })]);
    expect(r.actual).toBe(expected);
    expect(r.notes).toEqual([]);
  });
});
