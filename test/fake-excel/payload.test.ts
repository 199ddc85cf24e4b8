import { createFakeWorkbook, installFakeOffice } from '@fake-excel/index';

describe('the request payload limit of Excel on the web', () => {
  it('refuses a sync whose commands carry more than the limit, and applies none of them', async () => {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
    workbook.requestPayloadLimit = 10_000;
    const big = Array.from({ length: 200 }, (_, i) => [`row ${i} ${'x'.repeat(60)}`]);
    const attempt = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['small']];
      sheet.getRange('B1:B200').values = big;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(workbook.cell('Sheet1', 'A1').value).toBe('');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B1:B200').values = big;
      workbook.requestPayloadLimit = 100_000;
      await context.sync();
    });
    expect(workbook.cell('Sheet1', 'B200').value).toBe(big[199][0]);
    restore();
  });
});
