import { renderSentence, renderSentences, type Sentence } from '../i18n/sentence';
import type { Translator } from '../i18n/translate';
import type { SelfAssessment } from '../status';
import type { Attributed } from './evidence';
import type { ReportFormat } from './format';
import type { IndicatorLine, OutcomeSection, ReportModel, ReportedValue } from './model';

/**
 * The report's words at the edge: every renderer (sheet, .docx, .xlsx, .csv) says a value, a status or an
 * agency's text the same way, in the report's language and the plan's number format.
 */
export interface ReportLabels {
  sentence(sentence: Sentence): string;
  /** A status reason: the judgement and the assumptions it rests on, as one paragraph. */
  reason(reason: readonly Sentence[]): string;
  value(value: ReportedValue): string;
  indicatorStatus(line: IndicatorLine): string;
  outcomeStatus(outcome: OutcomeSection): string;
  agencyViews(line: IndicatorLine): string;
  attributed(items: readonly Attributed[]): string[];
  resources(outcome: OutcomeSection): string;
  onTrackCount(outcome: OutcomeSection): string;
  period(model: ReportModel): string;
}

export function reportLabels(t: Translator, format: ReportFormat, currency: string): ReportLabels {
  const agencyView = (line: IndicatorLine, view: SelfAssessment) =>
    t(view.mismatch ? 'report.agencyViewDiffers' : 'report.agencyView', {
      agency: view.agency,
      period: view.period,
      assessment: t(`enum.assessment.${view.assessment}`),
      status: t(`status.indicator.${line.status}`),
    });
  return {
    sentence: (sentence) => renderSentence(t, sentence),
    reason: (reason) => renderSentences(t, reason),
    value(value) {
      switch (value.kind) {
        case 'number':
          return format.number(value.value);
        case 'milestone':
          return t(`status.milestone.${value.state}`);
        case 'scale':
          return t(`status.scale.${value.level}`);
        default:
          return t('report.none');
      }
    },
    indicatorStatus: (line) => t(`status.indicator.${line.status}`),
    outcomeStatus: (outcome) => t(`status.rollup.${outcome.status}`),
    agencyViews: (line) => line.selfAssessment.map((view) => agencyView(line, view)).join('; '),
    attributed: (items) =>
      items.map((item) =>
        t('report.attributed', {
          text:
            item.implementation === null
              ? item.text
              : t('report.activityReported', {
                  code: item.code,
                  text: item.text,
                  implementation: t(`enum.implementation.${item.implementation}`),
                }),
          agency: item.agency,
          period: item.period,
        }),
      ),
    resources: (outcome) =>
      outcome.spent === null ? '' : t('report.resources', { amount: format.number(outcome.spent), currency }),
    onTrackCount: (outcome) => t('report.onTrackCount', { good: outcome.good, assessable: outcome.assessable }),
    period: (model) =>
      t('report.titleBlock.range', { from: format.date(model.range.from), to: format.date(model.range.to) }),
  };
}
