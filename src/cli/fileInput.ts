import { XlsxFileGateway } from '../files/xlsxRead';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { EXIT } from './exitCodes';

/** Opens a workbook for reading; a missing or unreadable file is a message naming it, not a stack trace. */
export async function openWorkbook(io: CliIo, path: string): Promise<XlsxFileGateway> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError('cli.error.cannotRead', { file: path, detail }, EXIT.workbook);
  }
  return XlsxFileGateway.open(bytes, path);
}
