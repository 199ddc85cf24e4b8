import type { Activity, Indicator, MePlanRow, Plan } from '../../../src/core/model/plan';

/** A small plan that passes every rule; tests change one thing at a time. */
export function cleanPlan(): Plan {
  const indicator = (code: string, objective: string, row: number, over: Partial<Indicator>): Indicator => ({
    code,
    objective,
    level: 'outcome',
    text: `Indicator ${code}`,
    type: 'number',
    direction: 'increase',
    aggregation: 'sum',
    unit: '',
    baseline: 200,
    baselineDate: 2025,
    midTarget: 210,
    midDate: 'Q4 2026',
    endTarget: '+10%',
    endDate: 2027,
    disaggregation: '',
    from: { table: 'tblIndicators', row },
    ...over,
  });
  const activity = (code: string, keyMeasure: string, row: number, over: Partial<Activity>): Activity => ({
    code,
    keyMeasure,
    text: `Activity ${code}`,
    responsible: 'Ministry of the Interior',
    start: 'I quarter 2026',
    completion: 'IV quarter 2026',
    resultIndicator: 'At least four meetings held',
    financialEstimate: 'No funding required',
    fundingSource: '',
    from: { table: 'tblActivities', row },
    ...over,
  });
  const meRow = (indicator: Indicator, row: number): MePlanRow => ({
    indicator: indicator.code,
    output: '',
    meansOfVerification: 'Police statistics',
    frequency: 'quarterly',
    responsible: 'MOI – Statistics unit',
    shown: { baseline: indicator.baseline, midTarget: indicator.midTarget, endTarget: indicator.endTarget },
    from: { table: 'tblMePlan', row },
  });
  const indicators = [
    indicator('I1.1', '1', 0, { level: 'output' }),
    indicator('I2.1', '2', 1, {
      type: 'percentage',
      direction: 'decrease',
      baseline: '40%',
      midTarget: 35,
      endTarget: '30%',
    }),
  ];
  return {
    settings: {
      planId: 'test-plan',
      layoutVersion: 1,
      title: 'NAP 2026-2027',
      country: 'Testland',
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      reportingFrequency: 'quarterly',
      language: 'en',
      currency: 'EUR',
      numberLocale: 'dot',
    },
    areas: [
      { code: '1', name: 'Enabling Framework', from: { table: 'tblAreas', row: 0 } },
      { code: '2', name: 'Prevention', from: { table: 'tblAreas', row: 1 } },
    ],
    agencies: [
      {
        code: 'MOI',
        name: 'Ministry of the Interior',
        contactPerson: '',
        email: '',
        from: { table: 'tblAgencies', row: 0 },
      },
      {
        code: 'MOJ',
        name: 'Ministry of Justice',
        contactPerson: '',
        email: '',
        from: { table: 'tblAgencies', row: 1 },
      },
    ],
    objectives: [
      { code: '1', area: '1', text: 'Coordination strengthened', from: { table: 'tblObjectives', row: 0 } },
      { code: '2', area: '2', text: 'Prevention improved', from: { table: 'tblObjectives', row: 1 } },
    ],
    indicators,
    keyMeasures: [
      { code: '1.1', objective: '1', text: 'Cooperation', from: { table: 'tblKeyMeasures', row: 0 } },
      { code: '2.1', objective: '2', text: 'Trainings', from: { table: 'tblKeyMeasures', row: 1 } },
    ],
    activities: [
      activity('1.1.1', '1.1', 0, {}),
      activity('2.1.1', '2.1', 1, { financialEstimate: '15,000 EUR', fundingSource: 'MoI budget', responsible: 'MOJ' }),
    ],
    mePlanHeader: {
      purpose: 'Monitor the NAP',
      context: '',
      reporting: 'Quarterly to the coordinator',
      review: 'Mid-term review in 2027',
    },
    mePlan: indicators.map((i, n) => meRow(i, n)),
  };
}

/** Copies an M&E row's shown values from its indicator, as the sheet formula would. */
export function syncMePlan(plan: Plan): Plan {
  for (const row of plan.mePlan) {
    const indicator = plan.indicators.find((i) => i.code === row.indicator);
    if (indicator)
      row.shown = { baseline: indicator.baseline, midTarget: indicator.midTarget, endTarget: indicator.endTarget };
  }
  return plan;
}

/** 5,000 indicators and 5,000 activities over 4 areas, with the mix of values real plans have. */
export function bigPlan(): Plan {
  const plan = cleanPlan();
  const [indicatorTemplate] = plan.indicators;
  const [activityTemplate] = plan.activities;
  plan.areas = ['1', '2', '3', '4'].map((code) => ({ code, name: `Area ${code}` }));
  plan.objectives = [];
  plan.keyMeasures = [];
  plan.indicators = [];
  plan.activities = [];
  plan.mePlan = [];
  const baselines = [200, '40%', 'none in place', 'n/a', '1,234.5', 'according to the reports'];
  const targets = ['+10%', 250, 'established by 2027', 'at least 4 meetings', '', 'increase by 15 %'];
  const starts = ['I quarter', 'Q3 2026', 46100, '2026-09-30', 'Annual', null];
  const estimates = [
    'No funding required',
    '15,000 EUR',
    'XXXX Euros (Ministry budget)',
    12000,
    '',
    'nisu potrebna sredstva',
  ];
  for (let o = 1; o <= 100; o++) {
    plan.objectives.push({ code: String(o), area: String(((o - 1) % 4) + 1), text: '' });
    plan.keyMeasures.push({ code: `${o}.1`, objective: String(o), text: '' });
    for (let n = 1; n <= 50; n++) {
      const i = o * 50 + n;
      const indicator: Indicator = {
        ...indicatorTemplate,
        code: `I${o}.${n}`,
        objective: String(o),
        baseline: baselines[i % baselines.length],
        endTarget: targets[i % targets.length],
        from: { table: 'tblIndicators', row: plan.indicators.length },
      };
      plan.indicators.push(indicator);
      const activity: Activity = {
        ...activityTemplate,
        code: `${o}.1.${n}`,
        keyMeasure: `${o}.1`,
        start: starts[i % starts.length],
        financialEstimate: estimates[i % estimates.length],
        from: { table: 'tblActivities', row: plan.activities.length },
      };
      plan.activities.push(activity);
      plan.mePlan.push({
        indicator: indicator.code,
        output: '',
        meansOfVerification: n % 7 === 0 ? '' : 'Police statistics',
        frequency: n % 5 === 0 ? null : 'annual',
        responsible: n % 3 === 0 ? 'Police' : 'MOI – Statistics unit',
        shown: { baseline: indicator.baseline, midTarget: indicator.midTarget, endTarget: indicator.endTarget },
        from: { table: 'tblMePlan', row: plan.mePlan.length },
      });
    }
  }
  return plan;
}
