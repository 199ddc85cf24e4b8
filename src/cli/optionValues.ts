import { isIsoDate } from '../core/values/isoDate';
import { valueOf, type ParsedOptions } from './args';
import { CliError } from './cliError';

export function requiredOption(options: ParsedOptions, name: string): string {
  const value = valueOf(options, name);
  if (value === undefined || value.trim() === '')
    throw new CliError('cli.error.missingOption', { option: `--${name}` });
  return value;
}

/** One of a fixed set (a zod enum's options), or the fallback when the option is absent. */
export function choiceOption<T extends string>(
  options: ParsedOptions,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = valueOf(options, name);
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value);
  if (!found) throw new CliError('cli.error.badChoice', { option: `--${name}`, value, choices: choices.join(', ') });
  return found;
}

/** A real calendar day written YYYY-MM-DD ("2026-02-30" is refused), or undefined when absent. */
export function dateOption(options: ParsedOptions, name: string): string | undefined {
  const value = valueOf(options, name);
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new CliError('cli.error.badDate', { option: `--${name}`, value });
  return value;
}
