import { renderSentence, renderSentences, type Sentence } from '../../../src/core/i18n/sentence';
import { translator } from '../../../src/core/i18n/translate';
import type { Activity, Indicator, Plan, PlanSettings } from '../../../src/core/model/plan';
import { ProgressRow } from '../../../src/core/model/progress';
import {
  computeStatus,
  DEFAULT_STATUS_SETTINGS,
  type StatusReport,
  type StatusSettings,
} from '../../../src/core/status';

/** A two-year plan, 2026–2027: with baseline dated 2025 and end dated 2027, 2026-12-31 is exactly halfway. */
export const SETTINGS: PlanSettings = {
  planId: 'test-plan',
  layoutVersion: 1,
  title: 'Test plan',
  country: 'Testland',
  periodStart: '2026-01-01',
  periodEnd: '2027-12-31',
  reportingFrequency: 'quarterly',
  language: 'en',
  currency: 'EUR',
  numberLocale: 'dot',
};

export const HALFWAY = '2026-12-31';
export const AFTER_END = '2028-03-31';

export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    code: 'I1.1',
    objective: '1',
    level: 'outcome',
    text: 'Test indicator',
    type: 'number',
    direction: 'increase',
    aggregation: 'latest',
    unit: '',
    baseline: 100,
    baselineDate: 2025,
    midTarget: null,
    midDate: null,
    endTarget: 200,
    endDate: 2027,
    disaggregation: '',
    ...over,
  };
}

export function activity(over: Partial<Activity> = {}): Activity {
  return {
    code: '1.1.1',
    keyMeasure: '1.1',
    text: 'Test activity',
    responsible: 'MOI',
    start: 'II quarter 2026',
    completion: 'IV quarter 2026',
    resultIndicator: '',
    financialEstimate: null,
    fundingSource: '',
    ...over,
  };
}

export function plan(
  parts: Partial<Pick<Plan, 'indicators' | 'activities' | 'objectives' | 'areas' | 'keyMeasures'>> = {},
): Plan {
  return {
    settings: SETTINGS,
    areas: [
      { code: '1', name: 'Enabling Framework' },
      { code: '2', name: 'Prevention' },
    ],
    agencies: [],
    objectives: [
      { code: '1', area: '1', text: 'Objective 1' },
      { code: '2', area: '2', text: 'Objective 2' },
    ],
    indicators: [],
    keyMeasures: [
      { code: '1.1', objective: '1', text: 'Key measure 1.1' },
      { code: '2.1', objective: '2', text: 'Key measure 2.1' },
    ],
    activities: [],
    mePlanHeader: { purpose: '', context: '', reporting: '', review: '' },
    mePlan: [],
    ...parts,
  };
}

export function row(over: Partial<ProgressRow> & { period: string }): ProgressRow {
  return ProgressRow.parse({ agency: 'MOI', code: 'I1.1', ...over });
}

export function rawReport(
  p: Plan,
  rows: ProgressRow[],
  asOf: string = HALFWAY,
  settings: Partial<StatusSettings> = {},
): StatusReport {
  return computeStatus(p, rows, asOf, { ...DEFAULT_STATUS_SETTINGS, ...settings });
}

const english = translator('en');

/** A reason as an English reader sees it, with the key of its judgement for tests that check which rule spoke. */
function said<R extends { reason: Sentence[] }>(result: R) {
  return { ...result, reason: renderSentences(english, result.reason), reasonKey: result.reason[0].key };
}

function saidWithNotes<R extends { reason: Sentence[]; notes: Sentence[] }>(result: R) {
  return { ...said(result), notes: result.notes.map((note) => renderSentence(english, note)) };
}

/** The report written in English, as the edges write it: most tests read the reasons as sentences. */
export function report(p: Plan, rows: ProgressRow[], asOf: string = HALFWAY, settings: Partial<StatusSettings> = {}) {
  const r = rawReport(p, rows, asOf, settings);
  return {
    ...r,
    indicators: r.indicators.map(saidWithNotes),
    activities: r.activities.map(saidWithNotes),
    objectives: r.objectives.map(said),
    areas: r.areas.map(said),
    explanation: r.explanation.map((line) => renderSentence(english, line)),
  };
}

/** The result for one indicator judged alone. */
export function statusOf(
  ind: Partial<Indicator>,
  rows: ProgressRow[],
  asOf: string = HALFWAY,
  settings: Partial<StatusSettings> = {},
) {
  return report(plan({ indicators: [indicator(ind)] }), rows, asOf, settings).indicators[0];
}

export function activityStatusOf(act: Partial<Activity>, rows: ProgressRow[], asOf: string = HALFWAY) {
  return report(plan({ activities: [activity(act)] }), rows, asOf).activities[0];
}
