import { access, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { formatIso } from '../core/values/isoDate';
import type { CliIo } from './cliIo';
import { main } from './main';

const realIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  // Written beside the target and renamed over it, so an interrupted run never leaves half a workbook.
  writeFile: async (path, bytes) => {
    const partial = `${path}.${process.pid}.partial`;
    try {
      await writeFile(partial, bytes);
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw new Error(
        String(error instanceof Error ? error.message : error)
          .split(partial)
          .join(path),
      );
    }
  },
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  today: () => {
    const now = new Date();
    return formatIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
  },
};

main(process.argv.slice(2), realIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
