import { buildReportModel, yearRange, type ReportModel } from '../../../src/core/report';
import { computeStatus, DEFAULT_STATUS_SETTINGS } from '../../../src/core/status';
import { exampleYearLedger, exampleYearPlan } from './exampleYear';

function build(overrides: Partial<Parameters<typeof buildReportModel>[0]> = {}): ReportModel {
  return buildReportModel({
    plan: exampleYearPlan(),
    ledger: exampleYearLedger(),
    settings: DEFAULT_STATUS_SETTINGS,
    range: yearRange(2026),
    language: 'en',
    generated: '2027-01-20',
    deadline: '2027-01-31',
    narrative: new Map(),
    ...overrides,
  });
}

describe('buildReportModel', () => {
  it('puts every indicator under its area and outcome with the status judged at the end of the year', () => {
    const model = build();
    const status = computeStatus(exampleYearPlan(), exampleYearLedger(), '2026-12-31', DEFAULT_STATUS_SETTINGS);
    const lines = model.areas.flatMap((area) => area.outcomes.flatMap((o) => o.indicators));
    expect(lines.map((l) => [l.code, l.status, l.reason])).toEqual(
      status.indicators.map((r) => [r.code, r.status, r.reason]),
    );
    expect(model.areas.map((a) => [a.code, a.status])).toEqual(status.areas.map((a) => [a.code, a.status]));
    const outcomes = model.areas.flatMap((a) => a.outcomes);
    expect(outcomes.map((o) => o.status)).toEqual(status.objectives.map((o) => o.status));
    const agreements = lines.find((l) => l.code === 'I1.1');
    expect(agreements).toMatchObject({
      baseline: '3',
      target: '5',
      targetDate: '31 December 2028',
      unit: 'agreements',
    });
    expect(agreements?.value).toEqual({ kind: 'number', value: 4 });
    expect(lines.find((l) => l.code === 'I3.1')?.value).toEqual({ kind: 'milestone', state: 'partly' });
    expect(model.summary.indicators.onTrack + model.summary.indicators.achieved).toBe(
      status.indicators.filter((r) => r.status === 'onTrack' || r.status === 'achieved').length,
    );
    expect(model.summary.activities.done).toBe(1);
  });

  it('attributes achievements, activities and comments of the year to their agencies, and sums resources', () => {
    const outcome = build().areas[0].outcomes[0];
    expect(outcome.achievements).toEqual([
      expect.objectContaining({ agency: 'ATC', period: '2026-Q4', text: 'Agreement with Albania signed in October' }),
    ]);
    expect(outcome.activities.map((a) => [a.code, a.text, a.implementation])).toEqual([
      ['1.1.1', expect.stringContaining('Adopt the annual work plan'), 'completed'],
      ['I1.1', 'Two rounds of negotiations with Serbia', null],
    ]);
    expect(outcome.spent).toBe(13500.5);
    expect(outcome.donors).toEqual(['EU', 'OSCE']);
    const prosecution = build().areas[3].outcomes[0];
    expect(prosecution.comments.map((c) => c.text)).toEqual(['Fewer cases referred by labour inspectors']);
    expect(prosecution.achievements).toEqual([]);
  });

  it('shows where an agency judges itself on track while the data say otherwise', () => {
    const line = build().areas[3].outcomes[0].indicators.find((l) => l.code === 'I4.1');
    expect(line?.status).toBe('offTrack');
    expect(line?.selfAssessment).toEqual([{ agency: 'POL', period: '2026-Q4', assessment: 'onTrack', mismatch: true }]);
  });

  it('counts the returns expected from the responsible agencies per quarter against those received', () => {
    const { reporting } = build().summary;
    // ATC, MOI, POL and SOC are responsible for something; four quarters each.
    expect(reporting.expected).toBe(16);
    expect(reporting.missing).toEqual([
      { agency: 'MOI', period: '2026-Q1' },
      { agency: 'MOI', period: '2026-Q4' },
    ]);
    expect(reporting.received).toBe(14);
    expect(reporting.rate).toBeCloseTo(14 / 16);
    const annual = build({ plan: exampleYearPlan({ reportingFrequency: 'annual' }) }).summary.reporting;
    expect(annual).toMatchObject({ expected: 4, received: 4, rate: 1 });
  });

  it('formats numbers and dates in the plan locale', () => {
    const plan = exampleYearPlan({ numberLocale: 'comma' });
    plan.indicators[2].baseline = '1.200';
    const model = build({ plan, language: 'sr-Latn' });
    const calls = model.areas[1].outcomes[0].indicators.find((l) => l.code === 'I2.2');
    expect(calls?.baseline).toBe('1.200');
    expect(model.areas[0].outcomes[0].spent).toBe(13500.5);
    expect(calls?.targetDate).toBe('31. decembar 2028.');
  });

  it('keeps the narrative by key, including a comment on an outcome no longer in the plan', () => {
    const narrative = new Map([
      ['intro', 'Our words'],
      ['outcome:2', 'Prevention comment'],
      ['outcome:9', 'Comment on a removed outcome'],
    ]);
    const items = build({ narrative }).narrative;
    expect(items.map((i) => i.key)).toEqual([
      'intro',
      'developments',
      'policy',
      'compliance',
      'general',
      'overall',
      'outcome:1',
      'outcome:2',
      'outcome:3',
      'outcome:4',
      'observations',
      'lessons',
      'nextSteps',
      'outcome:9',
    ]);
    expect(items.find((i) => i.key === 'outcome:2')?.text).toBe('Prevention comment');
    expect(items.at(-1)?.text).toBe('Comment on a removed outcome');
  });

  it('leaves out rows of periods outside the range', () => {
    const outcome = build().areas[3].outcomes[0];
    expect(outcome.achievements.map((a) => a.text)).not.toContain('Not in the 2026 report');
    const next = build({ range: yearRange(2027) }).areas[3].outcomes[0];
    expect(next.achievements.map((a) => a.text)).toEqual(['Not in the 2026 report']);
  });
});
