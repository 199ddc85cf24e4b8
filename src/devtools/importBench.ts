import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel/install';
import { applyImport } from '../app/importReturns';
import { buildReturnForms } from '../app/buildReturnForms';
import { translator } from '../core/i18n/translate';
import { OfficeGateway } from '../excel/officeGateway';
import { parseReturnedForm } from '../files/returnedForm/parseReturnedForm';
import { SETUP_TABLES } from '../sheets/layouts/sheets';
import { planWorkbookBatch } from '../sheets/planWorkbookBatch';
import { fillReturnForm, type Filling } from './fillReturnForm';
import { syntheticPlan } from './syntheticPlan';

type Emit = (metric: string, value: number, unit: string) => void;

const AGENCIES = 50;

/**
 * Fifty agencies return their forms, each with 150 indicators and 150 activities (300 rows), filled in
 * another program; the import reads and checks them all and writes them into Excel (the strict fake) in one
 * update. Beside it, exceljs merely loading the same 50 files, the general loader the import does not use.
 */
export async function importBench(emit: Emit): Promise<void> {
  const plan = syntheticPlan(150, 150);
  const codes = Array.from({ length: AGENCIES }, (_, i) => `AG${i + 1}`);
  plan.agencies = codes.map((code) => ({ code, name: `Agency ${code}`, contactPerson: '', email: '' }));
  const everyone = codes.join(', ');
  plan.mePlan.forEach((row) => (row.responsible = everyone));
  plan.activities.forEach((activity) => (activity.responsible = everyone));
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
    const filling: Filling = {};
    for (const indicator of plan.indicators) filling[`${indicator.code}|value`] = 12;
    for (const activity of plan.activities) filling[`${activity.code}|implementation`] = 'Ongoing';
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const form of built.forms)
      files.push({ name: form.fileName, bytes: await fillReturnForm(form.bytes, filling) });

    let start = performance.now();
    const parsed = [];
    for (const file of files) parsed.push(await parseReturnedForm(file.bytes, file.name));
    emit('import.read_ms.50x300', performance.now() - start, 'ms');
    const applying = performance.now();
    workbook.resetSyncCount();
    const result = await applyImport(gateway, parsed, {
      language: 'en',
      file: 'bench',
      now: '2026-07-10T09:00',
      who: 'bench',
      personalData: {},
      acceptValidRows: 'all',
    });
    emit('import.apply_ms.50x300', performance.now() - applying, 'ms');
    const formsMs = performance.now() - start;
    emit('import.forms.50x300_ms', formsMs, 'ms');
    // The strict fake stands in for Excel: what it spends storing 15,000 rows is Excel's work, not the import's.
    emit('import.fake_excel_ms.50x300', workbook.executeMs, 'ms');
    emit('syncs.import.50', workbook.syncCount, 'syncs');
    emit(
      'import.values.50x300',
      result.files.reduce((sum, file) => sum + file.added, 0),
      'values',
    );

    start = performance.now();
    for (const file of files)
      await new ExcelJS.Workbook().xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
    const exceljsMs = performance.now() - start;
    emit('import.exceljs_read.50x300_ms', exceljsMs, 'ms');
    emit('import.forms_vs_exceljs', formsMs / exceljsMs, 'x');
    emit('import.own_vs_exceljs', (formsMs - workbook.executeMs) / exceljsMs, 'x');
  } finally {
    restore();
  }
}
