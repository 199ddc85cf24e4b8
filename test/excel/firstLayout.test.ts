import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { translator } from '../../src/core/i18n/translate';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { createFakeWorkbook, installFakeOffice, parseLocalAddress, type FakeWorkbook } from '@fake-excel';
import { firstLayoutBatch } from '../support/firstLayout';
import { englishExample } from '../support/examplePlan';

const t = translator('en');
const setup = { title: 'NAP', country: 'Montenegro', periodStart: '2026-01-01', periodEnd: '2028-12-31', planId: 'p1' };
const plan = englishExample();

/** Pairs of tables that share a sheet row: what the layout must never produce. */
export function tablesSharingRows(workbook: FakeWorkbook): string[] {
  const tables = workbook.tables().map((table) => ({ ...table, rect: parseLocalAddress(table.address)! }));
  return tables.flatMap((a, i) =>
    tables
      .slice(i + 1)
      .filter((b) => a.sheet === b.sheet && a.rect.r0 <= b.rect.r1 && b.rect.r0 <= a.rect.r1)
      .map((b) => `${a.sheet}: ${a.name} and ${b.name}`),
  );
}

describe('a plan workbook of the first layout, with tables side by side', () => {
  let workbook: FakeWorkbook;
  let gateway: OfficeGateway;
  let restore: () => void;
  const arrange = async (omit: string[] = []) =>
    gateway.update({ tables: [] }, (snapshot) => ({ batch: firstLayoutBatch(snapshot, plan, t, omit), result: null }));

  beforeEach(() => {
    workbook = createFakeWorkbook();
    restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
    gateway = new OfficeGateway();
  });
  afterEach(() => restore());

  it('is complete for set-up, which changes nothing', async () => {
    await arrange();
    expect(tablesSharingRows(workbook)).toContain('NAP: NapObjectives and NapIndicators');
    const version = workbook.version;
    const result = await setupPlanWorkbook(gateway, { ...setup, example: true });
    expect(result.messages).toEqual(['The plan workbook is already complete. Nothing was changed.']);
    expect(workbook.version).toBe(version);
  });

  it('gets only what it lacks from set-up, on a sheet of its own, and the rest stays where it is', async () => {
    await arrange(['NapAgencies']);
    const before = workbook.tables().map(({ name, sheet, address }) => ({ name, sheet, address }));
    const result = await setupPlanWorkbook(gateway, { ...setup, example: true });
    expect(result.created).toEqual(['NapAgencies']);
    expect(workbook.table('NapAgencies')).toMatchObject({ sheet: 'Agencies', address: expect.stringMatching(/^A3:D/) });
    expect(
      workbook
        .tables()
        .filter((table) => table.name !== 'NapAgencies')
        .map(({ name, sheet, address }) => ({ name, sheet, address })),
    ).toEqual(before);
    // The plan's title and the paper it had by default (A4) reach the new sheet's footer.
    expect(workbook.sheet('Agencies').pageLayout).toMatchObject({ paperSize: 'A4', footers: { left: 'NAP' } });
  });

  it('is checked where its cells are, and the findings and marks go to sheets of their own', async () => {
    await arrange();
    const result = await checkPlanWorkbook(gateway, { language: 'en', file: 'Workbook', mark: true, writeSheet: true });
    const finding = result.findings.find((f) => f.rule === 'indicator.baseline-not-measurable')!;
    expect(finding.cell).toEqual({ sheet: 'NAP', address: 'M5' });
    expect(workbook.cell('NAP', 'M5').conditional?.fillColor).toBeDefined();
    expect(workbook.table('NapChecks')?.sheet).toBe('Findings');
    expect(workbook.table('NapChecklist')?.sheet).toBe('Checks');
    expect(workbook.table('NapMarks')?.sheet).toBe('Marks');
    expect(workbook.sheet('Marks').visibility).toBe('Hidden');
    const shared = tablesSharingRows(workbook);
    expect(shared.filter((pair) => !pair.startsWith('Settings:') && !pair.startsWith('NAP'))).toEqual([]);
  });

  it('gets its status on sheets of their own, and a second run adds no second copy of anything', async () => {
    await arrange();
    await computeStatusWorkbook(gateway, { language: 'en', file: 'Workbook', asOf: '2026-12-31', write: true });
    expect(workbook.table('NapIndicatorStatus')?.sheet).toBe('Indicator status');
    expect(workbook.table('NapActivityStatus')?.sheet).toBe('Activity status');
    const sheets = workbook.sheets().map((sheet) => sheet.name);
    const rules = workbook.conditionalFormats('Indicator status').length;
    await computeStatusWorkbook(gateway, { language: 'en', file: 'Workbook', asOf: '2027-01-31', write: true });
    expect(workbook.sheets().map((sheet) => sheet.name)).toEqual(sheets);
    expect(workbook.conditionalFormats('Indicator status')).toHaveLength(rules);
    expect(workbook.charts('Status')).toHaveLength(1);
  });
});

describe('the plan workbook NAP Monitor lays out now', () => {
  it('has no sheet row in two tables, after set-up, check and status', async () => {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
    try {
      const gateway = new OfficeGateway();
      await setupPlanWorkbook(gateway, { ...setup, example: true });
      await checkPlanWorkbook(gateway, { language: 'en', file: 'Workbook', mark: true, writeSheet: true });
      await computeStatusWorkbook(gateway, { language: 'en', file: 'Workbook', asOf: '2026-12-31', write: true });
      expect(workbook.tables().length).toBeGreaterThanOrEqual(19);
      expect(tablesSharingRows(workbook)).toEqual([]);
      // Every visible sheet NAP Monitor wrote prints with a footer; Sheet1 is the user's.
      const unprinted = workbook
        .sheets()
        .filter((sheet) => sheet.visibility === 'Visible' && sheet.name !== 'Sheet1' && !sheet.pageLayout.printArea);
      expect(unprinted).toEqual([]);
    } finally {
      restore();
    }
  });
});
