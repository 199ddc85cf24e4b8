import { checkPlan, Finding, findingMessage, RULES, type RuleId } from '../../../src/core/checks';
import { isMessageKey, translator } from '../../../src/core/i18n/translate';
import type { Plan } from '../../../src/core/model/plan';
import type { ReadIssue } from '../../../src/core/model/readIssue';
import { cleanPlan, syncMePlan } from './planBuilder';

type Mutation = (plan: Plan) => ReadIssue[] | void;
interface Case {
  trigger: Mutation;
  pass: Mutation;
  field?: string | null;
  code?: string;
}

const issue = (over: Partial<ReadIssue>): ReadIssue => ({
  kind: 'unknownListValue',
  table: 'tblIndicators',
  row: 0,
  column: null,
  value: null,
  sheet: 'NAP',
  sheetRow: 4,
  header: null,
  ...over,
});
const words = (finding: Finding) => findingMessage(finding, translator('en'));
const ind = (p: Plan, i = 0) => p.indicators[i];
const act = (p: Plan, i = 0) => p.activities[i];

/** One row that triggers each rule and a close one that does not. */
const CASES: Record<RuleId, Case> = {
  'settings.period-reversed': {
    trigger: (p) => void (p.settings.periodEnd = '2025-12-31'),
    pass: (p) => void (p.settings.periodEnd = '2028-12-31'),
    code: '',
  },
  'sheet.missing-table': {
    trigger: () => [issue({ kind: 'missingTable', table: 'tblRisks', row: null })],
    pass: () => [],
    code: '',
  },
  'sheet.missing-column': {
    trigger: () => [issue({ kind: 'missingColumn', table: 'tblActivities', row: null, column: 'fundingSource' })],
    pass: () => [],
    code: '',
    field: 'fundingSource',
  },
  'sheet.unknown-list-value': {
    trigger: () => [issue({ column: 'direction', value: 'upward' })],
    pass: () => [issue({ table: 'tblMePlan', column: 'frequency', value: 'weekly' })],
    code: 'I1.1',
    field: 'direction',
  },
  'sheet.value-became-date': {
    trigger: () => [issue({ kind: 'becameDate', column: 'baseline', value: '2026-03-04' })],
    pass: () => [issue({ column: 'direction', value: 'upward' })],
    code: 'I1.1',
    field: 'baseline',
  },
  'structure.duplicate-code': {
    trigger: (p) => void (p.agencies[1].code = 'moi'),
    pass: (p) => void (p.agencies[1].code = 'MOJ2'),
    code: 'moi',
  },
  'structure.parent-missing': {
    trigger: (p) => void (ind(p).objective = '7'),
    pass: (p) => void (ind(p).objective = '1.'),
    field: 'objective',
  },
  'structure.code-not-under-parent': {
    trigger: (p) => void (ind(p, 1).objective = '1'),
    pass: (p) => void Object.assign(ind(p, 1), { code: '1.2', objective: '1' }),
    code: 'I2.1',
    field: null,
  },
  'structure.area-without-objective': {
    trigger: (p) => void p.areas.push({ code: '3', name: 'Protection' }),
    pass: (p) =>
      void (p.areas.push({ code: '3', name: 'Protection' }), p.objectives.push({ code: '3', area: '3', text: 'x' })),
    code: '3',
  },
  'structure.objective-without-indicator': {
    trigger: (p) => void p.objectives.push({ code: '3', area: '1', text: 'x' }),
    pass: (p) =>
      void (
        p.objectives.push({ code: '3', area: '1', text: 'x' }),
        p.indicators.push({ ...ind(p), code: 'I3.1', objective: '3' })
      ),
    code: '3',
  },
  'structure.key-measure-without-activity': {
    trigger: (p) => void p.keyMeasures.push({ code: '1.2', objective: '1', text: 'x' }),
    pass: (p) =>
      void (
        p.keyMeasures.push({ code: '1.2', objective: '1', text: 'x' }),
        p.activities.push({ ...act(p), code: '1.2.1', keyMeasure: '1.2' })
      ),
    code: '1.2',
  },
  'structure.indicator-not-in-me-plan': {
    trigger: (p) => void p.mePlan.shift(),
    pass: (p) => void (p.mePlan[0].indicator = '1.1'),
    code: 'I1.1',
  },
  'structure.me-row-not-in-nap': {
    trigger: (p) => void (p.mePlan[0].indicator = 'I9.9'),
    pass: (p) => void (p.mePlan[0].indicator = 'i1.1'),
    code: 'I9.9',
  },
  'structure.me-value-differs': {
    trigger: (p) => void (p.mePlan[0].shown.baseline = 250),
    pass: (p) => void (p.mePlan[0].shown.baseline = ' 200 '),
    code: 'I1.1',
    field: 'baseline',
  },
  'indicator.baseline-missing': {
    trigger: (p) => void (ind(p).baseline = 'n/a'),
    pass: (p) => void (ind(p).baseline = 0),
    field: 'baseline',
  },
  'indicator.baseline-not-measurable': {
    trigger: (p) => void (ind(p).baseline = 'according to the reports'),
    pass: (p) => void (ind(p).baseline = '200 cases'),
  },
  'indicator.baseline-date-missing': {
    trigger: (p) => void (ind(p).baselineDate = null),
    pass: (p) => void Object.assign(ind(p), { baselineDate: null, baseline: '200 (December 2025)' }),
    field: 'baselineDate',
  },
  'indicator.mid-target-missing': {
    trigger: (p) => void (ind(p).midTarget = null),
    pass: (p) => void (ind(p).midTarget = 'at least 205'),
  },
  'indicator.end-target-missing': {
    trigger: (p) => void (ind(p).endTarget = 'No target'),
    pass: (p) => void (ind(p).endTarget = 250),
  },
  'indicator.target-not-measurable': {
    trigger: (p) => void (ind(p).endTarget = 'according to the EU Progress, GRETA and TIP reports'),
    pass: (p) => void (ind(p).endTarget = 'increase by 10 %'),
    field: 'endTarget',
  },
  'indicator.relative-target-unresolvable': {
    trigger: (p) => void (ind(p).baseline = 'none in place'),
    pass: (p) => void (ind(p).baseline = '1,200'),
    field: 'endTarget',
  },
  'indicator.kind-mismatch': {
    trigger: (p) => void (ind(p).midTarget = '12%'),
    pass: (p) => void Object.assign(ind(p), { type: 'percentage', baseline: 10, midTarget: '12%', endTarget: 15 }),
    field: 'midTarget',
  },
  'indicator.direction-contradicted': {
    trigger: (p) => void (ind(p).endTarget = '-20%'),
    pass: (p) => void ((ind(p).direction = 'decrease'), (ind(p).midTarget = 190), (ind(p).endTarget = '-20%')),
    field: 'endTarget',
  },
  'indicator.target-equals-baseline': {
    trigger: (p) => void (ind(p).endTarget = 200),
    pass: (p) => void Object.assign(ind(p), { direction: 'maintain', midTarget: 200, endTarget: 200 }),
    field: 'endTarget',
  },
  'indicator.mid-target-beyond-end': {
    trigger: (p) => void Object.assign(ind(p), { midTarget: 230, endTarget: 220 }),
    pass: (p) => void Object.assign(ind(p), { midTarget: 220, endTarget: 220 }),
    field: 'midTarget',
  },
  'indicator.value-approximate': {
    trigger: (p) => void (ind(p).baseline = 'about 200'),
    pass: (p) => void (ind(p).baseline = 'at least 200 cases'),
    field: 'baseline',
  },
  'indicator.text-missing': {
    trigger: (p) => void (ind(p).text = '  '),
    pass: (p) => void (ind(p).text = 'Number of identified victims'),
    field: 'text',
  },
  'indicator.date-without-year': {
    trigger: (p) => void (ind(p).midDate = 'IV quarter'),
    pass: (p) =>
      void ((p.settings.periodEnd = '2026-12-31'), (ind(p).midDate = 'III quarter'), (ind(p).endDate = 2026)),
    field: 'midDate',
  },
  'indicator.percent-out-of-range': {
    trigger: (p) => void (ind(p, 1).endTarget = 120),
    pass: (p) => void (ind(p, 1).endTarget = 20),
    code: 'I2.1',
    field: 'endTarget',
  },
  'indicator.date-invalid': {
    trigger: (p) => void (ind(p).endDate = 'sometime'),
    pass: (p) => void (ind(p).endDate = 'IV kvartal 2027'),
    field: 'endDate',
  },
  'indicator.target-date-outside-period': {
    trigger: (p) => void (ind(p).endDate = 2029),
    pass: (p) => void (ind(p).endDate = '2027-12-31'),
    field: 'endDate',
  },
  'indicator.target-date-before-baseline': {
    trigger: (p) => void Object.assign(ind(p), { baselineDate: '2026-06-30', midDate: 'Q1 2026' }),
    pass: (p) => void Object.assign(ind(p), { baselineDate: '2026-06-30', midDate: 'Q3 2026' }),
    field: 'midDate',
  },
  'indicator.mid-date-after-end-date': {
    trigger: (p) => void Object.assign(ind(p), { midDate: 'Q4 2027', endDate: 'Q2 2027' }),
    pass: (p) => void Object.assign(ind(p), { midDate: 'Q2 2027', endDate: 'Q4 2027' }),
    field: 'midDate',
  },
  'mePlan.means-of-verification-missing': {
    trigger: (p) => void (p.mePlan[0].meansOfVerification = ' '),
    pass: (p) => void (p.mePlan[0].meansOfVerification = 'GRETA report'),
    code: 'I1.1',
  },
  'mePlan.frequency-missing': {
    trigger: (p) => void (p.mePlan[0].frequency = null),
    pass: (p) => void (p.mePlan[0].frequency = 'annual'),
    code: 'I1.1',
  },
  'mePlan.frequency-unknown': {
    trigger: (p) => (
      (p.mePlan[0].frequency = null),
      [issue({ table: 'tblMePlan', column: 'frequency', value: 'weekly' })]
    ),
    pass: (p) => void (p.mePlan[0].frequency = null),
    code: 'I1.1',
    field: 'frequency',
  },
  'mePlan.responsible-missing': {
    trigger: (p) => void (p.mePlan[0].responsible = ''),
    pass: (p) => void (p.mePlan[0].responsible = 'MOJ'),
    code: 'I1.1',
  },
  'mePlan.responsible-unknown': {
    trigger: (p) => void (p.mePlan[0].responsible = 'Police'),
    pass: (p) => void (p.mePlan[0].responsible = 'ministry of justice (Department X)'),
    code: 'I1.1',
  },
  'activity.text-missing': {
    trigger: (p) => void (act(p).text = ''),
    pass: (p) => void (act(p).text = 'Hold four coordination meetings'),
    code: '1.1.1',
    field: 'text',
  },
  'activity.responsible-unknown': {
    trigger: (p) => void (act(p).responsible = 'Ministry of Magic'),
    pass: (p) => void (act(p).responsible = 'MOI – Border Police, MOJ'),
    code: '1.1.1',
    field: 'responsible',
  },
  'activity.date-without-year': {
    trigger: (p) => void (act(p).completion = 'IV quarter'),
    pass: (p) => void ((p.settings.periodEnd = '2026-12-31'), (act(p).completion = 'IV quarter')),
    code: '1.1.1',
    field: 'completion',
  },
  'activity.responsible-missing': {
    trigger: (p) => void (act(p).responsible = ''),
    pass: (p) => void (act(p).responsible = 'MOJ'),
    code: '1.1.1',
  },
  'activity.start-missing': {
    trigger: (p) => void (act(p).start = null),
    pass: (p) => void (act(p).start = 'Q1 2026'),
    code: '1.1.1',
  },
  'activity.completion-missing': {
    trigger: (p) => void (act(p).completion = ''),
    pass: (p) => void (act(p).completion = '2026-09-30'),
    code: '1.1.1',
  },
  'activity.date-invalid': {
    trigger: (p) => void (act(p).start = 'Annual'),
    pass: (p) => void (act(p).start = 'I kvartal'),
    code: '1.1.1',
    field: 'start',
  },
  'activity.dates-reversed': {
    trigger: (p) => void Object.assign(act(p), { start: 'IV quarter 2026', completion: 'I quarter 2026' }),
    pass: (p) => void Object.assign(act(p), { start: 'II quarter 2026', completion: 'II quarter 2026' }),
    code: '1.1.1',
  },
  'activity.date-outside-period': {
    trigger: (p) => void (act(p).completion = 'Q1 2028'),
    pass: (p) => void (act(p).completion = 'Q4 2027'),
    code: '1.1.1',
    field: 'completion',
  },
  'activity.result-indicator-missing': {
    trigger: (p) => void (act(p).resultIndicator = ''),
    pass: (p) => void (act(p).resultIndicator = 'Training held'),
    code: '1.1.1',
  },
  'activity.financial-estimate-missing': {
    trigger: (p) => void (act(p).financialEstimate = 'XXXX Euros (Ministry of the Interior budget)'),
    pass: (p) => void (act(p).financialEstimate = 'nisu potrebna sredstva'),
    code: '1.1.1',
  },
  'activity.amount-without-source': {
    trigger: (p) => void (act(p).financialEstimate = '15,000 EUR'),
    pass: (p) => void (act(p).financialEstimate = '15,000 EUR (Ministry of the Interior budget)'),
    code: '1.1.1',
  },
};

function run(mutate: Mutation): Finding[] {
  const plan = cleanPlan();
  const readIssues = mutate(plan) ?? [];
  return checkPlan(plan, { readIssues });
}

describe('the clean plan', () => {
  it('has no findings', () => {
    expect(checkPlan(cleanPlan(), {})).toEqual([]);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const c = CASES[id];

  it('is triggered by its row, with a filled-in message', () => {
    const found = run(c.trigger).filter((f) => f.rule === id);
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(Finding.parse(finding)).toEqual(finding);
    expect(finding.severity).toBe(rule.severity);
    expect(finding.guide).toBe(rule.guide);
    expect(finding.messageKey).toBe(`check.${id}`);
    expect(words(finding)).not.toMatch(/\{\w+\}/u);
    expect(finding.code).toBe(c.code ?? 'I1.1');
    if (c.field !== undefined) expect(finding.field).toBe(c.field);
  });

  it('is not triggered by the near miss', () => {
    expect(run(c.pass).map((f) => f.rule)).not.toContain(id);
  });
});

describe('the catalogue', () => {
  it('has unique kebab-case ids with an entity prefix and an English message', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(settings|sheet|structure|indicator|mePlan|activity)\.[a-z]+(-[a-z]+)*$/u);
      expect(isMessageKey(r.messageKey)).toBe(true);
    }
  });

  it('has a case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe('findings', () => {
  it('point at the source row and say what is wrong', () => {
    const plan = cleanPlan();
    plan.indicators[1].baseline = null;
    const [finding] = checkPlan(syncMePlan(plan), {});
    expect(finding).toMatchObject({
      rule: 'indicator.baseline-missing',
      entity: 'indicator',
      code: 'I2.1',
      field: 'baseline',
      at: { table: 'tblIndicators', row: 1 },
      params: { code: 'I2.1' },
    });
    expect(words(finding)).toContain('Indicator I2.1 has no baseline');
  });

  it('come in plan order, then rule order', () => {
    const plan = cleanPlan();
    plan.mePlan[1].responsible = '';
    plan.activities[0].resultIndicator = '';
    plan.activities[0].responsible = '';
    plan.indicators[1].endTarget = 'soon';
    plan.indicators[0].midTarget = null;
    plan.areas.push({ code: '3', name: 'x' });
    plan.settings.periodEnd = '2025-01-01';
    const rules = checkPlan(syncMePlan(plan), {}).map((f) => `${f.entity}:${f.code}:${f.rule}`);
    expect(rules.slice(0, 2)).toEqual([
      'settings::settings.period-reversed',
      'area:3:structure.area-without-objective',
    ]);
    const pick = rules.filter((r) => /mid-target|not-measurable|responsible|result/u.test(r));
    expect(pick).toEqual([
      'indicator:I1.1:indicator.mid-target-missing',
      'indicator:I2.1:indicator.target-not-measurable',
      'activity:1.1.1:activity.responsible-missing',
      'activity:1.1.1:activity.result-indicator-missing',
      'mePlan:I2.1:mePlan.responsible-missing',
    ]);
    expect(checkPlan(syncMePlan(plan), {}).map((f) => `${f.entity}:${f.code}:${f.rule}`)).toEqual(rules);
  });

  it('put a read issue on the record whose row it is on, and a loose one first', () => {
    const plan = cleanPlan();
    const findings = checkPlan(plan, {
      readIssues: [
        issue({
          table: 'tblActivities',
          row: 1,
          column: 'level',
          value: 'Nobody',
          sheetRow: 9,
          header: 'col.indicator.level',
        }),
        issue({
          kind: 'missingColumn',
          table: 'tblActivities',
          row: null,
          column: 'fundingSource',
          sheetRow: 3,
          header: 'col.activity.fundingSource',
        }),
      ],
    });
    expect(findings.map((f) => [f.rule, f.entity, f.code, f.at])).toEqual([
      ['sheet.missing-column', 'activity', '', { table: 'tblActivities', row: null }],
      ['sheet.unknown-list-value', 'activity', '2.1.1', { table: 'tblActivities', row: 1 }],
    ]);
    expect(words(findings[0])).toBe(
      'The column "Funding source" is missing from the table on sheet "NAP" (header row 3): it was deleted or its header renamed. Give the column back the header "Funding source" so its values can be read.',
    );
    expect(words(findings[1])).toBe(
      '"Nobody" in column "Level" on sheet "NAP", row 9, is not one of the allowed values. Pick a value from the drop-down list.',
    );
  });

  it('say nothing about a field whose column is missing, beyond the missing column itself', () => {
    const plan = cleanPlan();
    for (const indicator of plan.indicators) indicator.baselineDate = null;
    const findings = checkPlan(syncMePlan(plan), {
      readIssues: [
        issue({ kind: 'missingColumn', table: 'tblIndicators', row: null, column: 'baselineDate', sheetRow: 3 }),
      ],
    });
    expect(findings.map((f) => f.rule)).toEqual(['sheet.missing-column']);
  });

  it('resolve relative targets against the baseline before judging direction and range', () => {
    const plan = cleanPlan();
    Object.assign(plan.indicators[1], { baseline: '95%', midTarget: '+2%', endTarget: '+10%', direction: 'increase' });
    const findings = checkPlan(syncMePlan(plan), {});
    expect(findings.map((f) => [f.rule, f.field, f.params.value])).toEqual([
      ['indicator.percent-out-of-range', 'endTarget', '104.5%'],
    ]);
  });

  it('read a baseline and target in the plan locale', () => {
    const plan = cleanPlan();
    plan.settings.numberLocale = 'comma';
    Object.assign(plan.indicators[0], { baseline: '1.234,5', midTarget: '1.300', endTarget: '1.200' });
    const findings = checkPlan(syncMePlan(plan), {});
    expect(findings.map((f) => [f.rule, f.field, f.params.value, f.params.baseline])).toEqual([
      ['indicator.direction-contradicted', 'endTarget', '1200', '1234.5'],
      ['indicator.mid-target-beyond-end', 'midTarget', '1300', undefined],
    ]);
  });
});
