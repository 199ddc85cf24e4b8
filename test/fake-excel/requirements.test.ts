import { fakeExcel, rejection, thrown, type Context } from './setup';

describe('requirement sets', () => {
  test('Office.context.requirements answers ExcelApi up to the installed level', () => {
    const { Office } = fakeExcel('1.7');
    const supported = (v?: string) => Office.context.requirements.isSetSupported('ExcelApi', v);
    expect([supported('1.1'), supported('1.7'), supported('1.8'), supported('1.10'), supported()]).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
    expect(Office.context.requirements.isSetSupported('ExcelApiOnline', '1.1')).toBe(false);
  });

  test.each([
    [
      '1.7',
      (ctx: Context) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation,
      'Range.dataValidation',
      '1.8',
    ],
    [
      '1.6',
      (ctx: Context) => ctx.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1),
      'Worksheet.getRangeByIndexes',
      '1.7',
    ],
    [
      '1.5',
      (ctx: Context) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats,
      'Range.conditionalFormats',
      '1.6',
    ],
    [
      '1.8',
      (ctx: Context) => ctx.workbook.application.suspendScreenUpdatingUntilNextSync(),
      'Application.suspendScreenUpdatingUntilNextSync',
      '1.9',
    ],
    [
      '1.5',
      (ctx: Context) => ctx.workbook.application.suspendApiCalculationUntilNextSync(),
      'Application.suspendApiCalculationUntilNextSync',
      '1.6',
    ],
    [
      '1.3',
      (ctx: Context) => ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject(),
      'Worksheet.getUsedRangeOrNullObject',
      '1.4',
    ],
    [
      '1.3',
      (ctx: Context) => ctx.workbook.worksheets.getItemOrNullObject('x'),
      'WorksheetCollection.getItemOrNullObject',
      '1.4',
    ],
    ['1.6', (ctx: Context) => ctx.workbook.worksheets.getItem('Sheet1').freezePanes, 'Worksheet.freezePanes', '1.7'],
  ])('at ExcelApi %s, touching the member throws ApiNotFound at once', async (level, touch, member, needed) => {
    const { Excel, OfficeExtension } = fakeExcel(level);
    await Excel.run(async (ctx) => {
      const error = thrown(() => touch(ctx));
      expect(error).toBeInstanceOf(OfficeExtension.Error);
      expect(error.code).toBe('ApiNotFound');
      expect(error.message).toBe(
        `The method or property ${member} is part of the ExcelApi ${needed} requirement set, which is not available in your version of Excel.`,
      );
      expect(error.debugInfo.errorLocation).toBe(member);
    });
  });

  test('at the needed level the same calls work', async () => {
    const { Excel, wb } = fakeExcel('1.9');
    await Excel.run(async (ctx) => {
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      ctx.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).dataValidation.rule = {
        list: { inCellDropDown: true, source: 'a,b' },
      };
      await ctx.sync();
    });
    expect(wb.validations()).toHaveLength(1);
  });

  test('load() of everything skips properties above the level; naming one is ApiNotFound', async () => {
    const { Excel } = fakeExcel('1.6');
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1').load();
      await ctx.sync();
      expect(sheet.name).toBe('Sheet1');
      expect(() => sheet.tabColor).toThrow(/ExcelApi 1.7/);
    });
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').load('tabColor');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
  });
});
