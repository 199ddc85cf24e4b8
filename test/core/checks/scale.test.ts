import { checkPlan, completeness } from '../../../src/core/checks';
import { bigPlan } from './planBuilder';

describe('a plan of 5,000 indicators and 5,000 activities', () => {
  it('is checked whole, every record once', () => {
    const plan = bigPlan();
    expect(plan.indicators).toHaveLength(5000);
    expect(plan.activities).toHaveLength(5000);
    const findings = checkPlan(plan, {});
    const summary = completeness(plan, findings);
    expect(summary.overall.indicators.total).toBe(5000);
    expect(summary.overall.activities.total).toBe(5000);
    expect(summary.areas.map((a) => a.indicators.total)).toEqual([1250, 1250, 1250, 1250]);
    expect(findings.filter((f) => f.rule === 'activity.date-invalid')).toHaveLength(
      plan.activities.filter((a) => a.start === 'Annual').length,
    );
  });
});
