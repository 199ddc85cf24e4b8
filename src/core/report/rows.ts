import type { Translator } from '../i18n/translate';
import type { CellValue } from '../model/cell';
import { ACTIVITY_STATUSES, INDICATOR_STATUSES } from '../status';
import { formatShare } from '../status/format';
import { reportFormat } from './format';
import { reportLabels } from './labels';
import type { ReportModel } from './model';

/**
 * The report as rows of cells, in the report's language: the one rendering of the tables that the Report
 * sheet, the values-only workbook and the Word document all write, so they never say different things.
 */
export interface ReportRows {
  titleBlock: CellValue[][];
  summary: CellValue[][];
  /** "How status is computed", a line a row, under the same group column as the summary. */
  rule: CellValue[][];
  areas: CellValue[][];
  outcomes: CellValue[][];
  indicators: CellValue[][];
}

export function reportRows(model: ReportModel, t: Translator): ReportRows {
  const { numberLocale } = model.plan;
  const format = reportFormat(model.language, numberLocale);
  const labels = reportLabels(t, format, model.plan.currency);
  const { reporting } = model.summary;
  const rate =
    reporting.rate === null ? '' : t('report.summary.rateValue', { rate: formatShare(reporting.rate, numberLocale) });
  const group = (key: 'indicators' | 'activities' | 'reporting' | 'rule') => t(`report.summary.group.${key}`);
  const lines = (items: readonly string[]) => items.join('\n');
  return {
    titleBlock: [
      [t('report.titleBlock.plan'), model.plan.title],
      [t('report.titleBlock.country'), model.plan.country],
      [t('report.titleBlock.period'), labels.period(model)],
      [t('report.titleBlock.asOf'), format.date(model.range.to)],
      [t('report.titleBlock.deadline'), model.deadline ? format.date(model.deadline) : t('report.titleBlock.notSet')],
      [t('report.titleBlock.generated'), format.date(model.generated)],
    ],
    summary: [
      ...INDICATOR_STATUSES.map((s) => [group('indicators'), t(`status.indicator.${s}`), model.summary.indicators[s]]),
      ...ACTIVITY_STATUSES.map((s) => [group('activities'), t(`status.activity.${s}`), model.summary.activities[s]]),
      [group('reporting'), t('report.summary.expected'), reporting.expected],
      [group('reporting'), t('report.summary.received'), reporting.received],
      [group('reporting'), t('report.summary.rate'), rate],
      [
        group('reporting'),
        t('report.summary.missing'),
        reporting.missing.map((pair) => `${pair.agency} (${pair.period})`).join(', '),
      ],
    ],
    rule: model.summary.rule.map((line) => [group('rule'), labels.sentence(line), '']),
    areas: model.areas.map((area) => [
      area.code,
      area.name,
      ...INDICATOR_STATUSES.map((s) => area.counts[s]),
      t(`status.rollup.${area.status}`),
    ]),
    outcomes: model.areas.flatMap((area) =>
      area.outcomes.map((outcome) => [
        area.code,
        outcome.code,
        outcome.text,
        labels.outcomeStatus(outcome),
        labels.onTrackCount(outcome),
        lines(labels.attributed(outcome.achievements)),
        lines(labels.attributed(outcome.activities)),
        lines(labels.attributed(outcome.comments)),
        labels.resources(outcome),
        outcome.donors.join(', '),
      ]),
    ),
    indicators: model.areas.flatMap((area) =>
      area.outcomes.flatMap((outcome) =>
        outcome.indicators.map((line) => [
          line.code,
          line.text,
          labels.reason(line.reason),
          labels.indicatorStatus(line),
          labels.value(line.value),
          line.baseline,
          line.target,
          line.unit,
          line.targetDate,
          outcome.code,
          area.code,
          labels.agencyViews(line),
        ]),
      ),
    ),
  };
}
