import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import type { CorpusCase } from '../corpusCase';

/** File-system oddities: what the CLI must refuse before reading a byte, or without waiting for ever. */
export function fileSystemCases(good: Uint8Array): CorpusCase[] {
  return [
    {
      name: 'fs-fifo.xlsx',
      class: 'fileSystem',
      make: (path) => execFileSync('mkfifo', [path]),
      expect: { refused: 'files.error.notRegularFile' },
    },
    {
      name: 'fs-link-to-dev-zero.xlsx',
      class: 'fileSystem',
      make: (path) => symlinkSync('/dev/zero', path),
      expect: { refused: 'files.error.notRegularFile' },
    },
    {
      name: 'fs-sparse-600-mb.xlsx',
      class: 'fileSystem',
      make: (path) => {
        writeFileSync(path, good);
        truncateSync(path, 600 * 1024 * 1024);
      },
      expect: { refused: 'error.fileTooLarge', params: { limit: 20 } },
    },
    {
      name: 'fs-folder.xlsx',
      class: 'fileSystem',
      make: (path) => mkdirSync(path),
      expect: { refused: 'files.error.isFolder' },
    },
    {
      name: 'fs-missing.xlsx',
      class: 'fileSystem',
      make: () => undefined,
      expect: { refused: 'files.error.notFound' },
    },
    {
      name: 'fs-dangling-link.xlsx',
      class: 'fileSystem',
      make: (path) => symlinkSync(`${path}.nowhere`, path),
      expect: { refused: 'files.error.notFound' },
    },
    {
      name: 'fs-link-loop.xlsx',
      class: 'fileSystem',
      make: (path) => {
        symlinkSync(`${path}.b`, path);
        symlinkSync(path, `${path}.b`);
      },
      expect: { refused: 'files.error.badPath' },
    },
    {
      name: 'fs-link-to-a-workbook.xlsx',
      class: 'fileSystem',
      make: (path) => {
        writeFileSync(`${path}.target`, good);
        symlinkSync(`${path}.target`, path);
      },
      expect: { accepted: (workbook) => expect(workbook.sheets.length).toBeGreaterThan(0) },
    },
  ];
}
