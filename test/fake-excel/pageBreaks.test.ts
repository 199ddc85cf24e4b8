import { fakeExcel, rejection, thrown } from './setup';

describe('horizontal page breaks (ExcelApi 1.9)', () => {
  test('are not there below ExcelApi 1.9', () => {
    const { Excel } = fakeExcel('1.8');
    const context = new Excel.RequestContext();
    const error = thrown(() => context.workbook.worksheets.getItem('Sheet1').horizontalPageBreaks);
    expect(error.code).toBe('ApiNotFound');
  });

  test('start a page at the row of the range given, and are removed all at once', async () => {
    const { wb, Excel } = fakeExcel();
    await Excel.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem('Sheet1').horizontalPageBreaks;
      breaks.add('A12');
      breaks.add('A5:C5');
      breaks.add('A12');
      await context.sync();
    });
    expect(wb.sheet('Sheet1').pageLayout.rowBreaks).toEqual([4, 11]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    expect(wb.sheet('Sheet1').pageLayout.rowBreaks).toEqual([]);
  });

  test('refuses a break above the first row or on another sheet', async () => {
    const { Excel } = fakeExcel();
    for (const address of ['A1', 'Other!A5']) {
      const error = await rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Sheet1').horizontalPageBreaks.add(address);
          await context.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    }
  });
});
