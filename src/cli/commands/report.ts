import { exportReport } from '../../app/exportReport';
import { Language } from '../../core/model/enums';
import { yearRange, type ReportRange } from '../../core/report';
import { REPORT_FORMATS, REPORT_RENDERERS, isReportFormat } from '../../files/export/renderers';
import type { ReportRenderer } from '../../files/export/reportRenderer';
import { valueOf, type ParsedOptions } from '../args';
import { CliError } from '../cliError';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { openWorkbook } from '../fileInput';
import { writeOutput } from '../fileIo';
import { choiceOption, dateOption, requiredOption } from '../optionValues';

/** The format follows the name of the file asked for: report.docx, report.xlsx or report.csv. */
function rendererFor(out: string): Promise<ReportRenderer> {
  const extension = out.slice(out.lastIndexOf('.') + 1).toLowerCase();
  if (!isReportFormat(extension))
    throw new CliError('cli.report.badFormat', { file: out, formats: REPORT_FORMATS.map((f) => `.${f}`).join(', ') });
  return REPORT_RENDERERS[extension]();
}

/** --year 2026, or --from and --to for any range of days. */
function rangeOption(options: ParsedOptions): ReportRange {
  const year = valueOf(options, 'year');
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year.trim())) throw new CliError('cli.report.badYear', { value: year });
    return yearRange(Number(year));
  }
  const from = dateOption(options, 'from');
  const to = dateOption(options, 'to');
  if (from === undefined || to === undefined) throw new CliError('cli.error.missingOption', { option: '--year' });
  return { from, to };
}

/**
 * `nap-monitor report plan.xlsx --year 2026 --out report.docx|report.xlsx|report.csv`: the Report panel's
 * exports on a file, with the narrative from the file's Report sheet. The plan file is only read.
 */
export const reportCommand: Command = {
  name: 'report',
  summary: 'cli.report.summary',
  usage: (t) => t('cli.report.usage', { languages: Language.options.join(', ') }),
  options: {
    file: 'positional',
    year: 'value',
    from: 'value',
    to: 'value',
    out: 'value',
    deadline: 'value',
    language: 'value',
    force: 'flag',
  },
  async run(options, io, t) {
    const file = requiredOption(options, 'file');
    const out = requiredOption(options, 'out');
    const loading = rendererFor(out);
    const range = rangeOption(options);
    const language = choiceOption(options, 'language', Language.options, 'en');
    const deadline = dateOption(options, 'deadline') ?? null;
    const renderer = await loading;
    const gateway = await openWorkbook(io, file);
    const exported = await exportReport(gateway, { language, file, range, today: io.today(), deadline }, renderer);
    await writeOutput(io, out, exported.bytes, { replace: options.force === true });
    const { reporting } = exported.model.summary;
    io.stdout(
      t('cli.report.written', {
        file: out,
        indicators: exported.model.areas.reduce(
          (n, a) => n + a.outcomes.reduce((m, o) => m + o.indicators.length, 0),
          0,
        ),
        received: reporting.received,
        expected: reporting.expected,
      }),
    );
    return EXIT.ok;
  },
};
