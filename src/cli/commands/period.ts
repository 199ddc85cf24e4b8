import { setPeriodLock } from '../../app/periodLock';
import { Language } from '../../core/model/enums';
import { PlanFileGateway } from '../../files/planPatch/planFileGateway';
import { valueOf } from '../args';
import { CliError } from '../cliError';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { writeOutput } from '../fileIo';
import { choiceOption, requiredOption } from '../optionValues';
import { fileSystemError } from '../systemError';

/** `nap-monitor period plan.xlsx --close 2026-Q2 --reason TEXT`: close a period to imports, or reopen it. */
export const periodCommand: Command = {
  name: 'period',
  summary: 'cli.period.summary',
  usage: (t) => t('cli.period.usage', { languages: Language.options.join(', ') }),
  options: {
    file: 'positional',
    close: 'value',
    reopen: 'value',
    reason: 'value',
    who: 'value',
    out: 'value',
    force: 'flag',
    language: 'value',
  },
  async run(options, io, t) {
    const file = requiredOption(options, 'file');
    const close = valueOf(options, 'close');
    const reopen = valueOf(options, 'reopen');
    if ((close === undefined) === (reopen === undefined)) throw new CliError('cli.period.oneAction', {}, EXIT.usage);
    const language = choiceOption(options, 'language', Language.options, 'en');
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw fileSystemError(error, file, 'read');
    }
    const gateway = PlanFileGateway.open(bytes, file);
    const result = await setPeriodLock(gateway, {
      language,
      file,
      period: (close ?? reopen)!,
      action: close !== undefined ? 'lock' : 'reopen',
      who: valueOf(options, 'who') ?? t('cli.import.defaultWho'),
      reason: valueOf(options, 'reason') ?? '',
      // The time goes into the audit table; the command line is the clock's edge.
      now: new Date().toISOString().slice(0, 16),
    });
    if (!result.changed) {
      const state = t(result.lock ? 'cli.period.stateClosed' : 'cli.period.stateOpen');
      io.stdout(t('cli.period.already', { period: result.period, state }));
      return EXIT.ok;
    }
    const out = valueOf(options, 'out') ?? file;
    await writeOutput(io, out, gateway.toBytes(), { replace: out === file || options.force === true });
    io.stdout(
      t(close !== undefined ? 'cli.period.closed' : 'cli.period.reopened', { period: result.period, file: out }),
    );
    return EXIT.ok;
  },
};
