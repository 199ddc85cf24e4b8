import { AFTER_END, HALFWAY, row, statusOf } from './fixture';

/** Baseline 100 (2025), end target 200 (2027): expected 150 at 2026-12-31. */
describe('rising indicators', () => {
  it.each([
    [150, 'onTrack', 1],
    [142.5, 'onTrack', 0.85],
    [140, 'atRisk', 0.8],
    [125, 'atRisk', 0.5],
    [124, 'offTrack', 0.48],
    [90, 'offTrack', -0.2],
  ])('actual %p at halfway is %s (progress %p)', (value, status, progress) => {
    const r = statusOf({}, [row({ period: '2026', value })]);
    expect(r.status).toBe(status);
    expect(r.progress).toBeCloseTo(progress, 12);
    expect(r.expected).toBe(150);
    expect(r.actual).toBe(value);
    expect(r.achievedShare).toBeCloseTo((value - 100) / 100, 12);
  });

  it('is achieved once the end target is reached, before the end date too', () => {
    const r = statusOf({}, [row({ period: '2026', value: 205 })]);
    expect(r.status).toBe('achieved');
    expect(r.reasonKey).toBe('status.reason.achieved');
    expect(r.twoWay).toBe('on');
  });

  it('explains the numbers in the reason', () => {
    const r = statusOf({}, [row({ period: '2026', value: 130 })]);
    expect(r.reason).toBe(
      'Only 60 % of the progress expected by 31 December 2026 (on track from 85 %, off track below 50 %): actual 130, expected 150, baseline 100, end target 200. ' +
        'No mid-term target: expected values follow a straight line from the baseline to the end target.',
    );
  });

  it('follows the thresholds from the settings', () => {
    const rows = [row({ period: '2026', value: 140 })];
    expect(statusOf({}, rows, HALFWAY, { onTrack: 0.75 }).status).toBe('onTrack');
    expect(statusOf({}, rows, HALFWAY, { offTrack: 0.85, onTrack: 0.9 }).status).toBe('offTrack');
  });

  it('counts at risk as off track in the two-way column unless told otherwise', () => {
    const rows = [row({ period: '2026', value: 130 })];
    expect(statusOf({}, rows).twoWay).toBe('off');
    expect(statusOf({}, rows, HALFWAY, { atRiskCountsAsOffTrack: false }).twoWay).toBe('on');
  });

  it('reads a relative target from the baseline', () => {
    const r = statusOf({ baseline: 200, endTarget: '+10%' }, [row({ period: '2026', value: 210 })]);
    expect(r.target).toBe(220);
    expect(r.expected).toBe(210);
    expect(r.status).toBe('onTrack');
  });
});

describe('falling indicators', () => {
  const tb = { baseline: 541, endTarget: 400, direction: 'decrease' as const };

  it('MCC TB notifications: 541 → 400, actual 454 after the end is 62 % (at risk)', () => {
    const r = statusOf(tb, [row({ period: '2027-Q4', value: 454 })], AFTER_END);
    expect(r.expected).toBe(400);
    expect(r.progress).toBeCloseTo(87 / 141, 12);
    expect(r.achievedShare).toBeCloseTo(87 / 141, 12);
    expect(r.status).toBe('atRisk');
  });

  it('is ahead of the trajectory at halfway', () => {
    const r = statusOf(tb, [row({ period: '2026-Q4', value: 454 })]);
    expect(r.expected).toBe(470.5);
    expect(r.progress).toBeCloseTo(87 / 70.5, 12);
    expect(r.status).toBe('onTrack');
  });

  it('is achieved below the target and off track when rising', () => {
    expect(statusOf(tb, [row({ period: '2026', value: 399 })]).status).toBe('achieved');
    expect(statusOf(tb, [row({ period: '2026', value: 560 })]).status).toBe('offTrack');
  });

  it('infers the direction from the targets when none is given', () => {
    expect(statusOf({ ...tb, direction: null }, [row({ period: '2026', value: 454 })]).status).toBe('onTrack');
  });
});

describe('zero baseline', () => {
  it('measures progress by differences', () => {
    const r = statusOf({ baseline: 0, endTarget: 10, aggregation: 'sum' }, [
      row({ period: '2026-Q1', value: 3 }),
      row({ period: '2026-Q3', value: 2 }),
    ]);
    expect(r.actual).toBe(5);
    expect(r.expected).toBe(5);
    expect(r.progress).toBe(1);
    expect(r.achievedShare).toBe(0.5);
    expect(r.status).toBe('onTrack');
  });
});

describe('no change expected', () => {
  it('baseline equal to the target: achieved when met, off track when moving away', () => {
    const flat = { baseline: 50, endTarget: 50, direction: 'increase' as const };
    const met = statusOf(flat, [row({ period: '2026', value: 50 })]);
    expect(met.status).toBe('achieved');
    expect(met.progress).toBeNull();
    expect(met.achievedShare).toBe(1);
    const missed = statusOf(flat, [row({ period: '2026', value: 49 })]);
    expect(missed.status).toBe('offTrack');
    expect(missed.reasonKey).toBe('status.reason.movingAway');
    expect(missed.achievedShare).toBe(0.98);
  });

  it('a flat stretch before the mid-term: holding is on track, falling back off track', () => {
    const flat = { baseline: 100, midTarget: 100, midDate: 2026, endTarget: 200 };
    const holding = statusOf(flat, [row({ period: '2026-Q2', value: 100 })], '2026-06-30');
    expect(holding.expected).toBe(100);
    expect(holding.progress).toBeNull();
    expect(holding.status).toBe('onTrack');
    expect(holding.reasonKey).toBe('status.reason.noChangeExpected');
    expect(statusOf(flat, [row({ period: '2026-Q2', value: 95 })], '2026-06-30').status).toBe('offTrack');
  });

  it('at the very start of the trajectory nothing can have been reported after the baseline', () => {
    const r = statusOf({ baselineDate: '2026-03-31' }, [row({ period: '2026-Q1', value: 100 })], '2026-03-31');
    expect(r.status).toBe('noData');
    expect(r.notes).toEqual(['MOI: 2026-Q1 ends by the baseline date; left out.']);
  });
});

describe('maintain', () => {
  const keep = { baseline: 50, endTarget: 50, direction: null };

  it.each([
    [50, HALFWAY, 'onTrack', 'status.reason.maintainWithin'],
    [47.5, HALFWAY, 'onTrack', 'status.reason.maintainWithin'],
    [52, AFTER_END, 'achieved', 'status.reason.maintainKept'],
    [46, HALFWAY, 'atRisk', 'status.reason.maintainNear'],
    [55, HALFWAY, 'atRisk', 'status.reason.maintainNear'],
    [40, HALFWAY, 'offTrack', 'status.reason.maintainOutside'],
  ])('actual %p at %s is %s', (value, asOf, status, key) => {
    const r = statusOf(keep, [row({ period: '2026', value })], asOf);
    expect(r.status).toBe(status);
    expect(r.reasonKey).toBe(key);
    expect(r.expected).toBe(50);
    expect(r.progress).toBeNull();
  });

  it('uses the tolerance from the settings', () => {
    expect(statusOf(keep, [row({ period: '2026', value: 46 })], HALFWAY, { maintainTolerance: 0.1 }).status).toBe(
      'onTrack',
    );
  });

  it('counts only deviations past a bound ("at least 80")', () => {
    const atLeast = { baseline: 82, endTarget: 'at least 80', direction: 'maintain' as const };
    expect(statusOf(atLeast, [row({ period: '2026', value: 95 })]).status).toBe('onTrack');
    expect(statusOf(atLeast, [row({ period: '2026', value: 77 })]).status).toBe('onTrack');
    expect(statusOf(atLeast, [row({ period: '2026', value: 74 })]).status).toBe('atRisk');
    expect(statusOf(atLeast, [row({ period: '2026', value: 70 })]).status).toBe('offTrack');
  });

  it('reads "at most" above the baseline as a ceiling to keep under', () => {
    const r = statusOf({ baseline: '2%', endTarget: 'at most 3%', type: 'percentage', direction: null }, [
      row({ period: '2026', value: 2.5 }),
    ]);
    expect(r.status).toBe('onTrack');
    expect(r.reasonKey).toBe('status.reason.maintainWithin');
  });
});

describe('trajectory', () => {
  it('goes through the mid-term target', () => {
    const r = statusOf({ midTarget: 180, midDate: 2026 }, [row({ period: '2026', value: 150 })]);
    expect(r.expected).toBe(180);
    expect(r.progress).toBeCloseTo(50 / 80, 12);
    expect(r.status).toBe('atRisk');
    expect(r.reason).not.toContain('No mid-term target');
  });

  it('puts a mid-term target without a date in the middle of the plan', () => {
    const r = statusOf({ midTarget: 180 }, [row({ period: '2026', value: 150 })]);
    expect(r.reason).toContain(
      'No mid-term date: the mid-term target is due in the middle of the plan, 1 January 2027.',
    );
  });

  it('leaves out a mid-term date outside the trajectory', () => {
    const r = statusOf({ midTarget: 180, midDate: 2029 }, [row({ period: '2026', value: 150 })]);
    expect(r.expected).toBe(150);
    expect(r.reason).toContain('The mid-term date 31 December 2029 is not between the baseline date and the end date');
  });

  it('draws a straight line without a mid-term target, and says so', () => {
    const r = statusOf({ midTarget: 'to be improved' }, [row({ period: '2026', value: 150 })]);
    expect(r.expected).toBe(150);
    expect(r.reason).toContain('The mid-term target "to be improved" cannot be used');
  });

  it('starts at the plan start without a baseline date, and says so', () => {
    const r = statusOf({ baselineDate: null }, [row({ period: '2026', value: 150 })]);
    expect(r.expected).toBeCloseTo(100 + (100 * 364) / 729, 9);
    expect(r.reason).toContain('No baseline date: the trajectory starts at the plan start, 1 January 2026.');
  });

  it('reads a baseline year inside the plan as taken at its start', () => {
    const r = statusOf({ baselineDate: 2026, endDate: 2026 }, [row({ period: '2026-H1', value: 150 })], '2026-07-02');
    expect(r.expected).toBeCloseTo(100 + (100 * 182) / 364, 9);
  });

  it('ends at the plan end without an end date', () => {
    const r = statusOf({ endDate: '' }, [row({ period: '2026', value: 150 })]);
    expect(r.expected).toBe(150);
    expect(r.reason).toContain('No end date: the end target is due at the plan end, 31 December 2027.');
  });

  it('holds the end target after the end date', () => {
    const r = statusOf({}, [row({ period: '2027', value: 190 })], AFTER_END);
    expect(r.expected).toBe(200);
    expect(r.progress).toBeCloseTo(0.9, 12);
    expect(r.status).toBe('onTrack');
  });

  it('is not due yet before the plan starts, still showing what was reported', () => {
    const r = statusOf({}, [row({ period: '2025-Q4', value: 120 })], '2025-12-31');
    expect(r.status).toBe('notDueYet');
    expect(r.reason).toBe(
      'Nothing is due yet: the as-of date 31 December 2025 is before 1 January 2026, when the plan or the trajectory from the baseline starts.',
    );
    expect(r.twoWay).toBeNull();
  });

  it('is not due yet before a baseline dated inside the plan', () => {
    const r = statusOf({ baselineDate: '2026-06-30' }, [], '2026-05-31');
    expect(r.status).toBe('notDueYet');
    expect(r.reason).toContain('before 30 June 2026');
  });
});

describe('not assessable', () => {
  it.each([
    [{ baseline: null }, 'status.reason.noBaseline', 'The indicator has no baseline.'],
    [
      { baseline: 'no research so far' },
      'status.reason.baselineNotMeasurable',
      'The baseline "no research so far" is not a measurable value.',
    ],
    [{ endTarget: '' }, 'status.reason.noTarget', 'The indicator has no end target.'],
    [
      { endTarget: 'improved cooperation' },
      'status.reason.targetNotMeasurable',
      'The end target "improved cooperation" is not a measurable value.',
    ],
    [
      { baseline: 'none measured', endTarget: '+10%' },
      'status.reason.relativeTargetWithoutBaseline',
      'The end target "+10%" is a change from a baseline that is not a number.',
    ],
    [
      { baseline: 'low', endTarget: 200 },
      'status.reason.kindMismatch',
      'The baseline "low" and the end target "200" are not the same kind of value.',
    ],
    [
      { baseline: 100, endTarget: 80, direction: 'increase' as const },
      'status.reason.directionConflict',
      'The direction is "increase", but the end target 80 lies the other way from the baseline 100.',
    ],
    [
      { baselineDate: 2027, endDate: 2026 },
      'status.reason.datesOutOfOrder',
      'The end date 31 December 2026 is not after the start of the trajectory, 1 January 2027.',
    ],
  ])('%p', (ind, key, text) => {
    const r = statusOf(ind, [row({ period: '2026', value: 150 })]);
    expect(r.status).toBe('notAssessable');
    expect(r.reasonKey).toBe(key);
    expect(r.reason).toBe(text);
    expect(r.measure).toBeNull();
    expect(r.twoWay).toBeNull();
    expect(r.notes).toEqual([]);
  });
});

describe('no data', () => {
  it('without any report', () => {
    const r = statusOf({}, []);
    expect(r.status).toBe('noData');
    expect(r.reason).toBe('No value reported for a period that ends by 31 December 2026.');
  });

  it('when every report is for a later period', () => {
    const r = statusOf({}, [row({ period: '2027-Q1', value: 150 })]);
    expect(r.status).toBe('noData');
    expect(r.reasonKey).toBe('status.reason.noReports');
    expect(r.notes).toEqual(['MOI: 2027-Q1 ends after the as-of date; left out.']);
  });

  it('when no reported value is measurable', () => {
    const r = statusOf({}, [
      row({ period: '2026', value: 'see the annual report' }),
      row({ period: 'spring', value: 5 }),
    ]);
    expect(r.status).toBe('noData');
    expect(r.reasonKey).toBe('status.reason.noUsableReports');
    expect(r.notes).toEqual([
      'MOI: the period "spring" cannot be read; the row is left out.',
      'MOI, 2026: "see the annual report" is not a value this indicator can use; left out.',
    ]);
  });

  it('ignores rows that carry only an assessment or a comment', () => {
    const r = statusOf({}, [
      row({ period: '2026', value: 150 }),
      row({ period: '2026', agency: 'POL', comment: 'see MOI' }),
    ]);
    expect(r.status).toBe('onTrack');
    expect(r.notes).toEqual([]);
  });
});

describe('a target date written without its year', () => {
  it('is not placed in the first year of a plan over several, and the reason says so', () => {
    const r = statusOf({ midTarget: 150, midDate: 'IV quarter' }, [row({ period: '2026', value: 150 })]);
    expect(r.reason).toContain('The mid-term date "IV quarter" cannot be read');
  });
});
