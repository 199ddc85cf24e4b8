import { codeKey } from '../model/code';
import type { Language } from '../model/enums';
import type { Plan } from '../model/plan';
import type { ProgressRow } from '../model/progress';
import {
  ACTIVITY_STATUSES,
  INDICATOR_STATUSES,
  computeStatus,
  type IndicatorResult,
  type StatusReport,
  type StatusSettings,
} from '../status';
import { outcomeEvidence, type OutcomeEvidence } from './evidence';
import { dateCell, reportFormat, type ReportFormat } from './format';
import type { IndicatorLine, ReportModel, ReportedValue } from './model';
import { narrativeItems, outcomeNarrativeKey } from './narrative';
import type { ReportRange } from './range';
import { reportingRate, returnsFromLedger, type ReturnsRegister } from './returns';

export interface ReportInput {
  plan: Plan;
  ledger: readonly ProgressRow[];
  settings: StatusSettings;
  range: ReportRange;
  language: Language;
  /** Today, YYYY-MM-DD. */
  generated: string;
  deadline: string | null;
  /** What users wrote in the narrative cells, by narrative key. */
  narrative: ReadonlyMap<string, string>;
  /** The returns expected and received; by default read from the ledger. */
  returns?: ReturnsRegister;
}

const SCALE_LEVELS = ['none', 'low', 'partial', 'high', 'full'] as const;

function reportedValue(result: IndicatorResult): ReportedValue {
  if (result.measure === 'milestone' && result.state !== null) return { kind: 'milestone', state: result.state };
  if (result.actual === null) return { kind: 'none' };
  if (result.measure === 'scale') {
    const level = SCALE_LEVELS[Math.max(0, Math.min(4, Math.round(result.actual)))];
    return { kind: 'scale', level };
  }
  return { kind: 'number', value: result.actual };
}

function indicatorLines(plan: Plan, status: StatusReport, format: ReportFormat): Map<string, IndicatorLine[]> {
  const resultOf = new Map(status.indicators.map((r) => [r.code, r]));
  const byOutcome = new Map<string, IndicatorLine[]>();
  for (const indicator of plan.indicators) {
    const result = resultOf.get(indicator.code) as IndicatorResult;
    const key = codeKey(indicator.objective);
    const lines = byOutcome.get(key) ?? [];
    byOutcome.set(key, lines);
    lines.push({
      code: indicator.code.trim(),
      text: indicator.text,
      unit: indicator.unit,
      baseline: format.cell(indicator.baseline),
      baselineDate: dateCell(indicator.baselineDate, format),
      value: reportedValue(result),
      target: format.cell(indicator.endTarget),
      targetDate: dateCell(indicator.endDate, format),
      status: result.status,
      twoWay: result.twoWay,
      reason: result.reason,
      selfAssessment: result.selfAssessment,
    });
  }
  return byOutcome;
}

function tally<K extends string>(items: readonly { status: K }[], keys: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const item of items) counts[item.status]++;
  return counts;
}

const NO_EVIDENCE: OutcomeEvidence = { achievements: [], activities: [], comments: [], spent: null, donors: [] };

/**
 * The annual monitoring report for a range: status judged at the range's last day, section 5 per area and
 * outcome with what agencies reported in the range, the reporting rate and the narrative kept by key.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { plan, ledger, range, language } = input;
  const format = reportFormat(language, plan.settings.numberLocale);
  const status = computeStatus(plan, ledger, range.to, input.settings);
  const lines = indicatorLines(plan, status, format);
  const evidence = outcomeEvidence(plan, ledger, range, plan.settings.numberLocale);
  const outcomeResult = new Map(status.objectives.map((r) => [codeKey(r.code), r]));
  const areaResult = new Map(status.areas.map((r) => [codeKey(r.code), r]));

  return {
    language,
    range,
    plan: {
      title: plan.settings.title,
      country: plan.settings.country,
      currency: plan.settings.currency,
      numberLocale: plan.settings.numberLocale,
    },
    deadline: input.deadline,
    generated: input.generated,
    summary: {
      indicators: tally(status.indicators, INDICATOR_STATUSES),
      activities: tally(status.activities, ACTIVITY_STATUSES),
      rule: status.explanation,
      reporting: reportingRate(input.returns ?? returnsFromLedger(plan, ledger, range)),
    },
    areas: plan.areas.map((area) => {
      const rollup = areaResult.get(codeKey(area.code));
      return {
        code: area.code.trim(),
        name: area.name,
        status: rollup?.status ?? 'notAssessable',
        reason: rollup?.reason ?? [],
        counts: rollup?.counts ?? tally([], INDICATOR_STATUSES),
        outcomes: plan.objectives
          .filter((objective) => codeKey(objective.area) === codeKey(area.code))
          .map((objective) => {
            const key = codeKey(objective.code);
            const result = outcomeResult.get(key);
            return {
              code: objective.code.trim(),
              text: objective.text,
              status: result?.status ?? 'notAssessable',
              reason: result?.reason ?? [],
              good: (result?.counts.achieved ?? 0) + (result?.counts.onTrack ?? 0),
              assessable: result?.assessable ?? 0,
              indicators: lines.get(key) ?? [],
              ...(evidence.get(key) ?? NO_EVIDENCE),
              commentKey: outcomeNarrativeKey(objective.code),
            };
          }),
      };
    }),
    narrative: narrativeItems(plan.objectives, input.narrative),
  };
}
