import { CliError } from './cliError';

/**
 * Which `--name`s a command takes: a `flag` stands alone, a `value` takes the next word or `--name=value`;
 * a `positional` takes a bare word (such as the workbook of `check plan.xlsx`), in the order declared.
 */
export type OptionSpec = Readonly<Record<string, 'flag' | 'value' | 'positional' | 'rest'>>;
export type ParsedOptions = Record<string, string | true>;

const REST_SEPARATOR = '\u0000';

/** Hand-rolled on purpose: a dozen lines, no dependency, and errors in our own words. */
export function parseOptions(command: string, argv: readonly string[], spec: OptionSpec): ParsedOptions {
  const options: ParsedOptions = {};
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index];
    if (!word.startsWith('--')) {
      const slot = Object.keys(spec).find((name) => spec[name] === 'positional' && options[name] === undefined);
      const rest = Object.keys(spec).find((name) => spec[name] === 'rest');
      if (!slot && !rest) throw new CliError('cli.error.unexpectedArgument', { value: word });
      if (slot) options[slot] = word;
      // The bare words after the positionals (import's forms/*.xlsx), kept apart by a character argv cannot hold.
      else if (rest) options[rest] = options[rest] === undefined ? word : `${options[rest]}${REST_SEPARATOR}${word}`;
      continue;
    }
    const [name, inline] = splitOnce(word.slice(2));
    const kind = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!kind || kind === 'positional' || kind === 'rest')
      throw new CliError('cli.error.unknownOption', { command, option: `--${name}` });
    if (kind === 'flag') {
      if (inline !== undefined) throw new CliError('cli.error.unexpectedArgument', { value: word });
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new CliError('cli.error.missingValue', { option: `--${name}` });
    }
    if (inline === undefined) index++;
    options[name] = value;
  }
  return options;
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf('=');
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** A value option's text, or undefined when it was not given. */
export function valueOf(options: ParsedOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

/** The bare words a `rest` option collected, in order. */
export function restOf(options: ParsedOptions, name: string): string[] {
  const value = options[name];
  return typeof value === 'string' ? value.split(REST_SEPARATOR) : [];
}
