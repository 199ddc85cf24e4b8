import { fakeExcel, rejection, thrown } from './setup';

describe('*OrNullObject and getItem', () => {
  test('isNullObject is readable only after sync, and tells whether the item exists', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Plan');
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const found = ctx.workbook.worksheets.getItemOrNullObject('plan');
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
    });
  });

  test('operations on a null object do nothing; its loaded properties read null', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      const ghost = ctx.workbook.worksheets.getItemOrNullObject('Ghost');
      ghost.delete();
      ghost.getRange('A1').values = [[1]];
      ghost.load('name');
      const range = ghost.getRange('A1').load('values');
      await ctx.sync();
      expect(ghost.name).toBeNull();
      expect(range.values).toBeNull();
    });
    expect(wb.sheets().map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('the official idiom deletes a sheet when it exists', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Old');
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject('old').delete();
      await ctx.sync();
    });
    expect(wb.sheets().map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('getItem of a missing name fails at sync with ItemNotFound', async () => {
    const { Excel } = fakeExcel();
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').load('name');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(error.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');
  });

  test('tables, columns and used ranges have null-object forms too', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:B2', [
      ['Code', 'Name'],
      ['1', 'x'],
    ]);
    wb.addTable('Sheet1', 'A1:B2', { name: 'Plan' });
    wb.addSheet('Empty');
    await Excel.run(async (ctx) => {
      const table = ctx.workbook.tables.getItemOrNullObject('PLAN');
      const none = ctx.workbook.tables.getItemOrNullObject('Other');
      const column = table.columns.getItemOrNullObject('name');
      const noColumn = table.columns.getItemOrNullObject('Status');
      const used = ctx.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      const usedHere = ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject().load('address');
      await ctx.sync();
      expect([table.isNullObject, none.isNullObject, column.isNullObject, noColumn.isNullObject]).toEqual([
        false,
        true,
        false,
        true,
      ]);
      expect(used.isNullObject).toBe(true);
      expect(usedHere.address).toBe('Sheet1!A1:B2');
    });
  });
});
