import { fakeExcel, rejection } from './setup';

async function addSheet(excel: typeof Excel, name: unknown): Promise<void> {
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.add(name as string);
    await ctx.sync();
  });
}

describe('worksheets', () => {
  test.each([
    ['', 'InvalidArgument'],
    ['   ', 'InvalidArgument'],
    ['x'.repeat(32), 'InvalidArgument'],
    ['a:b', 'InvalidArgument'],
    ['a/b', 'InvalidArgument'],
    ['a\\b', 'InvalidArgument'],
    ['a?b', 'InvalidArgument'],
    ['a*b', 'InvalidArgument'],
    ['a[b', 'InvalidArgument'],
    ['a]b', 'InvalidArgument'],
    ["'quoted", 'InvalidArgument'],
    ["quoted'", 'InvalidArgument'],
    ['history', 'InvalidArgument'],
    ['SHEET1', 'ItemAlreadyExists'],
  ])('add(%j) fails with %s', async (name, code) => {
    const { Excel, wb } = fakeExcel();
    const error = await rejection(addSheet(Excel, name));
    expect(error.code).toBe(code);
    expect(error.debugInfo.errorLocation).toBe('WorksheetCollection.add');
    expect(wb.sheets()).toHaveLength(1);
  });

  test('valid names include 31 characters, inner apostrophes, spaces and Cyrillic', async () => {
    const { Excel, wb } = fakeExcel();
    for (const name of ['x'.repeat(31), "It's mine", 'План 2025']) await addSheet(Excel, name);
    expect(wb.sheets().map((s) => s.name)).toEqual(['Sheet1', 'x'.repeat(31), "It's mine", 'План 2025']);
  });

  test('add without a name picks the next free SheetN, and does not activate it', async () => {
    const { Excel, wb } = fakeExcel();
    await addSheet(Excel, undefined);
    expect(wb.sheets().map((s) => s.name)).toEqual(['Sheet1', 'Sheet2']);
    expect(wb.activeSheet()).toBe('Sheet1');
  });

  test('renaming follows the same rules and rewrites references in formulas, names and validation', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Lists').setValues('Lists', 'A1:A2', [['a'], ['b']]);
    wb.setValues('Sheet1', 'A1', [['=COUNTIF(Lists!$A$1:$A$2,"a")']]).addName('Options', '=Lists!$A$1:$A$2');
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B1').dataValidation.rule = {
        list: { inCellDropDown: true, source: '=Lists!$A$1:$A$2' },
      };
      ctx.workbook.worksheets.getItem('lists').name = 'My Lists';
      await ctx.sync();
    });
    expect(wb.cell('Sheet1', 'A1').formula).toBe('=COUNTIF(\'My Lists\'!$A$1:$A$2,"a")');
    expect(wb.cell('Sheet1', 'A1').value).toBe(1);
    expect(wb.names()[0].formula).toBe("='My Lists'!$A$1:$A$2");
    expect(wb.validations('Sheet1')[0].rule).toEqual({
      list: { inCellDropDown: true, source: "='My Lists'!$A$1:$A$2" },
    });
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').name = 'my lists';
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
  });

  test('a proxy keeps pointing at its sheet after a rename', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.name = 'Renamed';
      sheet.getRange('A1').values = [['still here']];
      sheet.load('name');
      await ctx.sync();
      expect(sheet.name).toBe('Renamed');
    });
    expect(wb.values('Renamed', 'A1')).toEqual([['still here']]);
  });

  test('visibility: hidden sheets stay listed; the last visible sheet cannot be hidden or deleted', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Lists');
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Lists').visibility = 'VeryHidden';
      await ctx.sync();
    });
    expect(wb.sheet('Lists').visibility).toBe('VeryHidden');
    for (const change of [(s: Excel.Worksheet) => (s.visibility = 'Hidden'), (s: Excel.Worksheet) => s.delete()]) {
      const error = await rejection(
        Excel.run(async (ctx) => {
          change(ctx.workbook.worksheets.getItem('Sheet1'));
          await ctx.sync();
        }),
      );
      expect(error.code).toBe('InvalidOperation');
    }
    const bad = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Lists').visibility = 'Invisible' as never;
        await ctx.sync();
      }),
    );
    expect(bad.code).toBe('InvalidArgument');
  });

  test('activate, position, tabColor, delete and the active worksheet', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('A').addSheet('B');
    await Excel.run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem('B');
      b.activate();
      b.position = 0;
      b.tabColor = '#ff0000';
      ctx.workbook.worksheets.getItem('Sheet1').delete();
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      b.load('position, tabColor');
      await ctx.sync();
      expect(active.name).toBe('B');
      expect(b.position).toBe(0);
      expect(b.tabColor).toBe('#FF0000');
    });
    expect(wb.sheets().map((s) => s.name)).toEqual(['B', 'A']);
    expect(wb.activeSheet()).toBe('B');
    expect(wb.selection()).toEqual({ sheet: 'B', address: 'A1' });
  });

  test('a hidden sheet cannot be activated', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Lists', { visibility: 'Hidden' });
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Lists').activate();
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidOperation');
  });

  test('a deleted sheet cannot be used any more', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Gone');
    const error = await rejection(
      Excel.run(async (ctx) => {
        const gone = ctx.workbook.worksheets.getItem('Gone');
        gone.delete();
        gone.getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(wb.sheets().map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('freeze panes', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      const none = sheet.freezePanes.getLocationOrNullObject();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      sheet.freezePanes.freezeRows(2);
      const location = sheet.freezePanes.getLocationOrNullObject().load('address');
      await ctx.sync();
      expect(location.address).toBe('Sheet1!1:2');
    });
    expect(wb.sheet('Sheet1').frozenRows).toBe(2);
  });
});

describe('ranges and addresses', () => {
  test('addresses carry the sheet, quoted when Excel would quote it', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('My Sheet').addSheet('R2C3').addSheet("Bob's");
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const ranges = [
        sheets.getItem('My Sheet').getRange('b2:a1'),
        sheets.getItem('R2C3').getRange('C:D'),
        sheets.getItem("Bob's").getRange('$2:$3'),
        sheets.getItem('Sheet1').getRangeByIndexes(3, 1, 1, 1),
        sheets.getItem('Sheet1').getRange("'Sheet1'!A1:B1").getCell(0, 1),
      ].map((r) => r.load('address, rowIndex, columnIndex'));
      await ctx.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "'My Sheet'!A1:B2",
        "'R2C3'!C:D",
        "'Bob''s'!2:3",
        'Sheet1!B4',
        'Sheet1!B1',
      ]);
      expect(ranges.map((r) => [r.rowIndex, r.columnIndex])).toEqual([
        [0, 0],
        [0, 2],
        [1, 0],
        [3, 1],
        [0, 1],
      ]);
    });
  });

  test('an address naming another sheet, or not an address, is refused', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Other');
    for (const address of ['Other!A1', 'A0', 'XFE1', 'hello']) {
      const error = await rejection(
        Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Sheet1').getRange(address).load('address');
          await ctx.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
      expect(error.debugInfo.errorLocation).toBe('Worksheet.getRange');
    }
  });

  test('navigation: offset, resize, rows, columns, entire column, used range, bounding rect', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'B2:C4', 1);
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      const base = sheet.getRange('B2:C3');
      const ranges = [
        base.getOffsetRange(1, 1),
        base.getResizedRange(2, -1),
        base.getRow(1),
        base.getColumn(1),
        base.getEntireColumn(),
        base.getEntireRow(),
        sheet.getUsedRange(),
        base.getBoundingRect('E5'),
        base.getLastRow(),
        base.getRowsBelow(2),
        base.getIntersection('C1:D2'),
      ].map((r) => r.load('address'));
      await ctx.sync();
      expect(ranges.map((r) => r.address.replace('Sheet1!', ''))).toEqual([
        'C3:D4',
        'B2:B5',
        'B3:C3',
        'C2:C3',
        'B:C',
        '2:3',
        'B2:C4',
        'B2:E5',
        'B3:C3',
        'B4:C5',
        'C2',
      ]);
    });
  });

  test('moving off the sheet fails at sync', async () => {
    const { Excel } = fakeExcel();
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getOffsetRange(-1, 0).load('address');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('Range.getOffsetRange');
  });

  test('select() moves the selection and activates the sheet; getSelectedRange reads it', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Plan');
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('B4:D4').select();
      const selected = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      expect(selected.address).toBe('Plan!B4:D4');
    });
    expect(wb.selection()).toEqual({ sheet: 'Plan', address: 'B4:D4' });
    expect(wb.activeSheet()).toBe('Plan');
  });

  test('formats: widths, wrap, fonts, fills, alignment, with null for mixed cells', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      const header = sheet.getRange('A1:C1');
      header.format.font.bold = true;
      header.format.font.color = '#ffffff';
      header.format.fill.color = '#4472C4';
      header.format.columnWidth = 120;
      header.format.wrapText = true;
      header.format.horizontalAlignment = 'Center';
      sheet.getRange('A2').format.rowHeight = 30;
      const mixed = sheet.getRange('A1:A2').load('format/font/bold, format/fill/color, format/columnWidth');
      const plain = sheet.getRange('D1').load('format/fill/color, format/columnWidth, format/rowHeight');
      await ctx.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.fill.color).toBeNull();
      expect(mixed.format.columnWidth).toBe(120);
      expect(plain.format.fill.color).toBe('#FFFFFF');
      expect(plain.format.columnWidth).toBe(48);
      expect(plain.format.rowHeight).toBe(15);
      sheet.getRange('A1').format.fill.clear();
      await ctx.sync();
    });
    expect(wb.cell('Sheet1', 'B1').format).toMatchObject({
      bold: true,
      fontColor: '#FFFFFF',
      fillColor: '#4472C4',
      wrapText: true,
      horizontalAlignment: 'Center',
    });
    expect(wb.cell('Sheet1', 'A1').format.fillColor).toBeNull();
    expect(wb.sheet('Sheet1').columnWidths).toEqual({ A: 120, B: 120, C: 120 });
    expect(wb.sheet('Sheet1').rowHeights).toEqual({ 2: 30 });
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.horizontalAlignment = 'Middle' as never;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('clear() by kind, and whole-column formats apply to cells written later', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:B1', [[1, 2]]).setFormat('Sheet1', 'A1:B1', { bold: true });
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').clear('Contents');
      sheet.getRange('B1').clear('Formats');
      sheet.getRange('C:C').numberFormat = '@' as never;
      await ctx.sync();
      sheet.getRange('C5').values = [['0012']];
      await ctx.sync();
    });
    expect(wb.cell('Sheet1', 'A1')).toMatchObject({ value: '', format: { bold: true } });
    expect(wb.cell('Sheet1', 'B1')).toMatchObject({ value: 2, format: { bold: false } });
    expect(wb.cell('Sheet1', 'C5')).toMatchObject({ value: '0012', numberFormat: '@' });
  });
});
