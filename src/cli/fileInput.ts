import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { DEFAULT_READER_LIMITS } from '../files/reader';
import { XlsxFileGateway } from '../files/xlsxRead';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { EXIT } from './exitCodes';
import { fileSystemError } from './systemError';

const MB = 1024 * 1024;

/**
 * Reads a workbook file from disk only if it is an ordinary file within the size limit, judged from the open
 * handle before a byte is read: a FIFO, a device (a link to /dev/zero), a folder or a 600 MB sparse file is
 * refused at once. Opened non-blocking, so a FIFO with no writer cannot hang the command; never reads past
 * the size it saw, so a file growing meanwhile cannot make it read without end.
 */
export async function readInputFile(path: string, maxBytes = DEFAULT_READER_LIMITS.fileBytes): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new CliError('files.error.isFolder', { file: path }, EXIT.workbook);
    if (!stats.isFile()) throw new CliError('files.error.notRegularFile', { file: path }, EXIT.workbook);
    if (stats.size > maxBytes)
      throw new CliError('error.fileTooLarge', { file: path, limit: maxBytes / MB }, EXIT.workbook);
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** A workbook file's bytes; a missing, special or unreadable file is a message naming it. */
export async function readWorkbookBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileSystemError(error, path, 'read');
  }
}

/** Opens a workbook for reading; a missing, special or unreadable file is a message naming it. */
export async function openWorkbook(io: CliIo, path: string): Promise<XlsxFileGateway> {
  return XlsxFileGateway.open(await readWorkbookBytes(io, path), path);
}
