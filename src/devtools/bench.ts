import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel/install';
import { checkPlanWorkbook } from '../app/checkPlanWorkbook';
import { computeStatusWorkbook } from '../app/computeStatusWorkbook';
import { buildReport } from '../app/buildReport';
import { translator } from '../core/i18n/translate';
import { buildReportModel, yearRange } from '../core/report';
import { renderDocx } from '../files/export/docxReport';
import { setupPlanWorkbook } from '../app/setupPlanWorkbook';
import { checkPlan } from '../core/checks';
import { computeStatus, DEFAULT_STATUS_SETTINGS } from '../core/status';
import { OfficeGateway } from '../excel/officeGateway';
import { syntheticLedger, syntheticPlan } from './syntheticPlan';
import { readerBench } from './readerBench';
import { readerBoundsBench } from './readerBoundsBench';
import { importBench } from './importBench';
import { languagesBench } from './languagesBench';
import { buildReturnForms } from '../app/buildReturnForms';
import { agencyAssignments } from '../core/forms/agencyResponsibility';
import { DEFAULT_REPORTING_SETTINGS, planPeriods } from '../core/periods';
import { formProtection } from '../files/returnForm/formProtection';
import { writeReturnForm } from '../files/returnForm/writeReturnForm';
import { formContent } from '../sheets/returnForm';

/** `npm run bench`: one JSON object per line, {"metric", "value", "unit"}. Figures, never pass/fail. */
function emit(metric: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit })}\n`);
}

/** Median of several timed runs after warm-up runs, so JIT compilation does not count. */
function medianMs(run: () => unknown, warmups = 3, runs = 7): number {
  for (let i = 0; i < warmups; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function syncs(): Promise<void> {
  const options = {
    title: 'NAP',
    country: 'Benchland',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    planId: 'bench',
  };
  for (const example of [false, true]) {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
    const gateway = new OfficeGateway();
    workbook.resetSyncCount();
    await setupPlanWorkbook(gateway, { ...options, example });
    emit(`syncs.setup.${example ? 'example' : 'empty'}`, workbook.syncCount, 'syncs');
    if (example) {
      workbook.resetSyncCount();
      await checkPlanWorkbook(gateway, { language: 'en', file: 'bench', mark: true, writeSheet: true });
      emit('syncs.check', workbook.syncCount, 'syncs');
      workbook.resetSyncCount();
      await computeStatusWorkbook(gateway, { language: 'en', file: 'bench', asOf: '2026-12-31', write: true });
      emit('syncs.status', workbook.syncCount, 'syncs');
      workbook.resetSyncCount();
      await buildReport(gateway, {
        language: 'en',
        file: 'bench',
        range: yearRange(2026),
        today: '2027-01-15',
        deadline: null,
      });
      emit('syncs.report', workbook.syncCount, 'syncs');
      workbook.resetSyncCount();
      await buildReturnForms(gateway, { ...FORMS_RUN, file: 'bench' });
      emit('syncs.forms', workbook.syncCount, 'syncs');
    }
    restore();
  }
}

/** What taskpane.html loads before the user does anything: its own scripts, gzipped. */
function taskPaneBundle(): void {
  const dist = resolve(__dirname, '..');
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:/.test(src));
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src)), { level: 9 }).length, 0);
  emit('bundle.taskpane.gzip_kb', bytes / 1024, 'KB');
  const all = readdirSync(dist).filter((file) => file.endsWith('.js'));
  emit('bundle.files.js', all.length, 'files');
}

function cores(): void {
  const plan = syntheticPlan(5000, 5000);
  emit(
    'checks.core_ms.5000',
    medianMs(() => checkPlan(plan, {})),
    'ms',
  );
  const ledger = syntheticLedger(plan);
  emit(
    'status.core_ms.5000',
    medianMs(() => computeStatus(plan, ledger, '2026-12-31', DEFAULT_STATUS_SETTINGS)),
    'ms',
  );
  emit('memory.heap_used_mb', process.memoryUsage().heapUsed / 1024 / 1024, 'MB');
}

/** The annual report of a large plan: 500 indicators, 500 activities, 80 reporting agencies, a year of returns. */
async function report(): Promise<void> {
  const plan = syntheticPlan(500, 500);
  const agencies = Array.from({ length: 80 }, (_, i) => `A${i + 1}`);
  plan.agencies = agencies.map((code) => ({ code, name: `Agency ${code}`, contactPerson: '', email: '' }));
  plan.activities.forEach((activity, i) => (activity.responsible = agencies[i % agencies.length]));
  const ledger = syntheticLedger(plan).map((row, i) => ({
    ...row,
    agency: agencies[i % agencies.length],
    outputs: `Output reported in row ${i}`,
    budgetSpent: 1000,
  }));
  const input = {
    plan,
    ledger,
    settings: DEFAULT_STATUS_SETTINGS,
    range: yearRange(2026),
    language: 'en' as const,
    generated: '2027-01-15',
    deadline: null,
    narrative: new Map<string, string>(),
  };
  emit(
    'report.model_ms.500x80',
    medianMs(() => buildReportModel(input), 1, 5),
    'ms',
  );
  const model = buildReportModel(input);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await renderDocx({ whole: model, years: [] }, translator('en'));
    times.push(performance.now() - start);
  }
  emit('report.docx_ms.500x80', times.sort((a, b) => a - b)[1], 'ms');
}

const FORMS_RUN = {
  language: 'en' as const,
  period: '2026-Q2',
  agencies: [],
  now: '2026-07-01T09:00:00.000Z',
  register: true,
};

/** Forty agencies' return forms of a plan with 300 indicators and 300 activities, as the Forms panel makes them. */
async function forms(): Promise<void> {
  const plan = syntheticPlan(300, 300);
  const agencies = Array.from({ length: 40 }, (_, i) => `A${i + 1}`);
  plan.agencies = agencies.map((code) => ({ code, name: `Agency ${code}`, contactPerson: '', email: '' }));
  plan.mePlan.forEach((row, i) => (row.responsible = agencies[i % agencies.length]));
  plan.activities.forEach((activity, i) => (activity.responsible = agencies[i % agencies.length]));
  const assignments = agencyAssignments(plan);
  const [, period] = planPeriods(plan.settings, DEFAULT_REPORTING_SETTINGS);
  const t = translator('en');
  let start = performance.now();
  const protection = await formProtection('a password');
  emit('forms.password_hash_ms', performance.now() - start, 'ms');
  start = performance.now();
  for (const agency of plan.agencies) {
    const assignment = assignments.get(agency.code)!;
    const request = { plan, agency, assignment, period, previous: null, ledger: [], returnTo: '' };
    await writeReturnForm(formContent(request, t), { generatedAt: FORMS_RUN.now, protection, paperSize: 'A4', t });
  }
  emit('forms.write_ms.40x300', performance.now() - start, 'ms');
}

/** The reader's figures share one folder of generated files: the corpus, the synthetic plan, the 20 MB form. */
async function reader(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'nap-reader-bench-'));
  try {
    const corpus = await readerBench(emit, folder);
    await readerBoundsBench(emit, folder, corpus);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const PARTS: Record<string, () => unknown> = {
  syncs,
  bundle: taskPaneBundle,
  cores,
  report,
  forms,
  reader,
  import: () => importBench(emit),
  languages: () => languagesBench(emit),
};

/** Every part in order, or only those named on the command line (`node dist/devtools/bench.js reader import`). */
async function bench(names: string[]): Promise<void> {
  const unknown = names.filter((name) => !(name in PARTS));
  if (unknown.length > 0)
    throw new Error(`unknown bench part ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);
  for (const [name, part] of Object.entries(PARTS)) if (names.length === 0 || names.includes(name)) await part();
}

bench(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
