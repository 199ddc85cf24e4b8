import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticPlanFile } from './syntheticPlanFile';

export type Emit = (metric: string, value: number, unit: string) => void;

export interface Probe {
  ms: number;
  rssMb: number;
}

/** A corpus file and what `check` took on it in a process of its own. */
export interface CorpusRun extends Probe {
  name: string;
  path: string;
}

/**
 * Loaded with `node --require` into each measured process: reports its own wall time and peak resident
 * memory on fd 3 as it exits, so every file is measured in a fresh process, startup included.
 */
const PROBE = `const start = process.hrtime.bigint();
process.on('exit', () => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  require('fs').writeSync(3, JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
});
`;

/** exceljs merely loading a file, as the CLI read plans before the values-only reader. */
const EXCELJS_READ = `const ExcelJS = require('exceljs');
const bytes = require('fs').readFileSync(process.argv[1]);
new ExcelJS.Workbook().xlsx.load(bytes).catch(() => { process.exitCode = 1; });
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Writes the probe into `folder`; returns its path for `probe`. */
export function writeProbe(folder: string): string {
  const probeFile = join(folder, 'probe.js');
  writeFileSync(probeFile, PROBE);
  return probeFile;
}

/** Runs `node args` in a process of its own with the probe loaded; its wall time and peak resident memory. */
export function probe(probeFile: string, args: string[], cwd: string): Probe {
  const run = spawnSync(process.execPath, ['--require', probeFile, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
  const report = run.output?.[3]?.toString() ?? '';
  if (!report) throw new Error(`no report from ${args.join(' ')} (${run.signal ?? run.status})`);
  return JSON.parse(report) as Probe;
}

/**
 * The reader's figures: every corpus file through `nap-monitor check` in a process of its own (worst time
 * and peak memory), and on the synthetic plan of 5,000 indicators, 5,000 activities and 20,000 progress
 * rows, `check` and `status` against exceljs merely reading the same file, in the same run. Files are written
 * into `folder` (the caller removes it); the corpus runs are returned for the browser's part.
 */
export async function readerBench(emit: Emit, folder: string): Promise<CorpusRun[]> {
  const dist = resolve(__dirname, '..');
  const root = resolve(dist, '..');
  const cli = join(dist, 'cli', 'nap-monitor.js');
  const probeFile = writeProbe(folder);
  const corpusFolder = join(folder, 'corpus');
  mkdirSync(corpusFolder);
  const written = spawnSync(process.execPath, [join(dist, 'devtools', 'corpus.js'), corpusFolder], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  const files = written.stdout
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { name: string; path: string });
  const corpus = files.map((file) => ({ ...file, ...probe(probeFile, [cli, 'check', file.path], root) }));
  emit('reader.corpus.files', corpus.length, 'files');
  emit('reader.corpus.max_ms', Math.max(...corpus.map((run) => run.ms)), 'ms');
  emit('reader.corpus.max_rss_mb', Math.max(...corpus.map((run) => run.rssMb)), 'MB');

  const plan = join(folder, 'synthetic.xlsx');
  writeFileSync(plan, await syntheticPlanFile(5000, 5000));
  const runs = (args: string[]) => Array.from({ length: 3 }, () => probe(probeFile, args, root));
  const measured = {
    check: runs([cli, 'check', plan]),
    status: runs([cli, 'status', plan, '--as-of', '2026-12-31']),
    exceljs_read: runs(['-e', EXCELJS_READ, plan]),
  };
  for (const [name, values] of Object.entries(measured)) {
    emit(`reader.synthetic_5000.${name}_ms`, median(values.map((run) => run.ms)), 'ms');
    emit(`reader.synthetic_5000.${name}_rss_mb`, median(values.map((run) => run.rssMb)), 'MB');
  }
  const exceljsMs = median(measured.exceljs_read.map((run) => run.ms));
  emit('reader.synthetic_5000.check_vs_exceljs', median(measured.check.map((run) => run.ms)) / exceljsMs, 'x');
  emit('reader.synthetic_5000.status_vs_exceljs', median(measured.status.map((run) => run.ms)) / exceljsMs, 'x');
  return corpus;
}
