import { lstat, mkdir } from 'node:fs/promises';
import { formatIso } from '../core/values/isoDate';
import type { CliIo } from './cliIo';
import { readInputFile } from './fileInput';
import { writeFileSafely } from './fileIo';

/**
 * A reader that closed the pipe (`nap-monitor status --json | head`) has all it wanted: stop quietly
 * instead of dying on EPIPE with a stack trace.
 */
export function endQuietlyOnClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

/** The command line's io on a real machine. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readInputFile(path),
  writeFile: (path, bytes, options = { replace: false }) => writeFileSafely(path, bytes, options),
  makeFolder: async (path) => {
    await mkdir(path, { recursive: true });
  },
  // lstat, not access: a link that points nowhere still takes the name, and replacing it needs --force.
  exists: (path) =>
    lstat(path).then(
      () => true,
      () => false,
    ),
  today: () => {
    const now = new Date();
    return formatIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
  },
};
