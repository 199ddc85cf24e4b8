import {
  checkPlan,
  CHECKLIST,
  evaluateChecklist,
  ChecklistResult,
  type ChecklistAnswer,
} from '../../../src/core/checks';
import { isMessageKey } from '../../../src/core/i18n/translate';
import type { Plan } from '../../../src/core/model/plan';
import { cleanPlan } from './planBuilder';

function answers(plan: Plan, user: Record<string, ChecklistAnswer> = {}) {
  const results = evaluateChecklist(plan, checkPlan(plan, {}), user);
  return Object.fromEntries(results.map((r) => [r.id, r]));
}

describe('the plan-quality checklist', () => {
  it('has A.4.3 and Annex 1 items with English texts', () => {
    expect(CHECKLIST.length).toBeGreaterThanOrEqual(15);
    for (const item of CHECKLIST) {
      expect(isMessageKey(item.messageKey)).toBe(true);
      expect(['A.4.3', 'Annex 1']).toContain(item.guide);
    }
    expect(new Set(CHECKLIST.map((i) => i.id)).size).toBe(CHECKLIST.length);
  });

  it('answers from the data where it can, and leaves judgements open', () => {
    const result = answers(cleanPlan());
    for (const r of Object.values(result)) expect(ChecklistResult.parse(r)).toEqual(r);
    expect(result['annex1-areas-have-objectives']).toMatchObject({ auto: 'yes', answer: 'yes', source: 'auto' });
    expect(result['a43-objectives-have-indicators'].answer).toBe('yes');
    expect(result['annex1-activities-each-area'].answer).toBe('yes');
    expect(result['annex1-budget'].answer).toBe('yes');
    expect(result['annex1-timelines'].answer).toBe('yes');
    expect(result['annex1-responsibilities'].answer).toBe('yes');
    expect(result['annex1-baselines'].answer).toBe('yes');
    expect(result['annex1-me-criteria'].answer).toBe('yes');
    expect(result['a43-process-and-effect'].answer).toBe('yes');
    expect(result['annex1-qualitative-indicators'].answer).toBe('no');
    expect(result['a43-smart']).toMatchObject({ auto: null, answer: null, source: 'open' });
    expect(result['annex1-risks']).toMatchObject({ auto: null, answer: null, source: 'open' });
  });

  it('keeps the user answer where the data cannot answer, and the data answer where it can', () => {
    const plan = cleanPlan();
    plan.activities[0].financialEstimate = '15,000 EUR';
    const result = answers(plan, { 'annex1-risks': 'notApplicable', 'a43-gender': 'no', 'annex1-budget': 'yes' });
    expect(result['annex1-risks']).toMatchObject({ auto: null, answer: 'notApplicable', source: 'user' });
    expect(result['a43-gender']).toMatchObject({ auto: null, answer: 'no', source: 'user' });
    expect(result['annex1-budget']).toMatchObject({ auto: 'no', answer: 'no', source: 'auto' });
  });

  it('turns false when the plan has gaps', () => {
    const plan = cleanPlan();
    plan.areas.push({ code: '3', name: 'Protection' });
    plan.objectives.push({ code: '3', area: '1', text: 'x' });
    plan.indicators[0].baseline = null;
    plan.activities[1].start = 'Annual';
    plan.activities[0].responsible = '';
    plan.mePlanHeader.review = '';
    plan.indicators[1].level = null;
    const result = answers(plan);
    expect(result['annex1-areas-have-objectives'].answer).toBe('no');
    expect(result['annex1-activities-each-area'].answer).toBe('no');
    expect(result['a43-objectives-have-indicators'].answer).toBe('no');
    expect(result['annex1-baselines'].answer).toBe('no');
    expect(result['annex1-measurable-indicators'].answer).toBe('no');
    expect(result['a43-smart'].answer).toBe('no');
    expect(result['annex1-timelines'].answer).toBe('no');
    expect(result['annex1-responsibilities'].answer).toBe('no');
    expect(result['annex1-me-criteria'].answer).toBe('no');
    expect(result['a43-process-and-effect'].answer).toBeNull();
  });
});
