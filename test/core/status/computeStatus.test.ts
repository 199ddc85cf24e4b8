import { examplePlan } from '../../../src/core/example/examplePlan';
import { en } from '../../../src/core/example/text/en';
import { INDICATOR_STATUSES, StatusReport } from '../../../src/core/status';
import { activity, HALFWAY, indicator, plan, rawReport, report, row, SETTINGS, statusOf } from './fixture';

describe('roll-up to outcomes and areas', () => {
  /** Objective 1: achieved, on track, at risk, off track, no data. Objective 2: not due yet only. */
  const p = plan({
    indicators: [
      indicator({ code: 'I1.1' }),
      indicator({ code: 'I1.2' }),
      indicator({ code: 'I1.3' }),
      indicator({ code: 'I1.4' }),
      indicator({ code: 'I1.5' }),
      indicator({ code: 'I2.1', objective: '2', baselineDate: '2027-06-30' }),
    ],
    activities: [activity({ code: '1.1.1' }), activity({ code: '2.1.1', keyMeasure: '2.1' })],
  });
  const rows = [
    row({ code: 'I1.1', period: '2026', value: 200 }),
    row({ code: 'I1.2', period: '2026', value: 150 }),
    row({ code: 'I1.3', period: '2026', value: 130 }),
    row({ code: 'I1.4', period: '2026', value: 100 }),
    row({ code: '1.1.1', period: '2026-Q4', implementation: 'completed' }),
  ];

  it('counts statuses and judges by the share of assessable indicators on track or achieved', () => {
    const r = report(p, rows);
    const [o1, o2] = r.objectives;
    expect(o1.counts).toEqual({
      achieved: 1,
      onTrack: 1,
      atRisk: 1,
      offTrack: 1,
      notDueYet: 0,
      noData: 1,
      notAssessable: 0,
    });
    expect(o1.assessable).toBe(4);
    expect(o1.share).toBe(0.5);
    expect(o1.status).toBe('offTrack');
    expect(o1.reason).toBe('2 of 4 assessable indicators (50 %) are on track or achieved; on track needs 75 %.');
    expect(o1.activityCounts.done).toBe(1);
    expect(o2.counts.notDueYet).toBe(1);
    expect(o2.status).toBe('notAssessable');
    expect(o2.reason).toBe('Its one indicator cannot be assessed yet.');
    expect(o2.activityCounts.noData).toBe(1);
  });

  it('uses the share from the settings, meeting it exactly counts', () => {
    const o1 = report(p, rows, HALFWAY, { rollupOnTrackShare: 0.5 }).objectives[0];
    expect(o1.status).toBe('onTrack');
    expect(o1.reason).toBe('2 of 4 assessable indicators (50 %) are on track or achieved; on track from 50 %.');
  });

  it('rolls areas up from the objectives in them', () => {
    const r = report(p, rows);
    expect(r.areas.map((a) => [a.code, a.assessable, a.status])).toEqual([
      ['1', 4, 'offTrack'],
      ['2', 0, 'notAssessable'],
    ]);
  });

  it('produces a report of the declared shape, with every status list complete', () => {
    const r = rawReport(p, rows);
    expect(StatusReport.parse(r)).toEqual(r);
    expect(Object.keys(r.objectives[0].counts)).toEqual([...INDICATOR_STATUSES]);
    expect(r.indicators.map((i) => i.area)).toEqual(['1', '1', '1', '1', '1', '2']);
  });

  it('places indicators and activities under an objective typed "1." as Check accepts it', () => {
    const typed = plan({
      objectives: [
        { code: '1.', area: '1 ', text: 'Objective 1' },
        { code: '2', area: '2', text: 'Objective 2' },
      ],
      indicators: [indicator({ code: 'I1.1', objective: '1' })],
      activities: [activity({ code: '1.1.1', keyMeasure: '1.1.' })],
    });
    const r = report(typed, [row({ code: 'I1.1', period: '2026', value: 200 })]);
    expect(r.indicators[0]).toMatchObject({ objective: '1.', area: '1' });
    expect(r.activities[0]).toMatchObject({ objective: '1.', area: '1' });
    expect(r.objectives[0].counts.achieved).toBe(1);
    expect(r.areas[0].assessable).toBe(1);
  });
});

describe('self-assessment', () => {
  it('flags an agency that says on track where the data say off track', () => {
    const r = statusOf({}, [
      row({ period: '2026', value: 110, assessment: 'onTrack' }),
      row({ period: '2026', agency: 'POL', assessment: 'offTrack' }),
    ]);
    expect(r.status).toBe('offTrack');
    expect(r.selfAssessment).toEqual([
      { agency: 'MOI', period: '2026', assessment: 'onTrack', mismatch: true },
      { agency: 'POL', period: '2026', assessment: 'offTrack', mismatch: false },
    ]);
    expect(r.notes).toEqual(['MOI assessed it as On track (2026); the computed status is Off track.']);
  });

  it('takes each agency’s latest assessment and follows the two-way setting for at risk', () => {
    const rows = [
      row({ period: '2026-Q1', assessment: 'offTrack' }),
      row({ period: '2026-Q4', value: 130, assessment: 'onTrack' }),
    ];
    expect(statusOf({}, rows).selfAssessment).toEqual([
      { agency: 'MOI', period: '2026-Q4', assessment: 'onTrack', mismatch: true },
    ]);
    expect(statusOf({}, rows, HALFWAY, { atRiskCountsAsOffTrack: false }).selfAssessment[0].mismatch).toBe(false);
  });

  it('cannot disagree where nothing was computed', () => {
    const r = statusOf({ baseline: null }, [row({ period: '2026', assessment: 'onTrack' })]);
    expect(r.selfAssessment).toEqual([{ agency: 'MOI', period: '2026', assessment: 'onTrack', mismatch: false }]);
  });

  it('applies to activities too', () => {
    const r = report(
      plan({ activities: [activity()] }),
      [row({ code: '1.1.1', period: '2027-Q1', implementation: 'ongoing', assessment: 'onTrack' })],
      '2027-03-31',
    );
    expect(r.activities[0].status).toBe('delayed');
    expect(r.activities[0].selfAssessment[0].mismatch).toBe(true);
  });
});

describe('ledger codes', () => {
  it('match without case or spaces, and "1.1" for "I1.1" when nothing else could be meant', () => {
    const r = report(plan({ indicators: [indicator()] }), [
      row({ code: ' i1.1 ', period: '2026-Q1', value: 110 }),
      row({ code: '1.1', period: '2026-Q2', value: 150 }),
    ]);
    expect(r.indicators[0].actual).toBe(150);
    expect(r.unmatchedCodes).toEqual([]);
  });

  it('do not guess where "1.1" is ambiguous', () => {
    const two = plan({ indicators: [indicator({ code: 'I1.1' }), indicator({ code: 'P1.1' })] });
    const r = report(two, [
      row({ code: '1.1', period: '2026', value: 150 }),
      row({ code: 'X9', period: '2026', value: 1 }),
    ]);
    expect(r.indicators.map((i) => i.status)).toEqual(['noData', 'noData']);
    expect(r.unmatchedCodes).toEqual(['1.1', 'X9']);
  });

  it('keep activities and indicators apart', () => {
    const r = report(plan({ indicators: [indicator()], activities: [activity({ code: '1.1' })] }), [
      row({ code: '1.1', period: '2026', value: 150, implementation: 'ongoing' }),
    ]);
    expect(r.indicators[0].status).toBe('noData');
    expect(r.activities[0].implementation).toBe('ongoing');
  });
});

describe('How status is computed', () => {
  it('states the thresholds in force', () => {
    const lines = report(plan(), []).explanation;
    expect(lines[0]).toBe('How status is computed (as of 31 December 2026)');
    expect(lines).toContain(
      'Achieved: the end target is reached. On track: progress of at least 85 % of what is expected. At risk: from 50 % to below 85 %. Off track: below 50 %.',
    );
    expect(lines).toContain('In the two-way On track / Off track columns, at risk counts as off track.');
    expect(lines).toContain(
      'An outcome or area is on track when at least 75 % of its assessable indicators are on track or achieved.',
    );
  });

  it('follows the settings', () => {
    const lines = report(plan(), [], HALFWAY, {
      onTrack: 0.9,
      offTrack: 0.6,
      atRiskCountsAsOffTrack: false,
      rollupOnTrackShare: 0.8,
      maintainTolerance: 0.1,
    }).explanation;
    expect(lines).toContain(
      'Achieved: the end target is reached. On track: progress of at least 90 % of what is expected. At risk: from 60 % to below 90 %. Off track: below 60 %.',
    );
    expect(lines).toContain('In the two-way On track / Off track columns, at risk counts as on track.');
    expect(lines).toContain(
      'An outcome or area is on track when at least 80 % of its assessable indicators are on track or achieved.',
    );
    expect(lines).toContain(
      'Indicators that should be maintained are on track within 10 % of their level, at risk within twice that, and off track beyond.',
    );
  });
});

describe("the guide's Annex 3 example plan", () => {
  it('is judged where it can be, and says why not where it cannot', () => {
    const p = examplePlan(SETTINGS, en);
    const r = report(p, [
      row({ code: 'I1.1', period: '2026', value: 4, agency: 'ATC', assessment: 'onTrack' }),
      row({ code: 'I3.1', period: '2026-Q4', value: 'partly established', agency: 'MOI' }),
      row({ code: '1.1.1', period: '2026-Q1', implementation: 'completed', agency: 'ATC' }),
    ]);
    const byCode = new Map(r.indicators.map((i) => [i.code, [i.status, i.reasonKey]]));
    expect(byCode.get('I1.1')).toEqual(['onTrack', 'status.reason.onTrack']);
    expect(byCode.get('I2.1')).toEqual(['notAssessable', 'status.reason.relativeTargetWithoutBaseline']);
    expect(byCode.get('I3.1')).toEqual(['onTrack', 'status.reason.milestonePartly']);
    expect(byCode.get('I4.1')).toEqual(['noData', 'status.reason.noReports']);
    expect(r.indicators[0].selfAssessment).toEqual([
      { agency: 'ATC', period: '2026', assessment: 'onTrack', mismatch: false },
    ]);
    expect(r.activities.find((a) => a.code === '1.1.1')?.status).toBe('done');
    expect(r.areas.map((a) => a.status)).toEqual(['onTrack', 'notAssessable', 'onTrack', 'notAssessable']);
  });
});
