import { computeStatusWorkbook } from '../../app/computeStatusWorkbook';
import { renderSentence, renderSentences, type Sentence } from '../../core/i18n/sentence';
import type { Translator } from '../../core/i18n/translate';
import { Language } from '../../core/model/enums';
import type { RollupResult, StatusReport } from '../../core/status';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { openWorkbook } from '../fileInput';
import { choiceOption, dateOption, requiredOption } from '../optionValues';

/** A reason both ways: the text in the chosen language, and the messages behind it for programs to read. */
function reasonFields(t: Translator, reason: Sentence[]) {
  return { reason: renderSentences(t, reason), reason_messages: reason };
}

function statusJson(report: StatusReport, t: Translator): string {
  const rollup = (r: RollupResult) => ({
    code: r.code,
    status: r.status,
    counts: r.counts,
    activity_counts: r.activityCounts,
    assessable: r.assessable,
    share: r.share,
    ...reasonFields(t, r.reason),
  });
  return JSON.stringify(
    {
      as_of: report.asOf,
      indicators: report.indicators.map((r) => ({
        code: r.code,
        status: r.status,
        progress: r.progress,
        achieved_share: r.achievedShare,
        expected: r.expected,
        actual: r.actual,
        ...reasonFields(t, r.reason),
        self_assessment: r.selfAssessment,
      })),
      activities: report.activities.map((r) => ({
        code: r.code,
        status: r.status,
        progress: null,
        achieved_share: null,
        expected: r.plannedEnd,
        actual: r.implementation,
        ...reasonFields(t, r.reason),
      })),
      outcomes: report.objectives.map(rollup),
      areas: report.areas.map(rollup),
      explanation: report.explanation.map((line) => renderSentence(t, line)),
      explanation_messages: report.explanation,
    },
    null,
    2,
  );
}

function statusText(report: StatusReport, t: Translator): string {
  const percent = (value: number | null) => (value === null ? '' : `${Math.round(value * 100)} %`);
  const lines = [
    ...report.indicators.map(
      (r) => `${r.code}\t${t(`status.indicator.${r.status}`)}\t${percent(r.progress)}\t${renderSentences(t, r.reason)}`,
    ),
    ...report.activities.map(
      (r) => `${r.code}\t${t(`status.activity.${r.status}`)}\t\t${renderSentences(t, r.reason)}`,
    ),
    ...report.areas.map(
      (r) =>
        `${t('cli.status.area')} ${r.code}\t${t(`status.rollup.${r.status}`)}\t${percent(r.share)}\t${renderSentences(t, r.reason)}`,
    ),
    ...report.explanation.map((line) => renderSentence(t, line)),
  ];
  return lines.join('\n');
}

/** `nap-monitor status plan.xlsx --as-of YYYY-MM-DD [--json]`: the task pane's "Status", on a file it leaves untouched. */
export const statusCommand: Command = {
  name: 'status',
  summary: 'cli.status.summary',
  usage: (t) => t('cli.status.usage', { languages: Language.options.join(', ') }),
  options: { file: 'positional', 'as-of': 'value', json: 'flag', language: 'value' },
  async run(options, io, t) {
    const file = requiredOption(options, 'file');
    const asOf = dateOption(options, 'as-of') ?? io.today();
    const language = choiceOption(options, 'language', Language.options, 'en');
    const gateway = await openWorkbook(io, file);
    const { report, warnings } = await computeStatusWorkbook(gateway, { language, file, asOf, write: false });
    for (const warning of warnings) io.stderr(warning);
    // One write for the whole output: thousands of lines written one by one cost more than computing them.
    io.stdout(options.json === true ? statusJson(report, t) : statusText(report, t));
    return EXIT.ok;
  },
};
