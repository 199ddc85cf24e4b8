import { translate } from '../../src/core/i18n/translate';
import { main } from '../../src/cli/main';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { emptyBatch } from '../../src/sheets/gateway';
import { memoryIo } from '../support/memoryIo';
import { EXAMPLE_SETUP } from '../support/examplePlan';

async function examplePlanFile(progress: (string | number)[][] = []) {
  const gateway = XlsxGateway.empty('plan.xlsx');
  await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
  if (progress.length > 0) {
    await gateway.update({ tables: ['NapProgress'] }, (snapshot) => {
      const table = snapshot.tables.NapProgress;
      const batch = emptyBatch(snapshot);
      batch.blocks.push({
        sheet: table.sheet,
        top: table.top + 1,
        left: table.left,
        rows: progress.map((row) => [...row, ...Array(table.headers.length - row.length).fill('')]),
      });
      return { batch, result: null };
    });
  }
  return gateway.toBytes();
}

describe('nap-monitor check', () => {
  it('prints the findings as JSON with rule, severity, sheet, cell, code and message, and exits 0', async () => {
    const { io, files, stdout, stderr } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile());
    expect(await main(['check', 'plan.xlsx', '--json'], io)).toBe(0);
    expect(stderr()).toBe('');
    const findings = JSON.parse(stdout());
    expect(findings.length).toBeGreaterThan(5);
    expect(Object.keys(findings[0]).sort()).toEqual(['cell', 'code', 'message', 'rule', 'severity', 'sheet']);
    expect(findings).toContainEqual({
      rule: 'structure.code-not-under-parent',
      severity: 'error',
      sheet: 'NAP activities',
      cell: 'A13',
      code: '2.1.2',
      message: expect.stringContaining('2.1.2'),
    });
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'indicator.baseline-not-measurable', sheet: 'NAP', cell: 'I5', code: 'I2.1' }),
    );
  });

  it('prints a readable list with a summary line, and leaves the file as it was', async () => {
    const { io, files, stdout } = memoryIo();
    const bytes = await examplePlanFile();
    files.set('plan.xlsx', bytes);
    expect(await main(['check', 'plan.xlsx'], io)).toBe(0);
    expect(stdout()).toMatch(/^Error\tNAP activities!A13\t2\.1\.2\t/m);
    expect(stdout()).toMatch(/\d+ errors, \d+ warnings\. Complete without errors: \d+ %/);
    expect(files.get('plan.xlsx')).toBe(bytes);
  });

  it('refuses a workbook that is not a plan, naming the file and the missing table', async () => {
    const { io, files, stderr } = memoryIo();
    const other = XlsxGateway.empty('budget.xlsx');
    await other.update({ tables: [] }, (snapshot) => {
      const batch = emptyBatch(snapshot);
      batch.createSheets.push({ name: 'Budget', visible: true });
      batch.blocks.push({ sheet: 'Budget', top: 0, left: 0, rows: [['Item', 'Amount']] });
      return { batch, result: null };
    });
    files.set('budget.xlsx', await other.toBytes());
    expect(await main(['check', 'budget.xlsx'], io)).toBe(2);
    expect(stderr()).toContain(
      'budget.xlsx holds no NAP Monitor plan yet, or part of the plan was deleted. Run Set up',
    );
  });

  it('says clearly when the file is missing or is not a workbook at all', async () => {
    const { io, files, stderr } = memoryIo();
    expect(await main(['check', 'nowhere.xlsx'], io)).toBe(2);
    expect(stderr()).toContain('nowhere.xlsx does not exist');
    files.set('notes.xlsx', new TextEncoder().encode('just some text'));
    expect(await main(['check', 'notes.xlsx'], io)).toBe(2);
    expect(stderr()).toContain('notes.xlsx');
  });

  it('needs the workbook to check', async () => {
    const { io, stderr } = memoryIo();
    expect(await main(['check', '--json'], io)).toBe(64);
    expect(stderr()).toContain('file');
  });
});

describe('nap-monitor status', () => {
  it('prints per indicator and activity the status, progress, shares and reason, and per outcome and area the roll-up', async () => {
    const { io, files, stdout } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile([['2026', 'POL', 'I4.1', '45', '', '', '', '', 'On track']]));
    expect(await main(['status', 'plan.xlsx', '--as-of', '2026-12-31', '--json'], io)).toBe(0);
    const report = JSON.parse(stdout());
    const charges = report.indicators.find((row: { code: string }) => row.code === 'I4.1');
    expect(charges).toMatchObject({ status: 'offTrack', actual: 45, reason: expect.any(String) });
    expect(charges.progress).toBeLessThan(0);
    expect(Object.keys(charges)).toEqual(
      expect.arrayContaining(['code', 'status', 'progress', 'achieved_share', 'expected', 'actual', 'reason']),
    );
    expect(report.activities.length).toBe(14);
    expect(report.areas.find((area: { code: string }) => area.code === '4')).toMatchObject({
      status: 'offTrack',
      counts: expect.objectContaining({ offTrack: 1 }),
    });
    expect(report.outcomes).toHaveLength(4);
  });

  it('gives each reason as text in the chosen language and as the messages behind it', async () => {
    const { io, files, stdout } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile());
    const args = ['status', 'plan.xlsx', '--as-of', '2026-12-31', '--json'];
    expect(await main([...args, '--language', 'sr-Latn'], io)).toBe(0);
    const report = JSON.parse(stdout());
    const noData = report.indicators.find((row: { status: string }) => row.status === 'noData');
    expect(noData.reason_messages).toEqual([
      { key: 'status.reason.noReports', params: { asOf: { isoDate: '2026-12-31' } } },
    ]);
    expect(noData.reason).toContain('31. decembar 2026.');
    expect(report.explanation_messages[0]).toEqual({
      key: 'status.explain.title',
      params: { asOf: { isoDate: '2026-12-31' } },
    });
    expect(report.explanation[0]).toContain('31. decembar 2026.');
    expect(report.areas[0].reason_messages[0].key).toMatch(/^status\.rollup\.reason\./);
  });

  it('prints one line per indicator, activity and area, then the rule', async () => {
    const { io, files, stdout } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile());
    expect(await main(['status', 'plan.xlsx', '--as-of', '2026-12-31'], io)).toBe(0);
    const lines = stdout().trimEnd().split('\n');
    expect(
      lines.some((line) =>
        /^I4\.1\tNo data\t\tNo value reported for a period that ends by 31 December 2026\.$/.test(line),
      ),
    ).toBe(true);
    expect(lines.filter((line) => line.startsWith('Area ')).length).toBe(4);
    expect(lines.at(-1)).toBe(translate('en', 'status.explain.selfAssessment'));
  });

  it('refuses a date that is not a date', async () => {
    const { io, files, stderr } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile());
    expect(await main(['status', 'plan.xlsx', '--as-of', '31.12.2026'], io)).toBe(64);
    expect(stderr()).toContain('--as-of');
  });
});
