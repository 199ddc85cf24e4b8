import {
  addMonths,
  annualDeadlines,
  findPlanPeriod,
  periodToCollect,
  planPeriods,
  reportingSettingsFromRecord,
} from '../../../src/core/periods';

const plan = (periodStart: string, periodEnd: string, reportingFrequency: 'quarterly' | 'semiannual' | 'annual') => ({
  periodStart,
  periodEnd,
  reportingFrequency,
});

describe('reporting periods of a plan', () => {
  it('gives every quarter of a plan starting mid-quarter, the first covered from the plan start', () => {
    const periods = planPeriods(plan('2026-02-15', '2027-12-31', 'quarterly'), { formDueDays: 15 });
    expect(periods.map((p) => p.code)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
    ]);
    expect(periods[0]).toMatchObject({
      start: '2026-01-01',
      end: '2026-03-31',
      coveredStart: '2026-02-15',
      coveredEnd: '2026-03-31',
      dueDate: '2026-04-15',
    });
    expect(periods[3].dueDate).toBe('2027-01-15');
  });

  it('ends with the part of a period the plan covers, due from the plan end', () => {
    const periods = planPeriods(plan('2026-01-01', '2026-08-15', 'semiannual'), { formDueDays: 30 });
    expect(periods.map((p) => [p.code, p.coveredEnd, p.dueDate])).toEqual([
      ['2026-H1', '2026-06-30', '2026-07-30'],
      ['2026-H2', '2026-08-15', '2026-09-14'],
    ]);
  });

  it('gives one period a year for annual reporting, with the due days from the settings', () => {
    const periods = planPeriods(plan('2026-07-01', '2028-06-30', 'annual'), { formDueDays: 0 });
    expect(periods.map((p) => [p.code, p.granularity, p.coveredStart, p.dueDate])).toEqual([
      ['2026', 'year', '2026-07-01', '2026-12-31'],
      ['2027', 'year', '2027-01-01', '2027-12-31'],
      ['2028', 'year', '2028-01-01', '2028-06-30'],
    ]);
  });

  it('finds a period as people write it, and only within the plan', () => {
    const periods = planPeriods(plan('2026-01-01', '2026-12-31', 'quarterly'), { formDueDays: 15 });
    expect(findPlanPeriod(periods, 'Q2 2026')?.code).toBe('2026-Q2');
    expect(findPlanPeriod(periods, '2027-Q1')).toBeNull();
    expect(findPlanPeriod(periods, '2026-H1')).toBeNull();
    expect(findPlanPeriod(periods, 'soon')).toBeNull();
  });

  it('proposes the latest ended period to collect, or the first before any has ended', () => {
    const periods = planPeriods(plan('2026-01-01', '2026-12-31', 'quarterly'), { formDueDays: 15 });
    expect(periodToCollect(periods, '2026-07-10')?.code).toBe('2026-Q2');
    expect(periodToCollect(periods, '2026-02-01')?.code).toBe('2026-Q1');
    expect(periodToCollect(periods, '2030-01-01')?.code).toBe('2026-Q4');
  });
});

describe('annual report and data deadlines', () => {
  it('sets the data deadline one month before the report, 31 March by default', () => {
    expect(annualDeadlines(plan('2026-01-01', '2027-12-31', 'quarterly'), { reportDueDate: null })).toEqual([
      { year: 2026, reportDue: '2027-03-31', dataDeadline: '2027-02-28' },
      { year: 2027, reportDue: '2028-03-31', dataDeadline: '2028-02-29' },
    ]);
  });

  it('follows a report due date from the settings, year after year', () => {
    expect(annualDeadlines(plan('2026-01-01', '2027-12-31', 'annual'), { reportDueDate: '2027-05-15' })).toEqual([
      { year: 2026, reportDue: '2027-05-15', dataDeadline: '2027-04-15' },
      { year: 2027, reportDue: '2028-05-15', dataDeadline: '2028-04-15' },
    ]);
  });

  it('keeps a month step inside the month', () => {
    expect(addMonths('2026-05-31', -1)).toBe('2026-04-30');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
});

describe('reporting settings from the settings table', () => {
  it('takes defaults for absent rows', () => {
    expect(reportingSettingsFromRecord({})).toEqual({
      settings: { formDueDays: 15, reportDueDate: null, returnTo: '', formPassword: '' },
      issues: [],
    });
  });

  it('reads days, a date as text or as an Excel serial, and reports unusable values', () => {
    const read = reportingSettingsFromRecord({
      'forms.dueDays': '20',
      'forms.reportDueDate': 46477,
      'forms.returnTo': ' ATC office ',
    });
    expect(read.settings).toMatchObject({ formDueDays: 20, reportDueDate: '2027-03-31', returnTo: 'ATC office' });
    const bad = reportingSettingsFromRecord({ 'forms.dueDays': 'two weeks', 'forms.reportDueDate': '2027-02-30' });
    expect(bad.settings.formDueDays).toBe(15);
    expect(bad.issues.map((issue) => issue.problem)).toEqual(['notDays', 'notADate']);
  });
});
