import { combineImplementation } from '../../../src/core/status/activityStatus';
import { activity, activityStatusOf, plan, report, row, SETTINGS } from './fixture';

/** Planned from the II quarter to the IV quarter of the plan's first year, 2026. */
const act = (over: Parameters<typeof row>[0]) => row({ code: '1.1.1', ...over });

describe('activities', () => {
  it('reads planned quarters', () => {
    const r = activityStatusOf({}, [], '2026-01-31');
    expect(r.plannedStart).toBe('2026-04-01');
    expect(r.plannedEnd).toBe('2026-12-31');
    expect(r.keyMeasure).toBe('1.1');
    expect(r.objective).toBe('1');
    expect(r.area).toBe('1');
  });

  it('places a quarter without a year in a one-year plan, and does not guess one in a plan over several', () => {
    const yearless = activity({ start: 'II quarter', completion: 'IV quarter' });
    const oneYear = { ...plan({ activities: [yearless] }), settings: { ...SETTINGS, periodEnd: '2026-12-31' } };
    expect(report(oneYear, [], '2026-01-31').activities[0]).toMatchObject({
      plannedStart: '2026-04-01',
      plannedEnd: '2026-12-31',
    });
    const [several] = report(plan({ activities: [yearless] }), [], '2026-01-31').activities;
    expect(several).toMatchObject({ status: 'notAssessable', plannedStart: null, plannedEnd: null });
    expect(several.reason).toBe(
      'The planned completion "IV quarter" has no year, and the plan runs over several years: add the year in the plan.',
    );
  });

  it.each([
    ['completed', '2026-06-30', 'done', 'on', 'Reported completed (2026-Q2).'],
    ['cancelled', '2026-06-30', 'cancelled', null, 'Reported cancelled (2026-Q2).'],
    ['ongoing', '2026-06-30', 'onSchedule', 'on', 'Ongoing (2026-Q2); planned completion 31 December 2026.'],
    [
      'ongoing',
      '2027-03-31',
      'delayed',
      'off',
      'The planned completion 31 December 2026 has passed and the activity is not reported completed.',
    ],
    ['postponed', '2026-06-30', 'delayed', 'off', 'Reported postponed (2026-Q2); planned completion 31 December 2026.'],
    ['notStarted', '2026-06-30', 'notStarted', 'off', 'Not started, though planned to start 1 April 2026.'],
  ] as const)('%s reported for 2026-Q2, as of %s: %s', (implementation, asOf, status, twoWay, reason) => {
    const r = activityStatusOf({}, [act({ period: '2026-Q2', implementation })], asOf);
    expect(r.status).toBe(status);
    expect(r.implementation).toBe(implementation);
    expect(r.twoWay).toBe(twoWay);
    expect(r.reason).toBe(reason);
  });

  it('not started before its planned start', () => {
    const r = activityStatusOf(
      { start: 'III quarter 2026' },
      [act({ period: '2026-Q2', implementation: 'notStarted' })],
      '2026-06-30',
    );
    expect(r.status).toBe('notStarted');
    expect(r.reason).toBe('Not started; planned to start 1 July 2026.');
    expect(r.twoWay).toBeNull();
  });

  it('without a report: not started before the start, no data after it', () => {
    expect(activityStatusOf({}, [], '2026-03-31').status).toBe('notStarted');
    const r = activityStatusOf({}, [], '2026-06-30');
    expect(r.status).toBe('noData');
    expect(r.reason).toBe('No implementation status reported for a period that ends by 30 June 2026.');
  });

  it('the latest report counts', () => {
    const r = activityStatusOf(
      {},
      [act({ period: '2026-Q3', implementation: 'completed' }), act({ period: '2026-Q2', implementation: 'ongoing' })],
      '2026-12-31',
    );
    expect(r.status).toBe('done');
    expect(r.lastPeriod).toBe('2026-Q3');
  });

  it('a report for a later period does not count yet', () => {
    const r = activityStatusOf(
      {},
      [act({ period: '2026-Q2', implementation: 'ongoing' }), act({ period: '2026-Q4', implementation: 'completed' })],
      '2026-09-30',
    );
    expect(r.status).toBe('onSchedule');
    expect(r.notes).toEqual(['MOI: 2026-Q4 ends after the as-of date; left out.']);
  });

  it('is not assessable without a readable completion date, unless done or cancelled', () => {
    const blank = activityStatusOf(
      { completion: null },
      [act({ period: '2026-Q2', implementation: 'ongoing' })],
      '2026-06-30',
    );
    expect(blank.status).toBe('notAssessable');
    expect(blank.reason).toBe('The activity has no planned completion date, so a delay cannot be judged.');
    const unreadable = activityStatusOf({ completion: 'when funds allow' }, [], '2026-06-30');
    expect(unreadable.reason).toBe(
      'The planned completion date "when funds allow" cannot be read, so a delay cannot be judged.',
    );
    expect(
      activityStatusOf({ completion: null }, [act({ period: '2026-Q2', implementation: 'completed' })], '2026-06-30')
        .status,
    ).toBe('done');
  });

  it('combines several agencies', () => {
    const r = activityStatusOf(
      {},
      [
        act({ period: '2026-Q2', implementation: 'completed' }),
        act({ period: '2026-Q2', implementation: 'notStarted', agency: 'POL' }),
      ],
      '2026-06-30',
    );
    expect(r.implementation).toBe('ongoing');
    expect(r.status).toBe('onSchedule');
  });
});

describe('combineImplementation', () => {
  it.each([
    [['completed', 'completed'], 'completed'],
    [['completed', 'cancelled'], 'completed'],
    [['cancelled', 'cancelled'], 'cancelled'],
    [['completed', 'notStarted'], 'ongoing'],
    [['ongoing', 'postponed'], 'ongoing'],
    [['postponed', 'notStarted'], 'postponed'],
    [['notStarted', 'cancelled'], 'notStarted'],
  ] as const)('%p → %s', (states, combined) => {
    expect(combineImplementation(states)).toBe(combined);
  });
});
