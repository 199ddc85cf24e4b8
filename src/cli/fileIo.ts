import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cliError';
import type { CliIo, WriteOptions } from './cliIo';
import { fileSystemError } from './systemError';

/** File systems without hard links (FAT, some network shares) refuse link() with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

/**
 * Writes `bytes` to `path` through a temporary file in the same folder, so an interrupted write never leaves
 * half a workbook under the real name. Without `replace`, the file appears by link(), which fails when the
 * name is taken (a file, a folder, even a dangling symlink): of two runs racing for one new name only one
 * wins. With `replace`, rename() swaps it in whole.
 */
export async function writeFileSafely(path: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    if (options.replace) await rename(temporary, path);
    else await linkExclusively(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

async function linkExclusively(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !NO_HARD_LINKS.has(code)) throw error;
    // No hard links here: an exclusive copy still never replaces anything, though it is not atomic.
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/** Makes the folder files are written into, turning a system error (a file by that name, no permission) into a message. */
export async function makeOutputFolder(io: CliIo, path: string): Promise<void> {
  try {
    await io.makeFolder(path);
  } catch (error) {
    // mkdir says EEXIST when a file holds the folder's name: no --force frees that, so it is told as a file in the path.
    const code = (error as { code?: unknown } | null)?.code;
    throw fileSystemError(code === 'EEXIST' ? { code: 'ENOTDIR' } : error, path, 'write');
  }
}

/** Writes a file, turning a system error (no such folder, no permission, taken) into a message naming it. */
export async function writeOutput(io: CliIo, path: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  try {
    await io.writeFile(path, bytes, options);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileSystemError(error, path, 'write');
  }
}
