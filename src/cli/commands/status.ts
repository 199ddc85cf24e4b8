import { computeStatusWorkbook } from '../../app/computeStatusWorkbook';
import { Language } from '../../core/model/enums';
import type { RollupResult } from '../../core/status';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { openWorkbook } from '../fileInput';
import { choiceOption, dateOption, requiredOption } from '../optionValues';

const rollup = (r: RollupResult) => ({
  code: r.code,
  status: r.status,
  counts: r.counts,
  activity_counts: r.activityCounts,
  assessable: r.assessable,
  share: r.share,
  reason: r.reason,
});

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
    if (options.json === true) {
      io.stdout(
        JSON.stringify(
          {
            as_of: report.asOf,
            indicators: report.indicators.map((r) => ({
              code: r.code,
              status: r.status,
              progress: r.progress,
              achieved_share: r.achievedShare,
              expected: r.expected,
              actual: r.actual,
              reason: r.reason,
              self_assessment: r.selfAssessment,
            })),
            activities: report.activities.map((r) => ({
              code: r.code,
              status: r.status,
              progress: null,
              achieved_share: null,
              expected: r.plannedEnd,
              actual: r.implementation,
              reason: r.reason,
            })),
            outcomes: report.objectives.map(rollup),
            areas: report.areas.map(rollup),
            explanation: report.explanation,
          },
          null,
          2,
        ),
      );
      return EXIT.ok;
    }
    const percent = (value: number | null) => (value === null ? '' : `${Math.round(value * 100)} %`);
    for (const r of report.indicators)
      io.stdout(`${r.code}\t${t(`status.indicator.${r.status}`)}\t${percent(r.progress)}\t${r.reason}`);
    for (const r of report.activities) io.stdout(`${r.code}\t${t(`status.activity.${r.status}`)}\t\t${r.reason}`);
    for (const r of report.areas)
      io.stdout(
        `${t('cli.status.area')} ${r.code}\t${t(`status.rollup.${r.status}`)}\t${percent(r.share)}\t${r.reason}`,
      );
    for (const line of report.explanation) io.stdout(line);
    return EXIT.ok;
  },
};
