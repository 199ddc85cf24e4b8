import { fakeExcel, rejection } from './setup';

/** TableColumnCollection.add as Office.js documents it (ExcelApi 1.4: index null or -1 appends, name sets the header). */
describe('table columns added at the right edge', () => {
  const arrange = () => {
    const excel = fakeExcel();
    excel.wb.setValues('Sheet1', 'A1:B3', [
      ['Code', 'Value'],
      ['a', 1],
      ['b', 2],
    ]);
    excel.wb.addTable('Sheet1', 'A1:B3');
    return excel;
  };

  test('index -1 appends a named column; the cells to the right of the table rows move aside, others stay', async () => {
    const { Excel, wb } = arrange();
    wb.setValues('Sheet1', 'C2:C4', [['beside'], ['too'], ['below']]);
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('Table1').columns.add(-1, undefined, 'Submission');
      await ctx.sync();
    });
    expect(wb.table('Table1')).toMatchObject({ address: 'A1:C3', headers: ['Code', 'Value', 'Submission'] });
    expect(wb.values('Sheet1', 'C2:D4')).toEqual([
      ['', 'beside'],
      ['', 'too'],
      ['below', ''],
    ]);
  });

  test('a column that would split another table is refused and nothing changes', async () => {
    const { Excel, wb } = arrange();
    wb.setValues('Sheet1', 'C2:D5', [
      ['Other', 'Table'],
      ['x', 1],
      ['y', 2],
      ['z', 3],
    ]);
    wb.addTable('Sheet1', 'C2:D5');
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('Table1').columns.add(-1, undefined, 'Submission');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidOperation');
    expect(wb.table('Table1')?.address).toBe('A1:B3');
    expect(wb.table('Table2')?.address).toBe('C2:D5');
  });

  test('values must span header and body', async () => {
    const { Excel, wb } = arrange();
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('Table1').columns.add(-1, [['Only'], ['two']]);
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(wb.table('Table1')?.headers).toEqual(['Code', 'Value']);
  });
});
