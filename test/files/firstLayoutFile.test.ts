import { main } from '../../src/cli/main';
import { translator } from '../../src/core/i18n/translate';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { firstLayoutBatch } from '../support/firstLayout';
import { memoryIo } from '../support/memoryIo';
import { englishExample } from '../support/examplePlan';

const plan = englishExample();

describe('a plan file of the first layout, tables side by side', () => {
  it('is checked and judged from the command line, with findings at the cells where they are', async () => {
    const gateway = XlsxGateway.empty('old.xlsx');
    await gateway.update({ tables: [] }, (snapshot) => ({
      batch: firstLayoutBatch(snapshot, plan, translator('en')),
      result: null,
    }));
    const { io, files, stdout } = memoryIo();
    files.set('old.xlsx', await gateway.toBytes());
    expect(await main(['check', 'old.xlsx', '--json'], io)).toBe(0);
    const findings = JSON.parse(stdout()) as { rule: string; sheet: string; cell: string }[];
    // Indicators start in column E of the NAP sheet in that layout: the baseline of I2.1 is M5.
    expect(findings.find((finding) => finding.rule === 'indicator.baseline-not-measurable')).toMatchObject({
      sheet: 'NAP',
      cell: 'M5',
    });
    const status = memoryIo();
    status.files.set('old.xlsx', files.get('old.xlsx')!);
    expect(await main(['status', 'old.xlsx', '--as-of', '2026-12-31', '--json'], status.io)).toBe(0);
    expect(JSON.parse(status.stdout()).indicators).toHaveLength(plan.indicators.length);
  });
});
