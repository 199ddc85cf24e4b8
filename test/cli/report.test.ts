import { strFromU8, unzipSync } from 'fflate';
import { buildReport } from '../../src/app/buildReport';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { main } from '../../src/cli/main';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { emptyBatch } from '../../src/sheets/gateway';
import { parseCsv } from '../support/libreoffice';
import { memoryIo } from '../support/memoryIo';
import { EXAMPLE_SETUP } from '../support/examplePlan';

/** A plan file with a year of returns and a Report sheet whose introduction the coordinator wrote. */
async function planWithReport(): Promise<Uint8Array> {
  const gateway = XlsxGateway.empty('plan.xlsx');
  await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
  await gateway.update({ tables: ['NapProgress'] }, (snapshot) => {
    const table = snapshot.tables.NapProgress;
    const batch = emptyBatch(snapshot);
    const row = (period: string, agency: string, code: string, value: number) => [
      period,
      agency,
      code,
      value,
      ...Array(table.headers.length - 4).fill(''),
    ];
    batch.blocks.push({
      sheet: table.sheet,
      top: table.top + 1,
      left: table.left,
      rows: [row('2026-Q4', 'ATC', 'I1.1', 4), row('2026-Q4', 'POL', 'I4.1', 45)],
    });
    return { batch, result: null };
  });
  const range = { from: '2026-01-01', to: '2026-12-31' };
  const { placement } = await buildReport(gateway, {
    language: 'en',
    file: 'plan.xlsx',
    range,
    today: '2027-01-10',
    deadline: null,
  });
  await gateway.update({ tables: ['NapReportNarrative'] }, (snapshot) => {
    const batch = emptyBatch(snapshot);
    const top = placement!.tops.NapReportNarrative;
    batch.blocks.push({ sheet: placement!.sheet, top: top + 1, left: 2, rows: [['Written by the ATC office.']] });
    return { batch, result: null };
  });
  return gateway.toBytes();
}

describe('nap-monitor report', () => {
  let plan: Uint8Array;
  beforeAll(async () => {
    plan = await planWithReport();
  });

  it('writes the Annex 6 .docx with the narrative from the Report sheet, leaving the plan as it was', async () => {
    const { io, files, stdout, stderr } = memoryIo('2027-01-20');
    files.set('plan.xlsx', plan);
    expect(await main(['report', 'plan.xlsx', '--year', '2026', '--out', 'report.docx'], io)).toBe(0);
    expect(stderr()).toBe('');
    expect(stdout()).toMatch(/^Wrote report\.docx: 5 indicators; \d+ of \d+ returns received\.$/);
    const document = strFromU8(unzipSync(files.get('report.docx')!)['word/document.xml']);
    expect(document).toContain('Written by the ATC office.');
    expect(document).toContain('I4.1');
    expect(files.get('plan.xlsx')).toBe(plan);
  });

  it('writes the .csv and the .xlsx for a range given by --from and --to', async () => {
    const { io, files } = memoryIo('2027-01-20');
    files.set('plan.xlsx', plan);
    expect(
      await main(['report', 'plan.xlsx', '--from', '2026-01-01', '--to', '2027-12-31', '--out', 'r.csv'], io),
    ).toBe(0);
    const rows = parseCsv(new TextDecoder().decode(files.get('r.csv')));
    expect(rows.slice(1).map((row) => `${row[0]} ${row[3]}`)).toContain('2027 I4.1');
    expect(rows).toHaveLength(11);
    expect(await main(['report', 'plan.xlsx', '--year', '2026', '--out', 'r.xlsx', '--language', 'sr-Latn'], io)).toBe(
      0,
    );
    expect(Object.keys(unzipSync(files.get('r.xlsx')!))).toContain('xl/worksheets/sheet5.xml');
  });

  it('says what is wrong with the command line or the file, naming it', async () => {
    const { io, files, stderr } = memoryIo();
    files.set('plan.xlsx', plan);
    files.set('notes.xlsx', new TextEncoder().encode('not a workbook'));
    expect(await main(['report', 'plan.xlsx', '--year', '2026', '--out', 'report.pdf'], io)).toBe(64);
    expect(stderr()).toContain('report.pdf');
    expect(await main(['report', 'plan.xlsx', '--out', 'report.docx'], io)).toBe(64);
    expect(stderr()).toContain('--year');
    expect(await main(['report', 'plan.xlsx', '--year', '26', '--out', 'report.docx'], io)).toBe(64);
    expect(await main(['report', 'plan.xlsx', '--year', '2031', '--out', 'report.docx'], io)).toBe(2);
    expect(stderr()).toContain('outside the plan');
    expect(await main(['report', 'notes.xlsx', '--year', '2026', '--out', 'report.docx'], io)).toBe(2);
    expect(stderr()).toContain('notes.xlsx');
    expect(files.has('report.docx')).toBe(false);
  });
});
