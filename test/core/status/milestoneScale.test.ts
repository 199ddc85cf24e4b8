import { AFTER_END, row, statusOf } from './fixture';

/** Due at the end of 2027; the trajectory starts at the end of 2025, so 2026-12-31 is halfway. */
const milestone = {
  type: 'milestone' as const,
  direction: 'achieve' as const,
  baseline: 'There is currently no system in place',
  endTarget: 'Established system for formal identification',
};

describe('milestones', () => {
  it('achieved when reported so', () => {
    const r = statusOf(milestone, [row({ period: '2026-Q2', value: 'achieved' })]);
    expect(r.status).toBe('achieved');
    expect(r.measure).toBe('milestone');
    expect(r.state).toBe('achieved');
    expect(r.achievedShare).toBe(1);
    expect(r.progress).toBeNull();
    expect(r.reason).toBe('Reported as achieved for 2026-Q2, which meets the target.');
  });

  it('partly achieved before the due date is on track', () => {
    const r = statusOf(milestone, [row({ period: '2026-Q4', value: 'partly' })]);
    expect(r.status).toBe('onTrack');
    expect(r.achievedShare).toBe(0.5);
    expect(r.reason).toBe('Reported as partly achieved for 2026-Q4; due 31 December 2027.');
  });

  it('not yet: on track in the first half of the time, at risk in the second', () => {
    expect(statusOf(milestone, [row({ period: '2026-Q2', value: 'not yet' })], '2026-06-30').status).toBe('onTrack');
    const late = statusOf(milestone, [row({ period: '2027-Q1', value: 'no' })], '2027-03-31');
    expect(late.status).toBe('atRisk');
    expect(late.achievedShare).toBe(0);
    expect(late.reasonKey).toBe('status.reason.milestoneNotYetLate');
  });

  it('not achieved by the due date is off track', () => {
    const r = statusOf(milestone, [row({ period: '2027-Q4', value: 'partly' })], AFTER_END);
    expect(r.status).toBe('offTrack');
    expect(r.reason).toBe(
      'Due 31 December 2027 and reported as partly achieved for 2027-Q4, short of the target achieved.',
    );
  });

  it('a missed mid-term milestone is off track', () => {
    const withMid = { ...milestone, midTarget: 'adopted', midDate: '2026-Q3' };
    const r = statusOf(withMid, [row({ period: '2026-Q4', value: 'partly' })]);
    expect(r.status).toBe('offTrack');
    expect(r.reason).toContain('Due 30 September 2026');
    const before = statusOf(withMid, [row({ period: '2026-Q2', value: 'not yet' })], '2026-06-30');
    expect(before.status).toBe('atRisk');
    expect(before.reason).toBe(
      'Reported as not yet achieved for 2026-Q2, though more than half of the time to 30 September 2026 has passed.',
    );
  });

  it('where agencies differ for the same period, the lowest state counts', () => {
    const r = statusOf(milestone, [
      row({ period: '2026-Q4', value: 'yes' }),
      row({ period: '2026-Q4', value: 'partly', agency: 'POL' }),
    ]);
    expect(r.state).toBe('partly');
    expect(r.status).toBe('onTrack');
    expect(r.notes).toEqual(['Agencies reported different states for 2026-Q4; the lowest counts.']);
  });

  it('a number is not a milestone state', () => {
    const r = statusOf(milestone, [row({ period: '2026-Q4', value: 3 })]);
    expect(r.status).toBe('noData');
    expect(r.notes).toEqual(['MOI, 2026-Q4: "3" is not a value this indicator can use; left out.']);
  });

  it('is not due yet before the plan starts', () => {
    expect(statusOf(milestone, [], '2025-06-30').status).toBe('notDueYet');
  });
});

describe('qualitative scales', () => {
  const scale = { type: 'qualitative' as const, baseline: 'low', endTarget: 'full', direction: null };

  it('score none … full as 0 … 4 and follow the trajectory', () => {
    const r = statusOf(scale, [row({ period: '2026', value: 'partial' })]);
    expect(r.measure).toBe('scale');
    expect(r.baseline).toBe(1);
    expect(r.target).toBe(4);
    expect(r.expected).toBe(2.5);
    expect(r.actual).toBe(2);
    expect(r.progress).toBeCloseTo(1 / 1.5, 12);
    expect(r.status).toBe('atRisk');
    expect(r.reason).toContain('actual partial, expected 2.5, baseline low, end target full');
  });

  it('achieved at the target level', () => {
    expect(statusOf(scale, [row({ period: '2026', value: 'full' })]).status).toBe('achieved');
    expect(statusOf(scale, [row({ period: '2026', value: 'high' })]).status).toBe('onTrack');
  });

  it('where agencies differ, the lowest level counts', () => {
    const r = statusOf(scale, [
      row({ period: '2026', value: 'high' }),
      row({ period: '2026', value: 'low', agency: 'POL' }),
    ]);
    expect(r.actual).toBe(1);
    expect(r.status).toBe('offTrack');
  });

  it('a number is not a level', () => {
    const r = statusOf(scale, [row({ period: '2026', value: 3 })]);
    expect(r.status).toBe('noData');
    expect(r.notes).toHaveLength(1);
  });
});
