import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { EXIT } from './exitCodes';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Writes a file, turning a system error (no such folder, no permission) into a message naming the file. */
export async function writeOutput(io: CliIo, path: string, bytes: Uint8Array): Promise<void> {
  try {
    await io.writeFile(path, bytes);
  } catch (error) {
    throw new CliError('cli.error.cannotWrite', { file: path, detail: reason(error) }, EXIT.workbook);
  }
}
