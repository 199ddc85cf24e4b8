import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) =>
    execFile(command, args, { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolvePromise(stdout),
    ),
  );
}

/**
 * The PDF's text as pdftotext lays it out (pages separated by form feeds), and its pages as small PNGs in
 * test-artifacts/ to look at, named `<artifact>-<page>.png`.
 */
export async function pdfTextAndPages(pdf: Uint8Array, artifact: string): Promise<{ text: string; pages: string[] }> {
  const work = await mkdtemp(join(tmpdir(), 'pdf-'));
  try {
    const file = join(work, 'printed.pdf');
    await writeFile(file, pdf);
    const text = await run('pdftotext', ['-layout', file, '-']);
    const artifacts = resolve(__dirname, '../../test-artifacts');
    await mkdir(artifacts, { recursive: true });
    const earlier = (await readdir(artifacts)).filter((name) => name.startsWith(`${artifact}-`));
    await Promise.all(earlier.map((name) => rm(join(artifacts, name))));
    await run('pdftoppm', ['-r', '50', '-png', file, join(artifacts, artifact)]);
    const pages = (await readdir(artifacts)).filter((name) => name.startsWith(`${artifact}-`)).sort();
    return { text, pages };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
