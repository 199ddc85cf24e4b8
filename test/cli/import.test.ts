import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { AUDIT_TABLE } from '../../src/sheets/layouts/audit';
import { SUBMISSIONS_TABLE } from '../../src/sheets/layouts/submissions';
import { PROGRESS_TABLE } from '../../src/sheets/layouts/tables';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';
import { libreOfficeSheets } from '../support/libreoffice';
import { memoryIo } from '../support/memoryIo';
import { unzipParts } from '../support/xlsxParts';

/**
 * A plan someone else made: set up by init, then carrying what NAP Monitor does not own: another sheet with
 * an image, a note, a defined name, a colour rule, a dropdown and its own styles.
 */
async function foreignPlan(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const notes = workbook.addWorksheet('Our notes');
  notes.getCell('A1').value = 'Budget line';
  notes.getCell('A1').font = { bold: true, color: { argb: 'FFC00000' } };
  notes.getCell('A1').note = 'Checked by the finance unit';
  notes.getCell('B2').value = 1250;
  notes.getCell('B2').numFmt = '#,##0.00 "EUR"';
  notes.getCell('C2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"yes,no"'] };
  notes.addConditionalFormatting({
    ref: 'B2:B20',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        priority: 1,
        formulae: ['1000'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  workbook.definedNames.add("'Our notes'!$B$2", 'BudgetTotal');
  const image = workbook.addImage({
    buffer: readFileSync(join(__dirname, '../../assets/icon-64.png')) as unknown as ExcelJS.Buffer,
    extension: 'png',
  });
  notes.addImage(image, 'D4:E8');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function tableRows(bytes: Uint8Array, name: string) {
  const gateway = XlsxFileGateway.open(bytes, 'out.xlsx');
  const table = (await gateway.read({ tables: [name] })).tables[name];
  return table ? table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]]))) : [];
}

describe('nap-monitor import', () => {
  let plan: Uint8Array;
  let pol: Uint8Array;
  let soc: Uint8Array;
  const setup = async () => {
    const { io, files } = memoryIo('2026-07-10');
    expect(
      await main(['init', '--example', '--out', 'plan.xlsx', '--start', '2026-01-01', '--end', '2028-12-31'], io),
    ).toBe(0);
    files.set('plan.xlsx', await foreignPlan(files.get('plan.xlsx')!));
    expect(await main(['forms', 'plan.xlsx', '--period', '2026-Q2', '--out', 'forms'], io)).toBe(0);
    return { io, files };
  };

  beforeAll(async () => {
    const { files } = await setup();
    plan = files.get('plan.xlsx')!;
    pol = await fillReturnForm(files.get('forms/2026-Q2_POL.xlsx')!, {
      'I4.1|value': 45,
      '4.1.2|implementation': 'Ongoing',
    });
    soc = await fillReturnForm(files.get('forms/2026-Q2_SOC.xlsx')!, {
      'I2.2|value': '12 cases',
      '2.1.2|implementation': 'Completed',
    });
  }, 60_000);

  it('dry run: says what would be added and what is wrong, and leaves the plan as it was', async () => {
    const { io, files, folders, stdout } = memoryIo('2026-07-10');
    files.set('plan.xlsx', plan);
    files.set('in/pol.xlsx', pol);
    files.set('in/soc.xlsx', soc);
    files.set('in/notes.xlsx', new TextEncoder().encode('not a workbook'));
    const code = await main(
      ['import', 'plan.xlsx', 'in/pol.xlsx', 'in/soc.xlsx', 'in/notes.xlsx', '--dry-run', '--feedback', 'back'],
      io,
    );
    expect(code).toBe(0);
    expect(stdout()).toContain('pol.xlsx\tready to import');
    expect(stdout()).toMatch(
      /soc\.xlsx\twrong cells\n.*\n.*\n\s+Error: soc\.xlsx, sheet "[^"]+", cell H\d+ \(I2\.2\): "12 cases" has words next to the number/,
    );
    expect(stdout()).toContain('notes.xlsx\trefused');
    expect(stdout()).toContain('Dry run: plan.xlsx was not changed.');
    expect(stdout()).toContain('Wrote back/soc-feedback.xlsx (1 problem to correct).');
    expect([...files.keys()].filter((name) => name.startsWith('back/'))).toEqual(['back/soc-feedback.xlsx']);
    expect([...folders]).toEqual(['back']);
    expect(files.get('plan.xlsx')).toBe(plan);
  });

  it('writes the ledger, the register and the audit into a copy, keeping every part it does not own', async () => {
    const { io, files, stdout, stderr } = memoryIo('2026-07-10');
    files.set('plan.xlsx', plan);
    files.set('in/pol.xlsx', pol);
    files.set('in/soc.xlsx', soc);
    const code = await main(
      ['import', 'plan.xlsx', 'in/pol.xlsx', 'in/soc.xlsx', '--out', 'copy.xlsx', '--who', 'Secretariat'],
      io,
    );
    expect(stderr()).toBe('');
    expect(code).toBe(0);
    expect(stdout()).toContain('Wrote copy.xlsx.');
    const copy = files.get('copy.xlsx')!;
    const ledger = (await tableRows(copy, PROGRESS_TABLE.name)).filter((row) => row.Agency === 'POL');
    expect(ledger.map((row) => [row.Code, row.Value, row['Implementation status']])).toEqual([
      ['I4.1', 45, ''],
      ['4.1.2', '', 'Ongoing'],
    ]);
    expect((await tableRows(copy, SUBMISSIONS_TABLE.name)).map((row) => [row.Agency, row.State])).toEqual([
      ['ATC', 'Expected'],
      ['MOI', 'Expected'],
      ['POL', 'Accepted'],
      ['SOC', 'Expected'],
      ['PPO', 'Expected'],
    ]);
    expect((await tableRows(copy, AUDIT_TABLE.name)).map((row) => [row.Who, row.Action, row.File])).toEqual([
      ['Secretariat', 'Import', 'pol.xlsx'],
    ]);

    const before = unzipParts(plan);
    const after = unzipParts(copy);
    const changed = [...before.keys()].filter(
      (name) => !Buffer.from(before.get(name)!).equals(Buffer.from(after.get(name) ?? new Uint8Array())),
    );
    const progressSheet = [...before.keys()].filter((name) =>
      /^xl\/(worksheets\/sheet\d+|tables\/table\d+)\.xml$/.test(name),
    );
    for (const name of changed)
      expect([
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        '[Content_Types].xml',
        'xl/styles.xml',
        ...progressSheet,
      ]).toContain(name);
    // The Progress sheet (rows added) and the Submissions sheet (POL's expected row filled in).
    expect(changed.filter((name) => name.startsWith('xl/worksheets/'))).toHaveLength(2);
    expect(changed.filter((name) => name.startsWith('xl/tables/'))).toHaveLength(1);
    for (const kept of ['xl/media/image1.png', 'xl/drawings/drawing1.xml'])
      expect(Buffer.from(after.get(kept)!).equals(Buffer.from(before.get(kept)!))).toBe(true);
    expect([...before.keys()].filter((name) => /comments|vmlDrawing/.test(name)).length).toBeGreaterThan(0);
    const sheets = await libreOfficeSheets(copy);
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(['Our notes', 'Audit', 'Submissions']));
    expect(sheets['Our notes'][0][0]).toBe('Budget line');
  }, 120_000);

  it('importing the same files again changes nothing, and says so', async () => {
    const { io, files, stdout } = memoryIo('2026-07-10');
    files.set('plan.xlsx', plan);
    files.set('in/pol.xlsx', pol);
    expect(await main(['import', 'plan.xlsx', 'in/pol.xlsx'], io)).toBe(0);
    const once = files.get('plan.xlsx')!;
    expect(await main(['import', 'plan.xlsx', 'in/pol.xlsx'], io)).toBe(0);
    expect(stdout()).toMatch(/pol\.xlsx\tunchanged\n\s+pol\.xlsx was imported before/);
    expect(stdout()).toContain('Nothing to write: plan.xlsx was not changed.');
    expect(files.get('plan.xlsx')).toBe(once);
  }, 60_000);

  it('refuses the forms of a closed period until it is reopened, with both in the audit table', async () => {
    const { io, files, stdout } = memoryIo('2026-07-10');
    files.set('plan.xlsx', plan);
    files.set('in/pol.xlsx', pol);
    expect(
      await main(['period', 'plan.xlsx', '--close', '2026-Q2', '--reason', 'Report sent', '--who', 'Coordinator'], io),
    ).toBe(0);
    expect(stdout()).toContain('The period 2026-Q2 is closed to imports (plan.xlsx).');
    expect(await main(['period', 'plan.xlsx', '--close', 'Q2 2026', '--reason', 'again'], io)).toBe(0);
    expect(stdout()).toContain('Nothing changed: the period 2026-Q2 was already closed.');
    expect(await main(['import', 'plan.xlsx', 'in/pol.xlsx'], io)).toBe(0);
    expect(stdout()).toMatch(
      /pol\.xlsx\tperiod closed\n\s+pol\.xlsx was not imported: the period 2026-Q2 was closed on \d{1,2} \p{L}+ \d{4} by Coordinator \(Report sent\)/u,
    );
    expect(await main(['period', 'plan.xlsx', '--reopen', '2026-Q2', '--reason', 'Late correction'], io)).toBe(0);
    expect(await main(['import', 'plan.xlsx', 'in/pol.xlsx'], io)).toBe(0);
    expect(stdout()).toContain('pol.xlsx\timported');
    const audit = await tableRows(files.get('plan.xlsx')!, AUDIT_TABLE.name);
    expect(audit.map((row) => [row.Action, row.Reason])).toEqual([
      ['Period closed', 'Report sent'],
      ['Period reopened', 'Late correction'],
      ['Import', ''],
    ]);
  }, 60_000);

  it('needs at least one form', async () => {
    const { io, stderr } = memoryIo();
    expect(await main(['import', 'plan.xlsx'], io)).toBe(64);
    expect(stderr()).toContain('Name at least one returned form');
  });
});
