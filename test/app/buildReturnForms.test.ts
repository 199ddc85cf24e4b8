import ExcelJS from 'exceljs';
import { buildReturnForms } from '../../src/app/buildReturnForms';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { WorkbookError } from '../../src/sheets/workbookError';
import { MemoryGateway, appendRows } from '../support/memoryGateway';

async function examplePlan() {
  const gateway = new MemoryGateway();
  await setupPlanWorkbook(gateway, {
    title: 'NAP',
    country: 'Montenegro',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    example: true,
    planId: 'plan-0001',
  });
  return gateway;
}

const options = {
  language: 'en' as const,
  file: 'plan.xlsx',
  period: '2026-Q2',
  agencies: [],
  now: '2026-07-01T09:00:00.000Z',
  register: true,
};

async function formSheetRows(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet('Progress report')!;
  const codes: string[] = [];
  sheet.eachRow((row) => codes.push(String(row.getCell(1).value ?? '')));
  return codes;
}

describe('buildReturnForms', () => {
  it('gives each agency the indicators of its M&E rows and the activities of its responsible bodies', async () => {
    const gateway = await examplePlan();
    const result = await buildReturnForms(gateway, options);
    expect(result.period).toMatchObject({ code: '2026-Q2', dueDate: '2026-07-15' });
    const summary = Object.fromEntries(result.forms.map((f) => [f.agency, [f.indicators, f.activities]]));
    expect(summary).toEqual({ ATC: [2, 1], MOI: [1, 3], POL: [1, 1], SOC: [1, 1], PPO: [0, 1] });
    expect(result.skipped).toEqual(['JTC']);
    expect(result.forms.map((f) => f.fileName)).toContain('2026-Q2_MOI.xlsx');
    const moi = await formSheetRows(result.forms.find((f) => f.agency === 'MOI')!.bytes);
    expect(moi).toEqual(expect.arrayContaining(['3', 'I3.1', '2.1.1']));
    expect(moi).not.toContain('I4.1');
    expect(moi.filter((code) => code === '2.1.2')).toHaveLength(1);
  });

  it('adds the forms to the Submissions register as expected, once', async () => {
    const gateway = await examplePlan();
    const first = await buildReturnForms(gateway, options);
    expect(first.registered).toBe(5);
    const table = gateway.state.tables.NapSubmissions;
    expect(table.sheet).toBe('Submissions');
    expect(table.rows.map((row) => [row[0], row[1], row[7]])).toContainEqual(['MOI', '2026-Q2', 'Expected']);
    expect(table.rows[0][2]).toBe('2026-Q2-ATC-PLAN0001');
    const again = await buildReturnForms(gateway, { ...options, now: '2026-07-02T09:00:00.000Z' });
    expect(again.registered).toBe(0);
    expect(gateway.state.tables.NapSubmissions.rows).toHaveLength(5);
    await buildReturnForms(gateway, { ...options, period: 'Q3 2026', agencies: ['moi'] });
    expect(gateway.state.tables.NapSubmissions.rows.map((row) => `${row[0]} ${row[1]}`).slice(-1)).toEqual([
      'MOI 2026-Q3',
    ]);
  });

  it('keeps register rows the import has filled in', async () => {
    const gateway = await examplePlan();
    await buildReturnForms(gateway, options);
    const rows = gateway.state.tables.NapSubmissions.rows;
    rows[0][7] = 'Accepted';
    rows[0][8] = 'ATC.xlsx';
    await buildReturnForms(gateway, { ...options, period: '2026-Q3' });
    const kept = gateway.state.tables.NapSubmissions.rows.find((row) => row[0] === 'ATC' && row[1] === '2026-Q2')!;
    expect([kept[7], kept[8]]).toEqual(['Accepted', 'ATC.xlsx']);
  });

  it("shows the agency's value of the period before", async () => {
    const gateway = await examplePlan();
    appendRows(gateway, 'NapProgress', [
      { Period: '2026-Q1', Agency: 'POL', Code: 'I4.1', Value: 12 },
      { Period: '2026-Q1', Agency: 'SOC', Code: 'I4.1', Value: 99 },
    ]);
    const { forms } = await buildReturnForms(gateway, { ...options, agencies: ['POL'], register: false });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(forms[0].bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Progress report')!;
    let last: unknown = null;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'I4.1' && String(row.getCell(2).value).startsWith('Increased'))
        last = row.getCell(7).value;
    });
    expect(last).toBe('12');
    expect(gateway.state.tables.NapSubmissions).toBeUndefined();
  });

  it('takes the due days, whom to return to and a password from the settings rows written at set-up', async () => {
    const gateway = await examplePlan();
    const settings = gateway.state.tables.NapSettings.rows;
    const row = (key: string) => settings.find((r) => r[0] === key)!;
    expect([row('forms.dueDays')[2], row('forms.reportDueDate')[2]]).toEqual([15, '2027-03-31']);
    row('forms.dueDays')[2] = '30';
    row('forms.returnTo')[2] = 'ATC office, atc@example.org';
    row('forms.password')[2] = 'secret';
    const result = await buildReturnForms(gateway, { ...options, agencies: ['POL'] });
    expect(result.period.dueDate).toBe('2026-07-30');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.forms[0].bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Progress report')!;
    expect([sheet.getCell('C6').value, sheet.getCell('C7').value]).toEqual([
      '30 July 2026',
      'ATC office, atc@example.org',
    ]);
    expect((sheet as unknown as { sheetProtection: { algorithmName?: string } }).sheetProtection.algorithmName).toBe(
      'SHA-512',
    );
    row('forms.dueDays')[2] = 'two weeks';
    const warned = await buildReturnForms(gateway, { ...options, agencies: ['POL'], register: false });
    expect(warned.period.dueDate).toBe('2026-07-15');
    expect(warned.warnings).toEqual([expect.stringContaining('"two weeks", which is not a number of days')]);
  });

  it('refuses a period the plan does not have and an unknown agency, writing nothing', async () => {
    const gateway = await examplePlan();
    const before = gateway.batches.length;
    await expect(buildReturnForms(gateway, { ...options, period: '2031-Q1' })).rejects.toThrow(
      'In plan.xlsx, the plan has no reporting period "2031-Q1". Its periods are: 2026-Q1,',
    );
    await expect(buildReturnForms(gateway, { ...options, agencies: ['XYZ'] })).rejects.toBeInstanceOf(WorkbookError);
    expect(gateway.batches.length).toBe(before);
  });
});
