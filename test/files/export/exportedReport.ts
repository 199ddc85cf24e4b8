import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildReport, type ReportOptions } from '../../../src/app/buildReport';
import { exportReport } from '../../../src/app/exportReport';
import type { ReportRenderer } from '../../../src/files/export/reportRenderer';
import type { ProgressRow } from '../../../src/core/model/progress';
import { EXAMPLE_YEAR_ROWS, exampleYearWorkbook } from '../../core/report/exampleYear';

export const REPORT_OPTIONS: ReportOptions = {
  language: 'en',
  file: 'plan.xlsx',
  range: { from: '2026-01-01', to: '2026-12-31' },
  today: '2027-01-20',
  deadline: '2027-01-31',
};

/** The example year exported after the coordinator built the Report sheet and wrote the introduction. */
export async function exportExampleYear(renderer: ReportRenderer, rows: Partial<ProgressRow>[] = EXAMPLE_YEAR_ROWS) {
  const gateway = await exampleYearWorkbook(rows);
  await buildReport(gateway, REPORT_OPTIONS);
  const narrative = gateway.state.tables.NapReportNarrative;
  gateway.edit(
    'NapReportNarrative',
    narrative.rows.findIndex((row) => row[0] === 'intro'),
    'Your text',
    'The ATC office reports on 2026.',
  );
  return { gateway, exported: await exportReport(gateway, REPORT_OPTIONS, renderer) };
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) =>
    execFile(command, args, { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolvePromise(stdout),
    ),
  );
}

/** The PDF's text as pdftotext lays it out, and its pages as small PNGs in test-artifacts/ to look at. */
export async function pdfTextAndPages(pdf: Uint8Array, artifact: string): Promise<{ text: string; pages: string[] }> {
  const work = await mkdtemp(join(tmpdir(), 'report-pdf-'));
  try {
    const file = join(work, 'report.pdf');
    await writeFile(file, pdf);
    const text = await run('pdftotext', ['-layout', file, '-']);
    const artifacts = resolve(__dirname, '../../../test-artifacts');
    await mkdir(artifacts, { recursive: true });
    await run('pdftoppm', ['-r', '50', '-png', file, join(artifacts, artifact)]);
    const pages = (await readdir(artifacts)).filter((name) => name.startsWith(`${artifact}-`)).sort();
    return { text, pages };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
