import { fakeExcel, rejection } from './setup';

/** Three commands in one request: A1, A2, A3 get values. */
async function writeThree(Excel: typeof globalThis.Excel): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    for (const address of ['A1', 'A2', 'A3']) sheet.getRange(address).values = [[address]];
    await context.sync();
  });
}

describe('injected faults', () => {
  test('a lost sync applies nothing of its request, and fires once', async () => {
    const { wb, Excel } = fakeExcel();
    wb.injectFault({ sync: 1 });
    const error = await rejection(writeThree(Excel));
    expect(error.code).toBe('ConnectionFailure');
    expect(wb.usedRange('Sheet1')).toBeNull();
    await writeThree(Excel);
    expect(wb.values('Sheet1', 'A1:A3')).toEqual([['A1'], ['A2'], ['A3']]);
  });

  test('a failing command keeps the commands before it, as Excel does not roll back, and drops the rest', async () => {
    const { wb, Excel } = fakeExcel();
    wb.injectFault({ command: 2 });
    const error = await rejection(writeThree(Excel));
    expect(error.code).toBe('GeneralException');
    expect(wb.values('Sheet1', 'A1:A3')).toEqual([['A1'], [''], ['']]);
  });

  test('counts the syncs and commands of a clean run, so a test can reach every point', async () => {
    const { wb, Excel } = fakeExcel();
    wb.injectFault({});
    await writeThree(Excel);
    // The run's own closing sync counts too.
    expect(wb.faultCounts).toEqual({ syncs: 2, commands: 3 });
  });
});
