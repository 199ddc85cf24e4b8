import { localeFormat } from '../i18n/locale';
import { translate } from '../i18n/translate';
import type { Indicator, Plan, PlanSettings } from '../model/plan';
import type { ExampleText } from './text/en';

/**
 * The guide's Annex 3 sample plan (adapted there from Montenegro's 2020 action plan), kept in its own words
 * so coordinators can learn from it, warts included: the checker rightly flags its placeholders ("XXXX
 * Euros"), its unmeasured baseline and the activity numbered 2.1.2 under key measure 3.1. Where the guide
 * leaves a number as a placeholder for an indicator, a plausible figure stands in, so status can be shown.
 * One structure (codes, numbers, dates, links) in every language; the words are the plan language's
 * (text/*.ts, loaded by exampleText), since this is the plan's own document content, not interface text.
 */
export function examplePlan(settings: PlanSettings, words: ExampleText): Plan {
  const { language } = settings;
  const y0 = Number(settings.periodStart.slice(0, 4));
  const mid = `${y0 + 1}-06-30`;
  const end = settings.periodEnd;
  const baselineDate = `${y0 - 1}-12-31`;
  const date = (iso: string) => localeFormat(language).date(iso, 'long');
  const values: Record<string, string> = {
    year: String(y0 + 2),
    country: settings.country || words.country,
    start: date(settings.periodStart),
    mid: date(mid),
    end: date(end),
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/gu, (all, name: string) => values[name] ?? all);
  const quarter = (n: 1 | 2 | 3 | 4) => `${translate(language, `quarter.${n}`)} ${y0}`;
  return {
    settings,
    areas: AREAS.map((code) => ({ code, name: words.areas[code] })),
    agencies: AGENCIES.map((code) => ({ code, name: words.agencies[code], contactPerson: '', email: '' })),
    objectives: AREAS.map((code) => ({ code, area: code, text: words.objectives[code] })),
    indicators: INDICATORS.map((spec) => {
      const own: IndicatorWords = words.indicators[spec.code];
      return {
        code: spec.code,
        objective: spec.code.slice(1, 2),
        level: 'outcome',
        text: fill(own.text),
        type: spec.type,
        direction: spec.direction,
        aggregation: 'latest',
        unit: own.unit,
        // Figures are the same in every language; where the guide gives words, they are the language's.
        baseline: spec.baseline ?? own.baseline ?? '',
        baselineDate: spec.baselineMeasured ? baselineDate : '',
        midTarget: spec.midTarget ?? own.midTarget ?? '',
        midDate: mid,
        endTarget: spec.endTarget ?? own.endTarget ?? '',
        endDate: end,
        disaggregation: own.disaggregation,
      };
    }),
    keyMeasures: KEY_MEASURES.map((code) => ({ code, objective: code.slice(0, 1), text: words.keyMeasures[code] })),
    activities: ACTIVITIES.map(([code, keyMeasure, start, completion], i) => ({
      code,
      keyMeasure,
      start: quarter(start),
      completion: quarter(completion),
      ...words.activities[i],
    })),
    mePlanHeader: {
      purpose: fill(words.mePlanHeader.purpose),
      context: fill(words.mePlanHeader.context),
      reporting: fill(words.mePlanHeader.reporting),
      review: fill(words.mePlanHeader.review),
    },
    mePlan: ME_PLAN.map(([indicator, output, frequency, responsible]) => ({
      indicator,
      output,
      meansOfVerification: words.meansOfVerification[indicator],
      frequency,
      responsible,
      shown: { baseline: '', midTarget: '', endTarget: '' },
    })),
  };
}

const AREAS = ['1', '2', '3', '4'] as const;

/** What the text tables give an indicator: its sentences, and the words the guide has for some values. */
interface IndicatorWords {
  text: string;
  unit: string;
  disaggregation: string;
  baseline?: string;
  midTarget?: string;
  endTarget?: string;
}

interface IndicatorSpec {
  code: keyof ExampleText['indicators'];
  type: Indicator['type'];
  direction: Indicator['direction'];
  /** Figures where the guide has them (or a plausible one for its placeholder); else the language's words. */
  baseline?: string;
  midTarget?: string;
  endTarget?: string;
  /** I2.1's baseline is a sentence that no research was done: it has no date, as in the guide. */
  baselineMeasured: boolean;
}

const INDICATORS: readonly IndicatorSpec[] = [
  {
    code: 'I1.1',
    type: 'number',
    direction: 'increase',
    baseline: '3',
    midTarget: '4',
    endTarget: '5',
    baselineMeasured: true,
  },
  {
    code: 'I2.1',
    type: 'percentage',
    direction: 'increase',
    midTarget: '+5%',
    endTarget: '+10%',
    baselineMeasured: false,
  },
  {
    code: 'I2.2',
    type: 'number',
    direction: 'increase',
    baseline: '1200',
    midTarget: '+5%',
    endTarget: '+10%',
    baselineMeasured: true,
  },
  { code: 'I3.1', type: 'milestone', direction: 'achieve', baselineMeasured: true },
  {
    code: 'I4.1',
    type: 'number',
    direction: 'increase',
    baseline: '48',
    midTarget: '+10%',
    endTarget: '+20%',
    baselineMeasured: true,
  },
];
const AGENCIES = ['ATC', 'MOI', 'POL', 'SOC', 'JTC', 'PPO'] as const;
const KEY_MEASURES = ['1.1', '2.1', '2.2', '3.1', '4.1', '4.2'] as const;

/**
 * Code, key measure, start and completion quarter of each activity, in the order of the text tables. The
 * guide's activity table covers one year and writes quarters without one ("I quarter"); in a plan over
 * several years that would be ambiguous, so the example places its activities in the first year.
 */
const ACTIVITIES: ReadonlyArray<readonly [string, string, 1 | 2 | 3 | 4, 1 | 2 | 3 | 4]> = [
  ['1.1.1', '1.1', 1, 1],
  ['1.1.2', '1.1', 1, 4],
  ['1.1.3', '1.1', 1, 1],
  ['1.1.4', '1.1', 1, 4],
  ['2.1.1', '2.1', 4, 4],
  ['2.1.2', '2.1', 3, 3],
  ['2.2.1', '2.2', 3, 3],
  ['2.2.2', '2.2', 2, 2],
  ['3.1.1', '3.1', 2, 2],
  ['2.1.2', '3.1', 1, 4],
  ['4.1.1', '4.1', 1, 4],
  ['4.1.2', '4.1', 1, 4],
  ['4.2.1', '4.2', 1, 1],
  ['4.2.2', '4.2', 1, 1],
];

const ME_PLAN: ReadonlyArray<
  readonly ['I1.1' | 'I2.1' | 'I2.2' | 'I3.1' | 'I4.1', string, Plan['mePlan'][number]['frequency'], string]
> = [
  ['I1.1', '1.1', 'annual', 'ATC'],
  ['I2.1', '2.2', 'biennial', 'ATC'],
  ['I2.2', '2.2', 'quarterly', 'SOC'],
  ['I3.1', '3.1', 'quarterly', 'MOI'],
  ['I4.1', '4.1', 'quarterly', 'POL'],
];
