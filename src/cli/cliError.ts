import type { MessageKey, Params } from '../core/i18n/translate';
import { EXIT, type ExitCode } from './exitCodes';

/** A problem the user fixes on the command line; carries its message key and the exit code to end with. */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(key);
    this.name = 'CliError';
  }
}
