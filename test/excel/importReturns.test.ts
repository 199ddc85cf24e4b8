import { applyImport, type ImportOptions } from '../../src/app/importReturns';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { parseReturnedForm } from '../../src/files/returnedForm/parseReturnedForm';
import type { ParsedReturn } from '../../src/files/returnedForm/parsedReturn';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '@fake-excel';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';
import { exampleWithForms } from '../app/exampleWithForms';

const options: ImportOptions = {
  language: 'en',
  file: 'plan.xlsx',
  now: '2026-07-10T09:00',
  who: 'Secretariat',
  personalData: {},
  acceptValidRows: 'all',
};

const FILLINGS: Record<string, Record<string, string | number>> = {
  ATC: {
    'I1.1|value': 2,
    'I2.1|value': 10,
    'I2.1|women|value': 4,
    'I2.1|men|value': 6,
    '1.1.2|implementation': 'Ongoing',
  },
  MOI: { 'I3.1|value': 'Draft law sent to parliament', '2.1.1|implementation': 'Completed' },
  POL: { 'I4.1|value': 45, '4.1.2|implementation': 'Ongoing' },
  SOC: { 'I2.2|value': '1,250', '2.1.2|implementation': 'Not started' },
  PPO: { '2.2.2|implementation': 'Postponed' },
};

interface Excel {
  workbook: FakeWorkbook;
  gateway: OfficeGateway;
  restore: () => void;
}

async function planInExcel(): Promise<Excel & { forms: Map<string, Uint8Array> }> {
  const workbook = createFakeWorkbook();
  const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.9' });
  const gateway = new OfficeGateway();
  const form = await exampleWithForms(gateway);
  return { workbook, gateway, restore, forms: new Map(Object.keys(FILLINGS).map((agency) => [agency, form(agency)])) };
}

let returns: ParsedReturn[];

/** The tables an import writes, as Excel holds them. */
function written(workbook: FakeWorkbook) {
  const body = (name: string) => workbook.table(name)?.bodyValues ?? [];
  const sorted = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    ledger: sorted(body('NapProgress')),
    register: sorted(body('NapSubmissions')),
    audit: sorted(body('NapAudit')),
  };
}

describe('import through the Office.js gateway (strict fake of Excel)', () => {
  let excel: Awaited<ReturnType<typeof planInExcel>>;
  beforeAll(async () => {
    const first = await planInExcel();
    returns = [];
    for (const [agency, bytes] of first.forms)
      returns.push(await parseReturnedForm(await fillReturnForm(bytes, FILLINGS[agency]), `${agency}.xlsx`));
    first.restore();
  });
  beforeEach(async () => {
    excel = await planInExcel();
  });
  afterEach(() => excel.restore());

  it("imports every agency's form in one read and one write: two syncs", async () => {
    excel.workbook.resetSyncCount();
    const result = await applyImport(excel.gateway, returns, options);
    expect(excel.workbook.syncCount).toBeLessThanOrEqual(3);
    expect(result.files.map((file) => file.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
    const ledger = excel.workbook.table('NapProgress')!;
    // ATC: I1.1, I2.1 with women and men, 1.1.2; MOI: I3.1, 2.1.1; POL and SOC two each; PPO one.
    expect(ledger.bodyValues.filter((row) => row[0] === '2026-Q2')).toHaveLength(12);
    expect(excel.workbook.table('NapAudit')!.bodyValues).toHaveLength(5);
    expect(excel.workbook.table('NapSubmissions')!.bodyValues.map((row) => [row[0], row[7]])).toEqual([
      ['ATC', 'Accepted'],
      ['MOI', 'Accepted with warnings'],
      ['POL', 'Accepted'],
      ['SOC', 'Accepted'],
      ['PPO', 'Accepted'],
    ]);
    excel.workbook.resetSyncCount();
    const again = await applyImport(excel.gateway, returns, options);
    expect(again.files.map((file) => file.status)).toEqual(Array(5).fill('unchanged'));
    expect(excel.workbook.syncCount).toBeLessThanOrEqual(3);
  });

  it('completes a write that failed at any sync or command when the same import runs again, duplicating nothing', async () => {
    await applyImport(excel.gateway, returns, options);
    const clean = written(excel.workbook);
    const fresh = await planInExcel();
    fresh.workbook.injectFault({});
    await applyImport(fresh.gateway, returns, options);
    const { syncs, commands } = fresh.workbook.faultCounts;
    fresh.restore();
    const faults = [
      ...Array.from({ length: syncs }, (_, i) => ({ sync: i + 1 })),
      ...Array.from({ length: commands }, (_, i) => ({ command: i + 1 })),
    ];
    expect(faults.length).toBeGreaterThan(10);
    for (const fault of faults) {
      const run = await planInExcel();
      run.workbook.injectFault(fault);
      await applyImport(run.gateway, returns, options).catch(() => undefined);
      run.workbook.injectFault({});
      await applyImport(run.gateway, returns, options);
      expect({ fault, ...written(run.workbook) }).toEqual({ fault, ...clean });
      run.restore();
    }
  }, 300_000);
});
