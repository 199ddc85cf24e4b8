import { checkPlan, completeness, evaluateChecklist, findingMessage, type Finding } from '../../../src/core/checks';
import { translator } from '../../../src/core/i18n/translate';
import type { Activity, Indicator, Plan, PlanSettings } from '../../../src/core/model/plan';
import { parseQuantity } from '../../../src/core/values/quantity';
import { readCsv } from './csv';

function emptyPlan(settings: Partial<PlanSettings> & Pick<PlanSettings, 'periodStart' | 'periodEnd'>): Plan {
  return {
    settings: {
      planId: 'real',
      layoutVersion: 1,
      title: '',
      country: '',
      reportingFrequency: 'annual',
      language: 'en',
      currency: 'EUR',
      numberLocale: 'dot',
      ...settings,
    },
    areas: [],
    agencies: [],
    objectives: [],
    indicators: [],
    keyMeasures: [],
    activities: [],
    mePlanHeader: { purpose: '', context: '', reporting: '', review: '' },
    mePlan: [],
  };
}

function indicator(over: Partial<Indicator> & Pick<Indicator, 'code' | 'objective'>): Indicator {
  return {
    level: null,
    text: '',
    type: null,
    direction: null,
    aggregation: null,
    unit: '',
    disaggregation: '',
    baseline: null,
    baselineDate: null,
    midTarget: null,
    midDate: null,
    endTarget: null,
    endDate: null,
    ...over,
  };
}

function activity(over: Partial<Activity> & Pick<Activity, 'code' | 'keyMeasure'>): Activity {
  return {
    text: '',
    responsible: '',
    start: null,
    completion: null,
    resultIndicator: '',
    financialEstimate: null,
    fundingSource: '',
    ...over,
  };
}

/** "[not visible]" marks where the transcription was cut off: nothing is known there. */
const visible = (text: string) => (text.startsWith('[not visible]') || text.trim() === '' ? null : text);

const rulesOf = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.rule);

describe('Serbia, action plan 2019–2020: the general objective (Cyrillic)', () => {
  const [row] = readCsv('nap_transcribed', 'serbia_AP_2019-2020_general_objective.csv');
  const plan = emptyPlan({
    periodStart: '2019-01-01',
    periodEnd: '2020-12-31',
    language: 'sr-Cyrl',
    numberLocale: 'comma',
  });
  plan.areas.push({ code: '1', name: row.level });
  plan.objectives.push({ code: '1', area: '1', text: row.text });
  plan.indicators.push(
    indicator({
      code: 'I1.1',
      objective: '1',
      level: 'outcome',
      text: row.indicator,
      baseline: row.baseline_value,
      baselineDate: row.baseline_year,
      endTarget: row.target_value,
      endDate: row.target_year,
    }),
  );
  plan.mePlan.push({
    indicator: 'I1.1',
    output: '',
    meansOfVerification: row.source_of_verification,
    frequency: null,
    responsible: '',
    shown: { baseline: row.baseline_value, midTarget: null, endTarget: row.target_value },
  });
  const findings = checkPlan(plan, {});

  it('reads the report-based baseline and target as text, year and all', () => {
    expect(row.baseline_value).toBe('Према подацима из Извештаја о напретку ЕУ, ГРЕТА, ТИП за 2018.');
    expect(parseQuantity(row.baseline_value, 'comma').kind).toBe('text');
    expect(parseQuantity(row.target_value, 'comma').kind).toBe('text');
  });

  it('catches "according to the EU Progress, GRETA and TIP reports" as not measurable', () => {
    expect(findings.map((f) => [f.entity, f.rule, f.field, f.severity])).toEqual([
      ['indicator', 'indicator.baseline-not-measurable', 'baseline', 'error'],
      ['indicator', 'indicator.mid-target-missing', 'midTarget', 'warning'],
      ['indicator', 'indicator.target-not-measurable', 'endTarget', 'error'],
      ['mePlan', 'mePlan.frequency-missing', 'frequency', 'error'],
      ['mePlan', 'mePlan.responsible-missing', 'responsible', 'error'],
    ]);
    expect(findingMessage(findings[2], translator('en'))).toContain(
      '"Према подацима из Извештаја о напретку ЕУ, ГРЕТА, ТИП за 2019."',
    );
  });

  it('counts the indicator as not complete and refutes SMART', () => {
    expect(completeness(plan, findings).overall).toEqual({
      indicators: { total: 1, withoutError: 0 },
      activities: { total: 0, withoutError: 0 },
      share: 0,
    });
    const smart = evaluateChecklist(plan, findings, { 'a43-smart': 'yes' }).find((c) => c.id === 'a43-smart');
    expect(smart).toMatchObject({ auto: 'no', answer: 'no', source: 'auto' });
  });
});

describe('Serbia, action plan 2017–2018: objective 1 activities and resources (Latin)', () => {
  const activities = readCsv('nap_transcribed', 'serbia_AP_2017-2018_cilj1_activities.csv');
  const resources = readCsv('nap_transcribed', 'serbia_AP_2017-2018_cilj1_resources.csv');
  const plan = emptyPlan({
    periodStart: '2017-01-01',
    periodEnd: '2018-12-31',
    language: 'sr-Latn',
    numberLocale: 'comma',
  });
  plan.areas.push({ code: '1', name: 'Partnerstvo' });
  plan.objectives.push({ code: '1', area: '1', text: activities[0].cilj });
  activities.forEach((a, m) => {
    const measure = `1.${m + 1}`;
    plan.keyMeasures.push({ code: measure, objective: '1', text: a.aktivnost });
    const tasks = resources.filter((r) => r.aktivnost === a.aktivnost);
    const lines =
      tasks.length > 0
        ? tasks
        : [{ 'zadatak (resource line)': a.zadaci, 'resursi (verbatim)': '', source_of_funds: '' }];
    lines.forEach((task, t) => {
      plan.activities.push(
        activity({
          code: `${measure}.${t + 1}`,
          keyMeasure: measure,
          text: task['zadatak (resource line)'],
          responsible: visible(a.odgovorna_institucija_i_partneri) ?? '',
          completion: visible(a.rokovi),
          resultIndicator: visible(a.pokazatelji_aktivnosti) ?? '',
          financialEstimate: visible(task['resursi (verbatim)']),
          fundingSource: task.source_of_funds,
        }),
      );
    });
  });
  const findings = checkPlan(plan, {});

  it('reads "Kontinuirano do kraja 2018. godine" as a completion date and finds no start date', () => {
    for (const code of ['1.1.1', '1.1.2']) expect(rulesOf(findings, code)).toEqual(['activity.start-missing']);
  });

  it('takes "Nema troškova" as no funding required, and MUP budget lines in RSD as amounts with a source', () => {
    expect(rulesOf(findings, '1.1.3')).toEqual(['activity.start-missing']);
  });

  it('reports every gap of the activity whose columns were not visible', () => {
    expect(rulesOf(findings, '1.2.1')).toEqual([
      'activity.responsible-missing',
      'activity.start-missing',
      'activity.completion-missing',
      'activity.result-indicator-missing',
      'activity.financial-estimate-missing',
    ]);
  });

  it('reports the objective without a performance indicator', () => {
    expect(rulesOf(findings, '1')).toEqual(['structure.objective-without-indicator']);
  });
});

describe('Moldova, NAP 2018–2020: the first activity row', () => {
  const [row] = readCsv('nap_transcribed', 'moldova_NAP_2018-2020_first_row.csv');
  const plan = emptyPlan({ periodStart: '2018-01-01', periodEnd: '2020-12-31' });
  plan.areas.push({ code: '1', name: row.area });
  plan.agencies.push({ code: 'NATIP', name: 'National Agency', contactPerson: '', email: '' });
  plan.objectives.push({ code: '1', area: '1', text: row.general_objective });
  plan.keyMeasures.push({ code: '1.1', objective: '1', text: row.specific_objective });
  plan.activities.push(
    activity({
      code: '1.1.1',
      keyMeasure: '1.1',
      text: row.activity,
      responsible: row.responsible,
      start: row.timetable,
      completion: row.timetable,
      resultIndicator: row.indicators,
      financialEstimate: row.resources,
    }),
  );
  const findings = checkPlan(plan, {});

  it('finds that "Annual" is not a date and that listing funds gives no amount', () => {
    expect(findings.filter((f) => f.entity === 'activity').map((f) => [f.rule, f.field, f.params.value])).toEqual([
      ['activity.date-invalid', 'start', 'Annual'],
      ['activity.date-invalid', 'completion', 'Annual'],
      [
        'activity.financial-estimate-missing',
        'financialEstimate',
        'NATIP funds\nMFA funds\nMRA funds\nNGO funds\nNon-reimbursable external financing',
      ],
    ]);
  });

  it('finds the table has no performance indicators at all', () => {
    expect(rulesOf(findings, '1')).toEqual(['structure.objective-without-indicator']);
  });
});

describe('Western Balkan plan structures', () => {
  const montenegro = readCsv('nap_transcribed', 'nap_structures_western_balkans.csv').filter((r) =>
    r.document.includes('2010-2011'),
  );
  const plan = emptyPlan({ periodStart: '2010-01-01', periodEnd: '2011-12-31' });
  const areaNames = [...new Set(montenegro.map((r) => r.area_or_level))];
  areaNames.forEach((name, i) => plan.areas.push({ code: String(i + 1), name }));
  for (const r of montenegro)
    plan.objectives.push({
      code: r.objective_no,
      area: String(areaNames.indexOf(r.area_or_level) + 1),
      text: r.objective,
    });
  const findings = checkPlan(plan, {});

  it('reports objective numbers restarting in every area as duplicates, and every objective without indicators', () => {
    expect(montenegro).toHaveLength(17);
    expect(findings.filter((f) => f.rule === 'structure.duplicate-code')).toHaveLength(12);
    expect(findings.filter((f) => f.rule === 'structure.objective-without-indicator')).toHaveLength(17);
    expect(findings.filter((f) => f.rule === 'structure.area-without-objective')).toHaveLength(0);
  });
});

describe('IATI results (D-Portal, Ebola response)', () => {
  const rows = readCsv('iati', 'dportal_ebola_results_flat.csv');

  it.each([
    ['Not available', { kind: 'blank' }],
    ['not available', { kind: 'blank' }],
    ['Not avilable', { kind: 'blank' }],
    [':', { kind: 'blank' }],
    ['2015:Not available (CAP II  survey ongoing) ', { kind: 'blank' }],
    ['2015:<3%', { kind: 'number', value: 3, percent: true, bound: 'atMost' }],
    ['2015:1584728 (158%)', { kind: 'number', value: 1584728, percent: false, bound: 'exact' }],
    ['2015:3% ( as of February 2015: CAPI)', { kind: 'number', value: 3, percent: true, bound: 'exact' }],
    ['2015:0 as of 25 November 2015', { kind: 'number', value: 0, percent: false, bound: 'exact' }],
    ['2019:As required by the situation', { kind: 'text', text: 'As required by the situation' }],
    ['Not existing', { kind: 'milestone', state: 'notYet' }],
    ['2018:Available-Sector platform', { kind: 'milestone', state: 'achieved' }],
  ])('reads %p', (value, expected) => {
    expect(rows.some((r) => [r.baseline_value, r.target_value, r.actual_value].includes(value))).toBe(true);
    expect(parseQuantity(value, 'dot')).toEqual(expected);
  });

  it('checks the indicators that carry a baseline or a target', () => {
    const plan = emptyPlan({ periodStart: '2014-01-01', periodEnd: '2019-12-31' });
    plan.areas.push({ code: '1', name: 'Ebola response' });
    plan.objectives.push({ code: '1', area: '1', text: '' });
    rows.forEach((r, i) => {
      if (r.baseline_value === '' && r.target_value === '') return;
      plan.indicators.push(
        indicator({
          code: `I1.${i}`,
          objective: '1',
          text: r.indicator_title,
          baseline: r.baseline_value,
          baselineDate: r.baseline_year || null,
          endTarget: r.target_value,
          endDate: r.period_end,
          midTarget: 'n/a',
        }),
      );
    });
    const findings = checkPlan(plan, {}).filter((f) => f.entity === 'indicator' && f.rule.startsWith('indicator.'));
    const byCode = (code: string) =>
      findings.filter((f) => f.code === code && f.severity === 'error').map((f) => f.rule);
    expect(byCode('I1.0')).toEqual(['indicator.baseline-missing']);
    expect(byCode('I1.6')).toEqual([]);
    expect(byCode('I1.9')).toEqual([]);
    expect(byCode('I1.185')).toEqual([]);
    expect(byCode('I1.186')).toEqual(['indicator.target-not-measurable']);
    // "All the relevant committees are inplace" (sic) is a milestone reached, not free text.
    expect(byCode('I1.249')).toEqual(['indicator.baseline-missing']);
    expect(byCode('I1.241')).toEqual(['indicator.baseline-missing']);
    expect(findings.filter((f) => f.rule === 'indicator.baseline-missing')).toHaveLength(22);
  });
});

describe('MCC key performance indicators', () => {
  const rows = readCsv('mcc_itt', 'kpis.csv');

  it.each([
    ['Pending', { kind: 'blank' }],
    ['No target', { kind: 'blank' }],
    ['No Target', { kind: 'blank' }],
    ['No target Required', { kind: 'blank' }],
    ['TBD', { kind: 'blank' }],
    ['50% reduction', { kind: 'relative', change: -50, unit: 'percent' }],
    ['-15%', { kind: 'relative', change: -15, unit: 'percent' }],
    ['$15,200,000 ', { kind: 'number', value: 15200000, percent: false, bound: 'exact' }],
    ['25.43 (Q13-Q16)', { kind: 'number', value: 25.43, percent: false, bound: 'exact' }],
  ])('reads %p', (value, expected) => {
    expect(rows.some((r) => [r.baseline, r.target, r.actual].includes(value))).toBe(true);
    expect(parseQuantity(value, 'dot')).toEqual(expected);
  });

  it('reports missing targets and a reduction with no baseline to reduce', () => {
    const plan = emptyPlan({ periodStart: '2005-01-01', periodEnd: '2015-12-31' });
    plan.areas.push({ code: '1', name: 'MCC' });
    plan.objectives.push({ code: '1', area: '1', text: '' });
    rows.forEach((r, i) =>
      plan.indicators.push(
        indicator({
          code: `I1.${i + 1}`,
          objective: '1',
          text: r.kpi,
          baseline: r.baseline,
          baselineDate: 2010,
          midTarget: 'n/a',
          endTarget: r.target,
        }),
      ),
    );
    const findings = checkPlan(plan, {});
    const rowOf = (kpi: string) => `I1.${rows.findIndex((r) => r.kpi.startsWith(kpi)) + 1}`;
    const errors = (code: string) =>
      findings
        .filter((f) => f.code === code && f.rule.startsWith('indicator.') && f.severity === 'error')
        .map((f) => f.rule);
    expect(errors(rowOf('Value of signed contracts for irrigation'))).toEqual(['indicator.end-target-missing']);
    expect(errors(rowOf('Access time to the closest market'))).toEqual([
      'indicator.baseline-missing',
      'indicator.relative-target-unresolvable',
    ]);
    expect(errors(rowOf('Legal and regulatory reforms adopted'))).toEqual([]);
    const noTarget = rows.filter(
      (r) => /^(no target|pending|tbd)/iu.test(r.target.trim()) || r.target.trim() === '',
    ).length;
    expect(findings.filter((f) => f.rule === 'indicator.end-target-missing')).toHaveLength(noTarget);
  });
});
