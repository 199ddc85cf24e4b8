import type { MessageKey, Translator } from '../core/i18n/translate';
import type { OptionSpec, ParsedOptions } from './args';
import type { CliIo } from './cliIo';

/** One `nap-monitor <name>` command; add a file under commands/ and a line in commandTable.ts. */
export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: MessageKey;
  /** The full help text of the command. */
  usage(t: Translator): string;
  options: OptionSpec;
  /** Prints what the user asked for and returns the exit code; throws CliError or WorkbookError. */
  run(options: ParsedOptions, io: CliIo, t: Translator): Promise<number>;
}
