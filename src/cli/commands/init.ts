import { setupPlanWorkbook } from '../../app/setupPlanWorkbook';
import { Language, ReportingFrequency } from '../../core/model/enums';
import { valueOf } from '../args';
import { CliError } from '../cliError';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { writeOutput } from '../fileIo';
import { choiceOption, dateOption, requiredOption } from '../optionValues';

/** A plan usually runs two to four years; by default this one runs from 1 January this year for three. */
const DEFAULT_YEARS = 3;

/** `nap-monitor init`: a new plan workbook file, laid out by the same use case as the task pane's "Set up". */
export const initCommand: Command = {
  name: 'init',
  summary: 'cli.init.summary',
  usage: (t) =>
    t('cli.init.usage', { frequencies: ReportingFrequency.options.join(', '), languages: Language.options.join(', ') }),
  options: {
    out: 'value',
    example: 'flag',
    title: 'value',
    country: 'value',
    start: 'value',
    end: 'value',
    reporting: 'value',
    language: 'value',
    force: 'flag',
  },
  async run(options, io, t) {
    const out = requiredOption(options, 'out');
    const language = choiceOption(options, 'language', Language.options, 'en');
    const reportingFrequency = choiceOption(options, 'reporting', ReportingFrequency.options, 'quarterly');
    const periodStart = dateOption(options, 'start') ?? `${io.today().slice(0, 4)}-01-01`;
    const periodEnd = dateOption(options, 'end') ?? `${Number(periodStart.slice(0, 4)) + DEFAULT_YEARS - 1}-12-31`;
    if (options.force !== true && (await io.exists(out)))
      throw new CliError('cli.error.fileExists', { file: out }, EXIT.workbook);

    // exceljs is loaded only by the commands that write a new workbook, to keep the others' start-up short.
    const { XlsxGateway } = await import('../../files/xlsxGateway');
    const gateway = XlsxGateway.empty(out);
    const result = await setupPlanWorkbook(gateway, {
      title: valueOf(options, 'title') ?? '',
      country: valueOf(options, 'country') ?? '',
      periodStart,
      periodEnd,
      reportingFrequency,
      language,
      example: options.example === true,
    });
    await writeOutput(io, out, await gateway.toBytes(), { replace: options.force === true });
    for (const message of result.messages) io.stdout(message);
    io.stdout(t('cli.init.written', { file: out }));
    return EXIT.ok;
  },
};
