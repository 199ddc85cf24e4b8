import { buildReturnForms } from '../../src/app/buildReturnForms';
import { applyImport, type ImportOptions } from '../../src/app/importReturns';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { translator } from '../../src/core/i18n/translate';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { parseReturnedForm } from '../../src/files/returnedForm/parseReturnedForm';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '@fake-excel';
import { LATER_LEDGER_COLUMNS, olderPlanBatch } from '../support/olderPlan';
import { englishExample } from '../support/examplePlan';

const t = translator('en');
const setup = { title: 'NAP', country: 'Montenegro', periodStart: '2026-01-01', periodEnd: '2028-12-31' };
const plan = englishExample({ planId: 'never written' });
const options: ImportOptions = {
  language: 'en',
  file: 'plan.xlsx',
  now: '2026-07-10T09:00',
  who: 'Secretariat',
  personalData: {},
  acceptValidRows: 'all',
};
const HAND_TYPED = ['2026-Q1', 'POL', 'I4.1', 40];

interface Excel {
  workbook: FakeWorkbook;
  gateway: OfficeGateway;
  restore: () => void;
}

/** A workbook of the older layout in Excel, with one value typed into its ledger by hand. */
async function olderPlanInExcel(): Promise<Excel> {
  const workbook = createFakeWorkbook();
  const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.9' });
  const gateway = new OfficeGateway();
  await gateway.update({ tables: [] }, (snapshot) => ({ batch: olderPlanBatch(snapshot, plan, t), result: null }));
  workbook.setValues('Progress', 'A4:D4', [HAND_TYPED]);
  return { workbook, gateway, restore };
}

const settingValue = (workbook: FakeWorkbook, key: string) =>
  workbook
    .table('NapSettings')!
    .bodyValues.filter((row) => row[0] === key)
    .map((row) => row[2]);

async function formsFor(gateway: OfficeGateway) {
  return buildReturnForms(gateway, {
    language: 'en',
    file: 'plan.xlsx',
    period: '2026-Q2',
    agencies: [],
    now: '2026-06-20T10:00',
    register: true,
  });
}

async function filledReturn(gateway: OfficeGateway) {
  const built = await formsFor(gateway);
  const bytes = built.forms.find((form) => form.agency === 'POL')!.bytes;
  return parseReturnedForm(
    await fillReturnForm(bytes, { 'I4.1|value': 45, '4.1.2|implementation': 'Ongoing' }),
    'POL.xlsx',
  );
}

describe('a plan workbook set up before plan ids and the import', () => {
  let excel: Excel;
  beforeEach(async () => {
    excel = await olderPlanInExcel();
  });
  afterEach(() => excel.restore());

  it('gets its plan id from the first forms, written with their register rows, and keeps it', async () => {
    expect(settingValue(excel.workbook, 'planId')).toEqual([]);
    const first = await formsFor(excel.gateway);
    const [planId] = settingValue(excel.workbook, 'planId');
    expect(planId).toEqual(expect.any(String));
    expect(first.forms.length).toBeGreaterThan(0);
    for (const form of first.forms)
      expect(form.formId).toContain(
        String(planId)
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 8)
          .toUpperCase(),
      );
    await formsFor(excel.gateway);
    await setupPlanWorkbook(excel.gateway, { ...setup, planId: 'another' });
    expect(settingValue(excel.workbook, 'planId')).toEqual([planId]);
  });

  it('imports its forms: the ledger gets the two columns once, at its right edge, and keeps every row', async () => {
    const returned = await filledReturn(excel.gateway);
    const before = excel.workbook.table('NapProgress')!;
    expect(before.headers).not.toContain('Submission');
    excel.workbook.resetSyncCount();
    const result = await applyImport(excel.gateway, [returned], options);
    expect(excel.workbook.syncCount).toBeLessThanOrEqual(3);
    expect(result.files.map((file) => [file.status, file.message])).toEqual([['applied', null]]);
    const after = excel.workbook.table('NapProgress')!;
    expect(after.headers).toEqual([...before.headers, 'Submission', 'Superseded by']);
    expect(after.address.split(':')[0]).toBe(before.address.split(':')[0]);
    expect(after.bodyValues[0]).toEqual([...before.bodyValues[0], '', '']);
    const imported = after.bodyValues.filter((row) => row[0] === '2026-Q2' && row[2] === 'I4.1');
    expect(imported).toHaveLength(1);
    expect(imported[0][3]).toBe(45);
    expect(imported[0][before.headers.length]).toMatch(/\S/);
    expect(excel.workbook.table('NapSubmissions')!.bodyValues.find((row) => row[0] === 'POL')?.[7]).toBe('Accepted');
    // Text columns: a submission id that looks like a number or date stays as written.
    expect(excel.workbook.cell('Progress', 'R5').numberFormat).toBe('@');

    const again = await applyImport(excel.gateway, [returned], options);
    expect(again.files.map((file) => file.status)).toEqual(['unchanged']);
    expect(excel.workbook.table('NapProgress')!.headers).toHaveLength(before.headers.length + LATER_LEDGER_COLUMNS);
  });

  it('gets the ledger columns and the plan id from set-up, which adds nothing else and nothing twice', async () => {
    const tables = excel.workbook.tables().map(({ name }) => name);
    const result = await setupPlanWorkbook(excel.gateway, { ...setup, example: true, planId: 'ignored' });
    expect(result.created).toEqual([]);
    expect(excel.workbook.tables().map(({ name }) => name)).toEqual(tables);
    expect(excel.workbook.table('NapProgress')!.headers.slice(-2)).toEqual(['Submission', 'Superseded by']);
    expect(excel.workbook.table('NapProgress')!.bodyValues[0].slice(0, 4)).toEqual(HAND_TYPED);
    const [planId] = settingValue(excel.workbook, 'planId');
    expect(planId).not.toBe('ignored');
    expect(result.messages).toEqual(
      expect.arrayContaining([
        'The table on sheet "Progress", set up by an earlier version of NAP Monitor, got the columns it lacked: Submission, Superseded by.',
        expect.stringContaining(`(${planId})`),
      ]),
    );
    const version = excel.workbook.version;
    const second = await setupPlanWorkbook(excel.gateway, { ...setup, example: true });
    expect(second.messages).toEqual(['The plan workbook is already complete. Nothing was changed.']);
    expect(excel.workbook.version).toBe(version);
    // Forms made now carry the id set-up wrote, and their import is accepted.
    const returned = await filledReturn(excel.gateway);
    expect(returned.kind === 'form' && returned.meta.planId).toBe(planId);
    const applied = await applyImport(excel.gateway, [returned], options);
    expect(applied.files.map((file) => file.status)).toEqual(['applied']);
  });

  it('completes an upgrade and import that failed at any sync or command when run again, adding no column twice', async () => {
    const returned = await filledReturn(excel.gateway);
    const written = (workbook: FakeWorkbook) => ({
      ledger: workbook.table('NapProgress')!,
      register: workbook.table('NapSubmissions')!.bodyValues,
      audit: workbook.table('NapAudit')!.bodyValues,
    });
    const arrange = async () => {
      const run = await olderPlanInExcel();
      await filledReturn(run.gateway);
      return run;
    };
    const clean = await arrange();
    clean.workbook.injectFault({});
    await applyImport(clean.gateway, [returned], options);
    const expected = written(clean.workbook);
    const { syncs, commands } = clean.workbook.faultCounts;
    clean.restore();
    const faults = [
      ...Array.from({ length: syncs }, (_, i) => ({ sync: i + 1 })),
      ...Array.from({ length: commands }, (_, i) => ({ command: i + 1 })),
    ];
    expect(faults.length).toBeGreaterThan(10);
    for (const fault of faults) {
      const run = await arrange();
      run.workbook.injectFault(fault);
      await applyImport(run.gateway, [returned], options).catch(() => undefined);
      run.workbook.injectFault({});
      await applyImport(run.gateway, [returned], options);
      expect({ fault, ...written(run.workbook) }).toEqual({ fault, ...expected });
      run.restore();
    }
  }, 300_000);
});
