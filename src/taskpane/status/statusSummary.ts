import { dateParam, type Translator } from '../../core/i18n/translate';
import type { StatusReport } from '../../core/status/report';
import { ASSESSED_STATUSES } from '../../core/status/statuses';
import type { Outcome } from '../components/ResultMessage';

/**
 * The line above the results. "0 of 0 assessable indicators on track" is no success: when nothing can be judged
 * the line says why and what to do. Counts of what is on track are information, not a success to celebrate.
 */
export function statusSummary(report: StatusReport, warnings: string[], t: Translator): Outcome {
  const count = (status: string) => report.indicators.filter((r) => r.status === status).length;
  const assessable = report.indicators.filter((r) => ASSESSED_STATUSES.has(r.status)).length;
  if (report.indicators.length === 0) {
    return { intent: 'warning', lines: [t('ui.status.noIndicators', { asOf: dateParam(report.asOf) }), ...warnings] };
  }
  if (assessable === 0) {
    return {
      intent: 'warning',
      lines: [
        t('ui.status.nothingAssessable', {
          asOf: dateParam(report.asOf),
          notDueYet: count('notDueYet'),
          noData: count('noData'),
          notAssessable: count('notAssessable'),
        }),
        ...warnings,
      ],
    };
  }
  const onTrack = count('achieved') + count('onTrack');
  return {
    intent: warnings.length > 0 ? 'warning' : 'info',
    lines: [t('ui.status.done', { asOf: dateParam(report.asOf), onTrack, assessable }), ...warnings],
  };
}
