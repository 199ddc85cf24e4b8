import type { FakeWorkbook } from '@fake-excel/install';
import { fakeExcel, rejection } from './setup';

function seed(wb: FakeWorkbook): void {
  wb.setValues('Sheet1', 'A1:C3', [
    ['Code', 'Name', 'Name'],
    ['1.1', 'First', 10],
    ['1.2', 'Second', 20],
  ]);
}

describe('tables', () => {
  test('tables.add names columns from the header row, repairing blanks and repeats like Excel', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:E2', [
      ['Code', '', 'code', 2024, ''],
      [1, 2, 3, 4, 5],
    ]);
    await Excel.run(async (ctx) => {
      const table = ctx.workbook.worksheets.getItem('Sheet1').tables.add('A1:E2', true);
      table.load('name, style, showHeaders, showBandedRows');
      table.columns.load('items/name, items/index');
      await ctx.sync();
      expect(table.name).toBe('Table1');
      expect(table.style).toBe('TableStyleMedium2');
      expect(table.columns.items.map((c) => c.name)).toEqual(['Code', 'Column1', 'code2', '2024', 'Column2']);
      expect(table.columns.items.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
    });
    expect(wb.values('Sheet1', 'A1:E1')).toEqual([['Code', 'Column1', 'code2', '2024', 'Column2']]);
  });

  test('ranges of a table: whole, header, body; a header-only table gets one blank body row', async () => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.setValues('Sheet1', 'E1:F1', [['Key', 'Value']]);
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      const plan = sheet.tables.add('A1:C3', true);
      const empty = sheet.tables.add(sheet.getRange('E1:F1'), true);
      const ranges = [
        plan.getRange(),
        plan.getHeaderRowRange(),
        plan.getDataBodyRange(),
        empty.getRange(),
        empty.getDataBodyRange(),
      ].map((r) => r.load('address'));
      empty.rows.load('count');
      await ctx.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        'Sheet1!A1:C3',
        'Sheet1!A1:C1',
        'Sheet1!A2:C3',
        'Sheet1!E1:F2',
        'Sheet1!E2:F2',
      ]);
      expect(empty.rows.count).toBe(1);
    });
    expect(wb.table('Table2')?.bodyValues).toEqual([['', '']]);
  });

  test('a table cannot overlap another table or merged cells', async () => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.addTable('Sheet1', 'A1:C3');
    for (const address of ['C3:D5', 'A1:A2']) {
      const error = await rejection(
        Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Sheet1').tables.add(address, true);
          await ctx.sync();
        }),
      );
      expect(error.code).toBe('MergedRangeConflict');
      expect(error.debugInfo.errorLocation).toBe('TableCollection.add');
    }
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('F1:G1').merge();
      await ctx.sync();
    });
    const merged = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.tables.add('Sheet1!F1:G3', true);
        await ctx.sync();
      }),
    );
    expect(merged.code).toBe('MergedRangeConflict');
    expect(wb.tables()).toHaveLength(1);
  });

  test.each([
    ['plantable', 'ItemAlreadyExists'],
    ['2025Plan', 'InvalidArgument'],
    ['Plan Table', 'InvalidArgument'],
    ['A1', 'InvalidArgument'],
    ['R1C1', 'InvalidArgument'],
    ['x'.repeat(256), 'InvalidArgument'],
  ])('table name %j is refused with %s', async (name, code) => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.setValues('Sheet1', 'E1:E2', [['X'], [1]]).addTable('Sheet1', 'A1:C3', { name: 'PlanTable' });
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').tables.add('E1:E2', true).name = name;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe(code);
    expect(error.debugInfo.errorLocation).toBe('Table.name');
    expect(wb.tables().map((t) => t.name)).toEqual(['PlanTable', 'Table1']);
  });

  test('valid table names', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:B2', [
      ['X', 'Y'],
      [1, 2],
    ]);
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.add('Sheet1!A1:A2', true).name = '_plan.v2';
      ctx.workbook.tables.add('Sheet1!B1:B2', true).name = 'План';
      await ctx.sync();
    });
    expect(wb.tables().map((t) => t.name)).toEqual(['_plan.v2', 'План']);
  });

  test('rows.add appends below the body, moves what is below, keeps formats; writing under a table does not grow it', async () => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.addTable('Sheet1', 'A1:C3', { name: 'Plan' })
      .setValues('Sheet1', 'A6', [['below']])
      .setFormat('Sheet1', 'A3:C3', { italic: true });
    await Excel.run(async (ctx) => {
      const table = ctx.workbook.tables.getItem('Plan');
      table.rows.add(undefined, [
        ['1.3', 'Third', 30],
        ['1.4', 'Fourth', 40],
      ]);
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A6:C6').values = [['1.5', 'not in table', 50]];
      table.rows.load('count');
      await ctx.sync();
      expect(table.rows.count).toBe(4);
    });
    const table = wb.table('plan');
    expect(table?.address).toBe('A1:C5');
    expect(table?.bodyValues.map((r) => r[0])).toEqual(['1.1', '1.2', '1.3', '1.4'].map(Number));
    expect(wb.values('Sheet1', 'A8')).toEqual([['below']]);
    expect(wb.cell('Sheet1', 'B5').format.italic).toBe(true);
  });

  test("rows.add at an index moves the rows below it within the table's columns, and nothing above or beside", async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1', [['title']]);
    wb.setValues('Sheet1', 'A2:C4', [
      ['Code', 'Name', 'Value'],
      ['1.1', 'First', 10],
      ['1.2', 'Second', 20],
    ]);
    wb.addTable('Sheet1', 'A2:C4', { name: 'Plan' }).setValues('Sheet1', 'A7', [['below']]);
    wb.setValues('Sheet1', 'E4', [['beside']]);
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('Plan').rows.add(1, [['1.15', 'Between', 15]]);
      await ctx.sync();
    });
    expect(wb.values('Sheet1', 'A1:C5')).toEqual([
      ['title', '', ''],
      ['Code', 'Name', 'Value'],
      [1.1, 'First', 10],
      [1.15, 'Between', 15],
      [1.2, 'Second', 20],
    ]);
    expect(wb.values('Sheet1', 'A8')).toEqual([['below']]);
    expect(wb.values('Sheet1', 'E4')).toEqual([['beside']]);
  });

  test('rows.add checks the width of each row', async () => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.addTable('Sheet1', 'A1:C3');
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('Table1').rows.add(undefined, [['only two', 2]]);
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(wb.table('Table1')?.address).toBe('A1:C3');
  });

  test('columns.add takes header + body values; rename keeps names unique', async () => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.addTable('Sheet1', 'A1:C3');
    await Excel.run(async (ctx) => {
      const table = ctx.workbook.tables.getItem('Table1');
      table.columns.add(undefined, [['Status'], ['Done'], ['Late']]);
      table.columns.add(1, undefined, 'Level');
      await ctx.sync();
    });
    expect(wb.table('Table1')?.headers).toEqual(['Code', 'Level', 'Name', 'Name2', 'Status']);
    expect(wb.values('Sheet1', 'A3:E3')).toEqual([[1.2, '', 'Second', 20, 'Late']]);
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('Table1').columns.getItem('Level').name = 'code';
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('writing a header cell renames the column', async () => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.addTable('Sheet1', 'A1:C3');
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B1:C1').values = [['Title', '']];
      await ctx.sync();
    });
    expect(wb.table('Table1')?.headers).toEqual(['Code', 'Title', 'Column1']);
  });

  test('resize needs ExcelApi 1.13, keeps the header row and must overlap', async () => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.addTable('Sheet1', 'A1:C3');
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('Table1').resize('A1:D5');
      await ctx.sync();
    });
    expect(wb.table('Table1')).toMatchObject({ address: 'A1:D5', headers: ['Code', 'Name', 'Name2', 'Column1'] });
    const moved = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('Table1').resize('A2:D5');
        await ctx.sync();
      }),
    );
    expect(moved.code).toBe('InvalidArgument');
    const old = fakeExcel('1.12');
    await Excel.run(async () => undefined);
    await old.Excel.run(async (ctx) => {
      expect(() => ctx.workbook.tables.getItem('T').resize('A1:B2')).toThrow(
        'The method or property Table.resize is part of the ExcelApi 1.13 requirement set, which is not available in your version of Excel.',
      );
    });
  });

  test('delete removes the table and its cells; convertToRange keeps the cells', async () => {
    const { Excel, wb } = fakeExcel();
    seed(wb);
    wb.setValues('Sheet1', 'E1:E2', [['K'], [1]])
      .addTable('Sheet1', 'A1:C3')
      .addTable('Sheet1', 'E1:E2');
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('Table1').delete();
      ctx.workbook.tables.getItem('Table2').convertToRange();
      await ctx.sync();
    });
    expect(wb.tables()).toEqual([]);
    expect(wb.values('Sheet1', 'A1:A2')).toEqual([[''], ['']]);
    expect(wb.values('Sheet1', 'E1:E2')).toEqual([['K'], [1]]);
  });

  test('hasHeaders = false inserts a header row above the data', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:B2', [
      [1, 2],
      [3, 4],
    ]);
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.add('Sheet1!A1:B2', false);
      await ctx.sync();
    });
    expect(wb.table('Table1')).toMatchObject({
      address: 'A1:B3',
      headers: ['Column1', 'Column2'],
      bodyValues: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  test('worksheet.tables lists only that sheet; workbook.tables all', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Other')
      .setValues('Other', 'A1:A2', [['X'], [1]])
      .addTable('Other', 'A1:A2');
    seed(wb);
    wb.addTable('Sheet1', 'A1:C3');
    await Excel.run(async (ctx) => {
      const here = ctx.workbook.worksheets.getItem('Sheet1').tables.load('items/name');
      const all = ctx.workbook.tables.load('items/name, count');
      const owner = ctx.workbook.tables.getItem('Table1').worksheet.load('name');
      await ctx.sync();
      expect(here.items.map((t) => t.name)).toEqual(['Table2']);
      expect(all.items.map((t) => t.name)).toEqual(['Table1', 'Table2']);
      expect(all.count).toBe(2);
      expect(owner.name).toBe('Other');
    });
  });
});
