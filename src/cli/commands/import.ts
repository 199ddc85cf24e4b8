import { basename, join } from 'node:path';
import { feedbackCopies } from '../../app/feedbackCopies';
import {
  applyImport,
  previewImport,
  type FileReport,
  type ImportOptions,
  type ImportResult,
} from '../../app/importReturns';
import type { Translator } from '../../core/i18n/translate';
import { Language } from '../../core/model/enums';
import { PrivacyDecision } from '../../core/consolidation/personalDataFlag';
import { PlanFileGateway } from '../../files/planPatch/planFileGateway';
import { parseReturnedForm } from '../../files/returnedForm/parseReturnedForm';
import { restOf, valueOf } from '../args';
import { CliError } from '../cliError';
import type { CliIo } from '../cliIo';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { makeOutputFolder, writeOutput } from '../fileIo';
import { choiceOption, requiredOption } from '../optionValues';
import { fileSystemError } from '../systemError';
import { dateParam } from '../../core/i18n/params';

async function readBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileSystemError(error, path, 'read');
  }
}

function printFile(io: CliIo, t: Translator, file: FileReport): void {
  io.stdout(`${file.fileName}\t${t(`import.status.${file.status}`)}`);
  if (file.message) io.stdout(`  ${file.message}`);
  if (
    file.status === 'ready' ||
    file.status === 'applied' ||
    file.status === 'problems' ||
    file.status === 'personalData'
  )
    io.stdout(
      `  ${t('import.summary.counts', { added: file.added, changed: file.changed.length, dropped: file.dropped, superseded: file.superseded })}`,
    );
  for (const change of file.changed)
    io.stdout(
      `  ${t('import.summary.change', { code: change.code, category: change.category || '—', before: change.before, after: change.after })}`,
    );
  for (const problem of file.problems) io.stdout(`  ${t(`import.severity.${problem.severity}`)}: ${problem.message}`);
  for (const flag of file.personalData) io.stdout(`  ${flag.message}`);
}

function printResult(io: CliIo, t: Translator, result: ImportResult): void {
  for (const file of result.files) printFile(io, t, file);
  for (const rate of result.rates)
    io.stdout(
      t('import.rate.line', {
        period: rate.period,
        received: rate.received,
        expected: rate.expected,
        rate: rate.rate === null ? '—' : `${Math.round(rate.rate * 100)} %`,
        onTime: rate.onTime,
        onTimeRate: rate.onTimeRate === null ? '—' : `${Math.round(rate.onTimeRate * 100)} %`,
      }),
    );
  for (const reminder of result.reminders)
    io.stdout(
      t('import.reminder.line', {
        agency: reminder.agency,
        period: reminder.period,
        dueDate: dateParam(reminder.dueDate),
        email: reminder.email || '—',
      }),
    );
}

/**
 * `nap-monitor import plan.xlsx forms/*.xlsx [--dry-run] [--feedback DIR] [--out copy.xlsx]`: the task pane's "Import" on
 * files. The dry run reads only; otherwise the plan (or the copy given by --out) gains the consolidated
 * values, the register and the audit, written by the part-preserving writer so nothing else in it changes.
 */
export const importCommand: Command = {
  name: 'import',
  summary: 'cli.import.summary',
  usage: (t) => t('cli.import.usage', { languages: Language.options.join(', ') }),
  options: {
    file: 'positional',
    forms: 'rest',
    'dry-run': 'flag',
    out: 'value',
    feedback: 'value',
    'accept-valid-rows': 'flag',
    'personal-data': 'value',
    who: 'value',
    language: 'value',
    json: 'flag',
    force: 'flag',
  },
  async run(options, io, t) {
    const file = requiredOption(options, 'file');
    const forms = restOf(options, 'forms');
    if (forms.length === 0) throw new CliError('cli.import.noForms', {}, EXIT.usage);
    const language = choiceOption(options, 'language', Language.options, 'en');
    const decision =
      valueOf(options, 'personal-data') === undefined
        ? null
        : choiceOption(options, 'personal-data', PrivacyDecision.options, 'remove');
    const gateway = PlanFileGateway.open(await readBytes(io, file), file);
    const returns = [];
    const sources: Uint8Array[] = [];
    for (const path of forms) {
      const bytes = await readBytes(io, path);
      sources.push(bytes);
      returns.push(await parseReturnedForm(bytes, basename(path)));
    }
    const settings: ImportOptions = {
      language,
      file,
      // The import's time goes into the register and the audit; the command line is the clock's edge.
      now: new Date().toISOString().slice(0, 16),
      who: valueOf(options, 'who') ?? t('cli.import.defaultWho'),
      personalData: {},
      acceptValidRows: options['accept-valid-rows'] === true ? 'all' : [],
    };
    if (decision) {
      const dry = await previewImport(gateway, returns, settings);
      settings.personalData = Object.fromEntries(
        dry.files.flatMap((f) => f.personalData.map((flag) => [flag.id, decision])),
      );
    }
    const dryRun = options['dry-run'] === true;
    const result = dryRun
      ? await previewImport(gateway, returns, settings)
      : await applyImport(gateway, returns, settings);
    if (options.json === true)
      io.stdout(
        JSON.stringify(
          { files: result.files, rates: result.rates, reminders: result.reminders, applied: result.applied },
          null,
          2,
        ),
      );
    else printResult(io, t, result);
    const feedback = valueOf(options, 'feedback');
    if (feedback) {
      const copies = feedbackCopies(result.files.map((report, i) => ({ report, bytes: sources[i] })));
      if (copies.length > 0) await makeOutputFolder(io, feedback);
      for (const copy of copies) {
        const path = join(feedback, copy.fileName);
        await writeOutput(io, path, copy.bytes, { replace: options.force === true });
        io.stdout(t('cli.import.feedbackWritten', { file: path, count: copy.problems }));
      }
    }
    if (dryRun) {
      io.stdout(t('cli.import.dryRun', { file }));
      return EXIT.ok;
    }
    const written = result.files.some((f) => f.status === 'applied' || f.status === 'refused');
    const out = valueOf(options, 'out');
    if (out) {
      await writeOutput(io, out, gateway.toBytes(), { replace: options.force === true });
      io.stdout(t('cli.import.written', { file: out }));
    } else if (written) {
      await writeOutput(io, file, gateway.toBytes(), { replace: true });
      io.stdout(t('cli.import.written', { file }));
    } else io.stdout(t('cli.import.nothingWritten', { file }));
    return EXIT.ok;
  },
};
