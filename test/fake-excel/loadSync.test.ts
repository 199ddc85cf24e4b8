import { fakeExcel, rejection, thrown } from './setup';

describe('load, sync and the request queue', () => {
  test('reading a scalar before load + sync throws PropertyNotLoaded with Office.js shape', async () => {
    const { Excel, OfficeExtension } = fakeExcel();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const error = thrown(() => range.values);
      expect(error).toBeInstanceOf(OfficeExtension.Error);
      expect(error.name).toBe('RichApi.Error');
      expect(error.code).toBe('PropertyNotLoaded');
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      expect(error.debugInfo).toMatchObject({ code: 'PropertyNotLoaded', errorLocation: 'Range.values' });
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([['']]);
    });
  });

  test('load without await of sync does not deliver values', async () => {
    const { Excel } = fakeExcel();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('address');
      const pending = ctx.sync();
      expect(() => range.address).toThrow(/not available/);
      await pending;
      expect(range.address).toBe('Sheet1!A1');
    });
  });

  test('a property set in the batch is still not readable without load (the fake is stricter than Office.js here)', async () => {
    const { Excel } = fakeExcel();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[5]];
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(() => range.values).toThrow(/not available/);
    });
  });

  test('load accepts "a,b", arrays, select objects and navigation paths', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:B1', [[1, 2]]);
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange('A1:B1').load('values, rowCount');
      const b = sheet.getRange('A1').load(['address', 'columnCount']);
      const c = sheet.getRange('B1').load({ select: 'text, format/font/bold' });
      const d = sheet.getRange('A1').load('format/columnWidth');
      await ctx.sync();
      expect(a.values).toEqual([[1, 2]]);
      expect(a.rowCount).toBe(1);
      expect(b.address).toBe('Sheet1!A1');
      expect(b.columnCount).toBe(1);
      expect(c.text).toEqual([['2']]);
      expect(c.format.font.bold).toBe(false);
      expect(d.format.columnWidth).toBe(48);
      expect(() => d.format.wrapText).toThrow(/not available/);
    });
  });

  test('loading a property the fake does not know rejects the sync with InvalidArgument', async () => {
    const { Excel } = fakeExcel();
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('valuez');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('Range.load');
  });

  test('collection items need loading; load("name") on a collection loads the items', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Plan').addSheet('Lists', { visibility: 'Hidden' });
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items' is not available/);
      sheets.load('items/name, items/visibility');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ['Sheet1', 'Visible'],
        ['Plan', 'Visible'],
        ['Lists', 'Hidden'],
      ]);
      expect(() => sheets.items[0].position).toThrow(/'position' is not available/);
      const again = ctx.workbook.worksheets;
      again.load('name');
      await ctx.sync();
      expect(again.items[2].name).toBe('Lists');
      const all = ctx.workbook.tables.load('items');
      await ctx.sync();
      expect(all.items).toEqual([]);
    });
  });

  test('getCount returns a ClientResult readable after sync', async () => {
    const { Excel } = fakeExcel();
    await Excel.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/has not been loaded yet/);
      await ctx.sync();
      expect(count.value).toBe(1);
    });
  });

  test('Excel.run counts every sync including the implicit final one', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(wb.syncCount).toBe(3);
    wb.resetSyncCount();
    await Excel.run(async () => undefined);
    expect(wb.syncCount).toBe(1);
    wb.syncCount = 10;
    expect(wb.syncCount).toBe(10);
  });

  test('queued writes apply only at sync, in order', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[1]];
      range.values = [[2]];
      expect(wb.values('Sheet1', 'A1')).toEqual([['']]);
      await ctx.sync();
      expect(wb.values('Sheet1', 'A1')).toEqual([[2]]);
    });
  });

  test('a load queued before a write sees the value before it', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1', [[1]]);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      range.values = [[2]];
      await ctx.sync();
      expect(range.values).toEqual([[1]]);
    });
  });

  test('an error at sync keeps the commands before it, drops the rest and delivers no loads', async () => {
    const { Excel, wb } = fakeExcel();
    let loaded: Excel.Range | undefined;
    const error = await rejection(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['before']];
        loaded = sheet.getRange('A1').load('values');
        sheet.getRange('A2:B2').values = [[1]];
        sheet.getRange('A3').values = [['after']];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toBe(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
    expect(error.debugInfo.errorLocation).toBe('Range.values');
    expect(error.debugInfo.statement).toBe('Range.values = [[1]];');
    expect(error.debugInfo.surroundingStatements).toHaveLength(3);
    expect(wb.values('Sheet1', 'A1:A3')).toEqual([['before'], [''], ['']]);
    expect(() => loaded?.values).toThrow(/not available/);
    expect(wb.syncCount).toBe(1);
  });

  test('Excel.run rejects when the batch returns no promise, and passes batch errors through', async () => {
    const { Excel } = fakeExcel();
    const noPromise = await rejection(Excel.run((() => 1) as never));
    expect(noPromise.code).toBe('RunMustReturnPromise');
    const own = await rejection(
      Excel.run(async () => {
        throw new Error('mine');
      }),
    );
    expect(own.message).toBe('mine');
  });

  test('members the fake does not model throw a TypeError naming them', async () => {
    const { Excel } = fakeExcel();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => (range as unknown as Record<string, unknown>).borders).toThrow(
        'The fake Excel does not model Range.borders',
      );
      expect(() => {
        range.hyperlink = { address: 'x' };
      }).toThrow('The fake Excel does not model Range.hyperlink');
      expect(() => {
        (range as { address: string }).address = 'B2';
      }).toThrow(TypeError);
    });
  });

  test('set() assigns several properties, navigation ones included', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1')
        .set({ values: [[3]], format: { wrapText: true, font: { bold: true } } });
      await ctx.sync();
    });
    const cell = wb.cell('Sheet1', 'A1');
    expect(cell.value).toBe(3);
    expect(cell.format.wrapText).toBe(true);
    expect(cell.format.bold).toBe(true);
  });
});
