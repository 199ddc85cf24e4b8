import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '@fake-excel/install';
import { applyImport } from '../app/importReturns';
import { buildReturnForms } from '../app/buildReturnForms';
import type { Plan } from '../core/model/plan';
import { translator } from '../core/i18n/translate';
import { OfficeGateway } from '../excel/officeGateway';
import { parseReturnedForm } from '../files/returnedForm/parseReturnedForm';
import { SETUP_TABLES } from '../sheets/layouts/sheets';
import { planWorkbookBatch } from '../sheets/planWorkbookBatch';
import { fillReturnForm, type Filling } from './fillReturnForm';
import { syntheticPlan } from './syntheticPlan';

type Emit = (metric: string, value: number, unit: string) => void;

const AGENCIES = 50;
const ROUNDS = 3;

type ReturnedFile = { name: string; bytes: Uint8Array };

interface ImportFigures {
  readMs: number;
  applyMs: number;
  excelMs: number;
  syncs: number;
  values: number;
}

function benchPlan(): Plan {
  const plan = syntheticPlan(150, 150);
  const codes = Array.from({ length: AGENCIES }, (_, i) => `AG${i + 1}`);
  plan.agencies = codes.map((code) => ({ code, name: `Agency ${code}`, contactPerson: '', email: '' }));
  const everyone = codes.join(', ');
  plan.mePlan.forEach((row) => (row.responsible = everyone));
  plan.activities.forEach((activity) => (activity.responsible = everyone));
  return plan;
}

/** A plan workbook in the strict fake with the period's forms issued (the same forms each time: ids and digests come from the plan). */
async function issuedForms(plan: Plan): Promise<{ workbook: FakeWorkbook; forms: ReturnedFile[] }> {
  const workbook = createFakeWorkbook();
  const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
  try {
    const gateway = new OfficeGateway();
    await gateway.update({ tables: SETUP_TABLES.map((table) => table.name) }, (snapshot) => ({
      batch: planWorkbookBatch(snapshot, plan, translator('en')).batch,
      result: null,
    }));
    const built = await buildReturnForms(gateway, {
      language: 'en',
      file: 'bench',
      period: '2026-Q2',
      agencies: [],
      now: '2026-06-20T10:00',
      register: true,
    });
    return { workbook, forms: built.forms.map((form) => ({ name: form.fileName, bytes: form.bytes })) };
  } finally {
    restore();
  }
}

/** Reads, checks and writes every returned file into the workbook, as the pane and the CLI do. */
async function importAll(workbook: FakeWorkbook, files: readonly ReturnedFile[]): Promise<ImportFigures> {
  const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
  try {
    const start = performance.now();
    const parsed = [];
    for (const file of files) parsed.push(await parseReturnedForm(file.bytes, file.name));
    const applying = performance.now();
    workbook.resetSyncCount();
    const result = await applyImport(new OfficeGateway(), parsed, {
      language: 'en',
      file: 'bench',
      now: '2026-07-10T09:00',
      who: 'bench',
      personalData: {},
      acceptValidRows: 'all',
    });
    return {
      readMs: applying - start,
      applyMs: performance.now() - applying,
      excelMs: workbook.executeMs,
      syncs: workbook.syncCount,
      values: result.files.reduce((sum, file) => sum + file.added, 0),
    };
  } finally {
    restore();
  }
}

async function exceljsRead(files: readonly ReturnedFile[]): Promise<number> {
  const start = performance.now();
  for (const file of files)
    await new ExcelJS.Workbook().xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Fifty agencies return their forms, each with 150 indicators and 150 activities (300 rows), filled in
 * another program; the import reads and checks them all and writes them into Excel (the strict fake) in one
 * update. Beside it, exceljs merely loading the same 50 files, the general loader the import does not use.
 * Both are timed warm and alike: one untimed round each, then the median of ROUNDS, each import into a fresh
 * plan workbook.
 */
export async function importBench(emit: Emit): Promise<void> {
  const plan = benchPlan();
  const { forms } = await issuedForms(plan);
  const filling: Filling = {};
  for (const indicator of plan.indicators) filling[`${indicator.code}|value`] = 12;
  for (const activity of plan.activities) filling[`${activity.code}|implementation`] = 'Ongoing';
  const files: ReturnedFile[] = [];
  for (const form of forms) files.push({ name: form.name, bytes: await fillReturnForm(form.bytes, filling) });

  const rounds: ImportFigures[] = [];
  const exceljsMs: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const figures = await importAll((await issuedForms(plan)).workbook, files);
    const exceljs = await exceljsRead(files);
    if (round === 0) continue;
    rounds.push(figures);
    exceljsMs.push(exceljs);
  }
  const formsMs = median(rounds.map((figures) => figures.readMs + figures.applyMs));
  const excelMs = median(rounds.map((figures) => figures.excelMs));
  const ownMs = median(rounds.map((figures) => figures.readMs + figures.applyMs - figures.excelMs));
  const exceljs = median(exceljsMs);
  emit('import.read_ms.50x300', median(rounds.map((figures) => figures.readMs)), 'ms');
  emit('import.apply_ms.50x300', median(rounds.map((figures) => figures.applyMs)), 'ms');
  emit('import.forms.50x300_ms', formsMs, 'ms');
  // The strict fake stands in for Excel: what it spends storing 15,000 rows is Excel's work, not the import's.
  emit('import.fake_excel_ms.50x300', excelMs, 'ms');
  emit('syncs.import.50', Math.max(...rounds.map((figures) => figures.syncs)), 'syncs');
  emit('import.values.50x300', rounds[0].values, 'values');
  emit('import.exceljs_read.50x300_ms', exceljs, 'ms');
  emit('import.forms_vs_exceljs', formsMs / exceljs, 'x');
  emit('import.own_vs_exceljs', ownMs / exceljs, 'x');
}
