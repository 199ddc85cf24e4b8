import { fakeExcel, onSheet1 as run, rejection } from './setup';

describe('worksheet protection', () => {
  test('protected is loaded like any property; protecting twice fails', async () => {
    const { Excel } = fakeExcel();
    await Excel.run(async (ctx) => {
      const protection = ctx.workbook.worksheets.getItem('Sheet1').protection;
      expect(() => protection.protected).toThrow(/not available/);
      protection.protect({ allowFormatColumns: true });
      protection.load('protected, options');
      await ctx.sync();
      expect(protection.protected).toBe(true);
      expect(protection.options).toEqual({ allowFormatColumns: true });
    });
    const twice = await rejection(run(Excel, (sheet) => sheet.protection.protect()));
    expect(twice.debugInfo.errorLocation).toBe('WorksheetProtection.protect');
    expect(twice.code).toBe('InvalidOperation');
  });

  test('locked cells refuse writes with AccessDenied; unlocked input cells accept them', async () => {
    const { Excel, wb } = fakeExcel();
    await run(Excel, (sheet) => {
      sheet.getRange('B2:B3').format.protection.locked = false;
      sheet.protection.protect();
    });
    await run(Excel, (sheet) => (sheet.getRange('B2:B3').values = [['typed'], ['ok']]));
    const denied = await rejection(
      run(
        Excel,
        (sheet) =>
          (sheet.getRange('A1:B2').values = [
            [1, 2],
            [3, 4],
          ]),
      ),
    );
    expect(denied.code).toBe('AccessDenied');
    expect(denied.debugInfo.errorLocation).toBe('Range.values');
    expect(wb.values('Sheet1', 'A1:B3')).toEqual([
      ['', ''],
      ['', 'typed'],
      ['', 'ok'],
    ]);
  });

  test('formats, tables, validation and locking are refused on a protected sheet unless an option allows', async () => {
    const { Excel } = fakeExcel();
    await run(Excel, (sheet) => sheet.protection.protect({ allowFormatColumns: true }));
    await run(Excel, (sheet) => (sheet.getRange('A:A').format.columnWidth = 100));
    for (const change of [
      (s: Excel.Worksheet) => (s.getRange('A1').format.font.bold = true),
      (s: Excel.Worksheet) => s.tables.add('A1:B2', true),
      (s: Excel.Worksheet) =>
        (s.getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } }),
      (s: Excel.Worksheet) => (s.getRange('A1').format.protection.locked = false),
      (s: Excel.Worksheet) => (s.getRange('A1').numberFormat = [['@']]),
    ]) {
      const error = await rejection(run(Excel, change));
      expect(error.code).toBe('AccessDenied');
    }
  });

  test('unprotect with the right password (or none when none was set)', async () => {
    const { Excel, wb } = fakeExcel();
    await run(Excel, (sheet) => sheet.protection.protect(undefined, 'secret'));
    const wrong = await rejection(run(Excel, (sheet) => sheet.protection.unprotect('guess')));
    expect(wrong.code).toBe('AccessDenied');
    await run(Excel, (sheet) => sheet.protection.unprotect('secret'));
    expect(wb.sheet('Sheet1').protection.protected).toBe(false);
    await run(Excel, (sheet) => (sheet.getRange('A1').values = [[1]]));
    expect(wb.values('Sheet1', 'A1')).toEqual([[1]]);
  });
});
