import { fakeExcel, rejection } from './setup';

describe('data validation', () => {
  test('a list rule from a range or inline values, with alert and prompt, is stored per range', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Lists').setValues('Lists', 'A1:A3', [['Done'], ['Late'], ['Not started']]);
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      const status = sheet.getRange('C2:C10').dataValidation;
      status.clear();
      status.rule = { list: { inCellDropDown: true, source: '=Lists!$A$1:$A$3' } };
      status.errorAlert = { showAlert: true, style: 'Stop', title: 'Status', message: 'Pick from the list' };
      status.prompt = { showPrompt: true, title: 'Status', message: 'Choose' };
      sheet.getRange('D2:D10').dataValidation.rule = {
        list: { inCellDropDown: true, source: ctx.workbook.worksheets.getItem('Lists').getRange('A1:A3') },
      };
      sheet.getRange('E2').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      status.load('type, rule, errorAlert, ignoreBlanks');
      const mixed = sheet.getRange('C1:C2').dataValidation.load('type');
      const none = sheet.getRange('A1').dataValidation.load('type, rule');
      await ctx.sync();
      expect(status.type).toBe('List');
      expect(status.rule).toEqual({ list: { inCellDropDown: true, source: '=Lists!$A$1:$A$3' } });
      expect(status.errorAlert).toEqual({
        showAlert: true,
        style: 'Stop',
        title: 'Status',
        message: 'Pick from the list',
      });
      expect(status.ignoreBlanks).toBe(true);
      expect(mixed.type).toBe('Inconsistent');
      expect(none.type).toBe('None');
      expect(none.rule).toEqual({});
    });
    expect(wb.validations('Sheet1').map((v) => [v.address, v.type])).toEqual([
      ['C2:C10', 'List'],
      ['D2:D10', 'List'],
      ['E2', 'WholeNumber'],
    ]);
    expect(wb.validations('Sheet1')[1].rule.list.source).toBe('=Lists!$A$1:$A$3');
    expect(wb.cell('Sheet1', 'C5').validation?.prompt).toEqual({
      showPrompt: true,
      title: 'Status',
      message: 'Choose',
    });
    expect(wb.cell('Sheet1', 'C11').validation).toBeNull();
  });

  test.each([
    [{}],
    [{ list: { source: 'a' }, custom: { formula: '=TRUE' } }],
    [{ list: { inCellDropDown: true, source: '' } }],
    [{ list: { inCellDropDown: true, source: '=Lists!$A$1:$B$3' } }],
    [{ list: { inCellDropDown: true, source: 'x,'.repeat(200) } }],
    [{ wholeNumber: { formula1: 1, operator: 'Above' } }],
    [{ custom: { formula: '=AND(' } }],
  ])('rule %j is refused with InvalidArgument', async (rule) => {
    const { Excel, wb } = fakeExcel();
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = rule as never;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('DataValidation.rule');
    expect(wb.validations()).toEqual([]);
  });

  test('a new rule on part of an area replaces it there; clear removes only the overlap', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A10').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      sheet.getRange('A5').dataValidation.rule = { list: { inCellDropDown: true, source: 'c' } };
      sheet.getRange('A9:A20').dataValidation.clear();
      await ctx.sync();
    });
    expect(wb.validations().map((v) => [v.address, v.rule.list.source])).toEqual([
      ['A1:A4', 'a,b'],
      ['A6:A8', 'a,b'],
      ['A5', 'c'],
    ]);
  });
});

describe('conditional formats', () => {
  test('custom rules are relative to the top-left cell and evaluated for each cell', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:B4', [
      ['Status', 'Target'],
      ['Done', 5],
      ['Late', 7],
      ['Done', ''],
    ]);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A2:A4');
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=$A2="Done"';
      cf.custom.format.fill.color = '#C6EFCE';
      cf.custom.format.font.color = '#006100';
      const late = range.conditionalFormats.add('CellValue');
      late.cellValue.rule = { formula1: '="Late"', operator: 'EqualTo' };
      late.cellValue.format.font.bold = true;
      const count = range.conditionalFormats.getCount();
      cf.load('type, priority');
      cf.custom.rule.load('formula');
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(cf.type).toBe('Custom');
      expect(cf.priority).toBe(1);
      expect(cf.custom.rule.formula).toBe('=$A2="Done"');
    });
    expect(wb.cell('Sheet1', 'A2').conditional).toEqual({ fillColor: '#C6EFCE', fontColor: '#006100' });
    expect(wb.cell('Sheet1', 'A3').conditional).toEqual({ bold: true });
    expect(wb.cell('Sheet1', 'A4').conditional).toEqual({ fillColor: '#C6EFCE', fontColor: '#006100' });
    expect(wb.cell('Sheet1', 'A1').conditional).toBeNull();
    expect(wb.conditionalFormats('Sheet1').map((c) => [c.type, c.address, c.priority])).toEqual([
      ['CellValue', 'A2:A4', 0],
      ['Custom', 'A2:A4', 1],
    ]);
  });

  test('a rule with a bad formula is refused; clearAll empties the range', async () => {
    const { Excel, wb } = fakeExcel();
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('Sheet1')
          .getRange('A1:A3')
          .conditionalFormats.add('Custom').custom.rule.formula = '=AND(';
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    await Excel.run(async (ctx) => {
      const formats = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A3').conditionalFormats;
      formats.clearAll();
      formats.load('items');
      await ctx.sync();
      expect(formats.items).toEqual([]);
    });
    expect(wb.conditionalFormats()).toEqual([]);
  });

  test('text comparison rules', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:A2', [['Overdue report'], ['ok']]);
    await Excel.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').conditionalFormats.add('ContainsText');
      cf.textComparison.rule = { operator: 'Contains', text: 'overdue' };
      cf.textComparison.format.fill.color = 'yellow';
      await ctx.sync();
    });
    expect(wb.cell('Sheet1', 'A1').conditional).toEqual({ fillColor: '#FFFF00' });
    expect(wb.cell('Sheet1', 'A2').conditional).toBeNull();
  });

  test('customOrNullObject loads the formulas of a list, newest first, whatever their kinds; custom on another kind is refused', async () => {
    const { Excel, wb } = fakeExcel();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B5');
      range.conditionalFormats.add('Custom').custom.rule.formula = '=A1>1';
      range.conditionalFormats.add('CellValue');
      await ctx.sync();
      const rules = ctx.workbook.worksheets
        .getItem('Sheet1')
        .getRange('B2')
        .conditionalFormats.load('items/id,items/customOrNullObject/rule/formula');
      await ctx.sync();
      expect(
        rules.items.map((rule) => [rule.customOrNullObject.isNullObject, rule.customOrNullObject.rule.formula]),
      ).toEqual([
        [true, null],
        [false, '=A1>1'],
      ]);
      ctx.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats.getItem(rules.items[1].id).delete();
      await ctx.sync();
      expect(wb.conditionalFormats('Sheet1').map((rule) => rule.type)).toEqual(['CellValue']);
      rules.items[0].custom.load('rule/formula');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});

describe('charts and names', () => {
  test('charts keep type, source, series direction, title and position', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:B4', [
      ['Area', 'Done'],
      ['Prevention', 3],
      ['Protection', 5],
      ['Prosecution', 1],
    ]);
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange('A1:B4'),
        Excel.ChartSeriesBy.auto,
      );
      chart.title.text = 'Progress';
      chart.setPosition('D2', 'J15');
      chart.load('name');
      await ctx.sync();
      expect(chart.name).toBe('Chart 1');
    });
    expect(wb.charts('Sheet1')).toEqual([
      {
        sheet: 'Sheet1',
        name: 'Chart 1',
        type: 'ColumnClustered',
        source: 'Sheet1!A1:B4',
        sourceSheet: 'Sheet1',
        sourceAddress: 'A1:B4',
        seriesBy: 'Columns',
        title: 'Progress',
        titleVisible: true,
        position: { start: 'Sheet1!D2', end: 'Sheet1!J15' },
        // One series (the area column holds the categories), in Excel's automatic colour.
        seriesFills: [null],
      },
    ]);
  });

  test('names: add from a range, look up, refuse duplicates; formulas can use them', async () => {
    const { Excel, wb } = fakeExcel();
    wb.addSheet('Lists').setValues('Lists', 'A1:A3', [['a'], ['b'], ['a']]);
    await Excel.run(async (ctx) => {
      ctx.workbook.names.add('Choices', ctx.workbook.worksheets.getItem('Lists').getRange('A1:A3'));
      const item = ctx.workbook.names.getItem('choices').load('name, value, type');
      const range = item.getRange().load('address');
      await ctx.sync();
      expect([item.name, item.value, item.type]).toEqual(['Choices', 'Lists!$A$1:$A$3', 'Range']);
      expect(range.address).toBe('Lists!A1:A3');
    });
    expect(wb.evaluate('Sheet1', '=COUNTIF(Choices,"a")')).toBe(2);
    const error = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.names.add('CHOICES', '=Lists!$A$1');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
  });
});

describe('install', () => {
  test('Office.onReady resolves as Excel on the web and calls the callback', async () => {
    const { Office } = fakeExcel();
    const seen: unknown[] = [];
    await expect(Office.onReady((info: unknown) => seen.push(info))).resolves.toEqual({
      host: 'Excel',
      platform: 'OfficeOnline',
    });
    expect(seen).toEqual([{ host: 'Excel', platform: 'OfficeOnline' }]);
    expect(Office.HostType.Excel).toBe('Excel');
    expect(Office.context.diagnostics.platform).toBe('OfficeOnline');
  });

  test('subscribers hear about changes after a sync, not about reads', async () => {
    const { Excel, wb } = fakeExcel();
    const calls: number[] = [];
    const unsubscribe = wb.subscribe(() => calls.push(wb.syncCount));
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    wb.setValues('Sheet1', 'A2', [[2]]);
    unsubscribe();
    wb.setValues('Sheet1', 'A3', [[3]]);
    expect(calls).toEqual([2, 3]);
  });
});
