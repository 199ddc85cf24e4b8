import { row, statusOf } from './fixture';

/** Reasons are read by officials: numbers as people say them, never a negative share of progress. */
describe('numbers in status reasons', () => {
  it('gives counts planned in whole numbers as whole numbers', () => {
    // Baseline 0 (2025), end target 11 (2027): a quarter of the way, 2.73 agreements are "expected".
    const r = statusOf(
      { baseline: 0, endTarget: 11, aggregation: 'sum' },
      [row({ period: '2026-Q2', value: 3 })],
      '2026-06-30',
    );
    expect(r.expected).toBeGreaterThan(2);
    expect(r.expected).not.toBe(Math.round(r.expected!));
    expect(r.reason).toContain(`expected ${Math.round(r.expected!)},`);
    expect(r.reason).not.toMatch(/\d\.\d/);
  });

  it('keeps decimals where the plan uses them', () => {
    const r = statusOf({ baseline: 1.5, endTarget: 3.5 }, [row({ period: '2026', value: 2.1 })]);
    expect(r.reason).toContain('expected 2.5,');
  });

  it('says an indicator moved away from its target instead of giving a negative share', () => {
    const r = statusOf({}, [row({ period: '2026', value: 90 })]);
    expect(r.status).toBe('offTrack');
    expect(r.progress).toBeCloseTo(-0.2, 12);
    expect(r.reasonKey).toBe('status.reason.movingAway');
    expect(r.reason).not.toContain('-20');
    expect(r.reason).toContain('Actual 90 has moved from the baseline 100 away from the end target 200.');
  });
});
