import type { Plan } from '../core/model/plan';
import type { ProgressRow } from '../core/model/progress';

/**
 * A large plan shaped like a real one (four areas, objectives of ten indicators and ten activities), with
 * the mix of values officials type: numbers, relative targets, quarters. For benchmarks only.
 */
export function syntheticPlan(indicators: number, activities: number): Plan {
  const objectives = Math.ceil(Math.max(indicators, activities) / 10);
  const plan: Plan = {
    settings: {
      planId: 'bench',
      layoutVersion: 1,
      title: 'Benchmark plan',
      country: 'Benchland',
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
      reportingFrequency: 'quarterly',
      language: 'en',
      currency: 'EUR',
      numberLocale: 'dot',
    },
    areas: ['1', '2', '3', '4'].map((code) => ({ code, name: `Area ${code}` })),
    agencies: [{ code: 'MOI', name: 'Ministry of the Interior', contactPerson: '', email: '' }],
    objectives: [],
    indicators: [],
    keyMeasures: [],
    activities: [],
    mePlanHeader: { purpose: '', context: '', reporting: '', review: '' },
    mePlan: [],
  };
  for (let o = 1; o <= objectives; o++) {
    plan.objectives.push({ code: String(o), area: String(((o - 1) % 4) + 1), text: `Objective ${o}` });
    plan.keyMeasures.push({ code: `${o}.1`, objective: String(o), text: `Key measure ${o}.1` });
  }
  for (let i = 0; i < indicators; i++) {
    const objective = String(Math.floor(i / 10) + 1);
    const code = `I${objective}.${(i % 10) + 1}`;
    plan.indicators.push({
      code,
      objective,
      level: 'outcome',
      text: `Indicator ${code}`,
      type: i % 3 === 0 ? 'percentage' : 'number',
      direction: i % 5 === 0 ? 'decrease' : 'increase',
      aggregation: i % 3 === 0 ? 'latest' : 'sum',
      unit: '',
      baseline: i % 3 === 0 ? '40%' : String(100 + (i % 50)),
      baselineDate: '2025-12-31',
      midTarget: i % 5 === 0 ? '-10%' : '+10%',
      midDate: '2027-06-30',
      endTarget: i % 5 === 0 ? '-20%' : '+20%',
      endDate: '2028-12-31',
      disaggregation: '',
    });
    plan.mePlan.push({
      indicator: code,
      output: `${objective}.1`,
      meansOfVerification: 'Administrative records',
      frequency: 'quarterly',
      responsible: 'MOI',
      shown: {
        baseline: plan.indicators[i].baseline,
        midTarget: plan.indicators[i].midTarget,
        endTarget: plan.indicators[i].endTarget,
      },
    });
  }
  for (let a = 0; a < activities; a++) {
    const objective = String(Math.floor(a / 10) + 1);
    plan.activities.push({
      code: `${objective}.1.${(a % 10) + 1}`,
      keyMeasure: `${objective}.1`,
      text: `Activity ${a}`,
      responsible: 'Ministry of the Interior',
      start: 'I quarter',
      completion: a % 2 === 0 ? 'IV quarter' : 'Q2 2027',
      resultIndicator: 'Report published',
      financialEstimate: a % 4 === 0 ? 'No funding required' : 15000,
      fundingSource: a % 4 === 0 ? '' : 'State budget',
    });
  }
  return plan;
}

/** Four quarterly reports per indicator, as the agencies would send them. */
export function syntheticLedger(plan: Plan): ProgressRow[] {
  const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
  return plan.indicators.flatMap((indicator, i) =>
    quarters.map((period, q) => ({
      period,
      agency: 'MOI',
      code: indicator.code,
      value: indicator.type === 'percentage' ? `${41 + q}%` : String(5 + ((i + q) % 7)),
      numerator: null,
      denominator: null,
      category: '',
      implementation: null,
      assessment: q === 3 ? 'onTrack' : null,
      outputs: '',
      activities: '',
      budgetSpent: null,
      donors: '',
      comment: '',
      source: '',
      received: null,
    })),
  );
}
