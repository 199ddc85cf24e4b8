import { checkPlan, completeness, Completeness } from '../../../src/core/checks';
import { cleanPlan, syncMePlan } from './planBuilder';

describe('completeness', () => {
  it('is full for a clean plan', () => {
    const plan = cleanPlan();
    const result = completeness(plan, checkPlan(plan, {}));
    expect(Completeness.parse(result)).toEqual(result);
    expect(result.overall).toEqual({
      indicators: { total: 2, withoutError: 2 },
      activities: { total: 2, withoutError: 2 },
      share: 1,
    });
  });

  it('counts per area, with errors on an indicator, its M&E row or an activity, but not warnings', () => {
    const plan = cleanPlan();
    plan.areas.push({ code: '3', name: 'Protection' });
    plan.mePlan[1].meansOfVerification = '';
    plan.activities[0].financialEstimate = '';
    plan.indicators[0].midTarget = null;
    plan.activities.push({ ...plan.activities[1], code: '9.9.9', keyMeasure: '9.9' });
    const result = completeness(syncMePlan(plan), checkPlan(plan, {}));
    expect(result.areas).toEqual([
      { area: '1', indicators: { total: 1, withoutError: 1 }, activities: { total: 1, withoutError: 0 }, share: 0.5 },
      { area: '2', indicators: { total: 1, withoutError: 0 }, activities: { total: 1, withoutError: 1 }, share: 0.5 },
      { area: '3', indicators: { total: 0, withoutError: 0 }, activities: { total: 0, withoutError: 0 }, share: null },
    ]);
    // The orphan activity (its key measure 9.9 does not exist) counts overall only, as not complete.
    expect(result.overall).toEqual({
      indicators: { total: 2, withoutError: 1 },
      activities: { total: 3, withoutError: 1 },
      share: 2 / 5,
    });
  });

  it('places an indicator written without the I prefix in its area', () => {
    const plan = cleanPlan();
    plan.indicators[1].code = '2.1';
    plan.mePlan[1].indicator = '2.1';
    const result = completeness(plan, checkPlan(plan, {}));
    expect(result.areas[1].indicators).toEqual({ total: 1, withoutError: 1 });
  });
});
