import { checkPlanWorkbook } from '../../app/checkPlanWorkbook';
import { Language } from '../../core/model/enums';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { openWorkbook } from '../fileInput';
import { choiceOption, requiredOption } from '../optionValues';

/**
 * `nap-monitor check plan.xlsx [--json]`: the task pane's "Check", on a file, which it leaves untouched.
 * Exits 0 whenever the check ran, whatever it found: findings are the output, not a failure.
 */
export const checkCommand: Command = {
  name: 'check',
  summary: 'cli.check.summary',
  usage: (t) => t('cli.check.usage', { languages: Language.options.join(', ') }),
  options: { file: 'positional', json: 'flag', language: 'value' },
  async run(options, io, t) {
    const file = requiredOption(options, 'file');
    const language = choiceOption(options, 'language', Language.options, 'en');
    const gateway = await openWorkbook(io, file);
    const result = await checkPlanWorkbook(gateway, { language, file, mark: false, writeSheet: false });
    if (options.json === true) {
      const findings = result.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        sheet: finding.cell?.sheet ?? null,
        cell: finding.cell?.address ?? null,
        code: finding.code,
        message: finding.message,
      }));
      io.stdout(JSON.stringify(findings, null, 2));
      return EXIT.ok;
    }
    for (const finding of result.findings) {
      const where = finding.cell ? `${finding.cell.sheet}!${finding.cell.address}` : '-';
      io.stdout(`${t(`severity.${finding.severity}`)}\t${where}\t${finding.code}\t${finding.message}`);
    }
    const { overall } = result.completeness;
    io.stdout(
      t('cli.check.summaryLine', {
        errors: result.errors,
        warnings: result.warnings,
        share: overall.share === null ? '–' : `${Math.round(overall.share * 100)} %`,
        indicatorsOk: overall.indicators.withoutError,
        indicators: overall.indicators.total,
        activitiesOk: overall.activities.withoutError,
        activities: overall.activities.total,
      }),
    );
    return EXIT.ok;
  },
};
