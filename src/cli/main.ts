import { translator, type Translator } from '../core/i18n/translate';
import { Language } from '../core/model/enums';
import { WorkbookError } from '../sheets/workbookError';
import { parseOptions, valueOf } from './args';
import { CliError } from './cliError';
import { terminalSafeIo, type CliIo } from './cliIo';
import type { Command } from './command';
import { COMMANDS } from './commandTable';
import { EXIT } from './exitCodes';

const HELP_WORDS = new Set(['help', '--help', '-h']);

/** `nap-monitor <command> [options]`: returns the exit code; only unexpected failures throw. */
export async function main(argv: readonly string[], unsafeIo: CliIo): Promise<number> {
  const io = terminalSafeIo(unsafeIo);
  const [name, ...rest] = argv;
  const english = translator('en');
  if (name === undefined) {
    io.stderr(usage(english));
    return EXIT.usage;
  }
  if (HELP_WORDS.has(name)) return help(rest[0], io, english);
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(english('cli.error.unknownCommand', { command: name }));
    io.stderr(usage(english));
    return EXIT.usage;
  }
  if (rest.some((word) => HELP_WORDS.has(word))) return help(name, io, english);
  let t = english;
  try {
    const options = parseOptions(command.name, rest, command.options);
    const language = Language.safeParse(valueOf(options, 'language'));
    if (language.success) t = translator(language.data);
    return await command.run(options, io, t);
  } catch (error) {
    return report(error, command, io, t);
  }
}

function report(error: unknown, command: Command, io: CliIo, t: Translator): number {
  if (error instanceof CliError) {
    io.stderr(t(error.key, error.params));
    if (error.exitCode === EXIT.usage) io.stderr(t('cli.error.seeHelp', { command: command.name }));
    return error.exitCode;
  }
  if (error instanceof WorkbookError) {
    io.stderr(t(error.key, error.params));
    return EXIT.workbook;
  }
  throw error;
}

function help(name: string | undefined, io: CliIo, t: Translator): number {
  if (name === undefined || HELP_WORDS.has(name)) {
    io.stdout(usage(t));
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(t('cli.error.unknownCommand', { command: name }));
    io.stderr(usage(t));
    return EXIT.usage;
  }
  io.stdout(command.usage(t));
  return EXIT.ok;
}

function usage(t: Translator): string {
  const entries = [
    ...COMMANDS.map((command) => ({ name: command.name, summary: t(command.summary) })),
    { name: 'help', summary: t('cli.help.summary') },
  ];
  const width = Math.max(...entries.map((entry) => entry.name.length));
  return t('cli.usage', {
    commands: entries.map((entry) => `  ${entry.name.padEnd(width)}  ${entry.summary}`).join('\n'),
  });
}
