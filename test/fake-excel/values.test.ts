import { fakeExcel, onSheet1, rejection } from './setup';

/** Assigns `values` (deliberately untyped: tests pass wrong shapes on purpose) to one 2-D property. */
async function write(
  excel: typeof Excel,
  address: string,
  values: unknown,
  property: 'values' | 'formulas' | 'numberFormat' = 'values',
): Promise<void> {
  await onSheet1(excel, (sheet) => {
    sheet.getRange(address)[property] = values as never;
  });
}

describe('Range.values and Range.formulas', () => {
  test('the array must match the range exactly', async () => {
    const { Excel, wb } = fakeExcel();
    for (const bad of [[[1, 2, 3]], [[1], [2]], [1, 2], [], [[1, 2], [3]]]) {
      const error = await rejection(write(Excel, 'A1:B2', bad));
      expect(error.code).toBe('InvalidArgument');
      expect(error.debugInfo.errorLocation).toBe('Range.values');
    }
    expect(wb.usedRange('Sheet1')).toBeNull();
  });

  test('a single value fills the range; null as the whole value is refused', async () => {
    const { Excel, wb } = fakeExcel();
    await write(Excel, 'A1:B2', 7);
    expect(wb.values('Sheet1', 'A1:B2')).toEqual([
      [7, 7],
      [7, 7],
    ]);
    const error = await rejection(write(Excel, 'A1', null));
    expect(error.code).toBe('InvalidArgument');
  });

  test("null inside the array leaves a cell alone; '' clears it", async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:C1', [['a', 'b', 'c']]);
    await write(Excel, 'A1:C1', [[null, '', 'z']]);
    expect(wb.values('Sheet1', 'A1:C1')).toEqual([['a', '', 'z']]);
    expect(wb.usedRange('Sheet1', true)).toBe('A1:C1');
    expect(wb.cell('Sheet1', 'B1').formula).toBeNull();
  });

  test('strings that look like numbers, percentages, booleans and ISO dates are converted in General cells', async () => {
    const { Excel, wb } = fakeExcel();
    await write(Excel, 'A1:G1', [['12', ' 1,234.5 ', '10%', '12.5%', 'true', '2024-03-15', '-3']]);
    expect(wb.values('Sheet1', 'A1:G1')).toEqual([[12, 1234.5, 0.1, 0.125, true, 45366, -3]]);
    expect(wb.numberFormats('Sheet1', 'A1:G1')).toEqual([
      ['General', 'General', '0%', '0.0%', 'General', 'm/d/yyyy', 'General'],
    ]);
    expect(wb.texts('Sheet1', 'C1:F1')).toEqual([['10%', '12.5%', 'TRUE', '3/15/2024']]);
  });

  test("text-formatted ('@') cells keep strings as typed, formulas included", async () => {
    const { Excel, wb } = fakeExcel();
    wb.setNumberFormat('Sheet1', 'A1:C1', '@');
    await write(Excel, 'A1:C1', [['=1+1', '007', '+10%']]);
    expect(wb.values('Sheet1', 'A1:C1')).toEqual([['=1+1', '007', '+10%']]);
    expect(wb.cell('Sheet1', 'A1').formula).toBeNull();
  });

  test('strings starting with = are formulas; + and - too when they parse; an apostrophe forces text', async () => {
    const { Excel, wb } = fakeExcel();
    await write(Excel, 'A1:E1', [['=2*3', '-item', '-', "'=1+1", '- n/a -']]);
    expect(wb.values('Sheet1', 'A1:E1')).toEqual([[6, '#NAME?', '-', '=1+1', '- n/a -']]);
    expect(wb.formulas('Sheet1', 'A1:B1')).toEqual([['=2*3', '=-item']]);
  });

  test('a malformed formula is refused and nothing of the assignment is written', async () => {
    const { Excel, wb } = fakeExcel();
    const error = await rejection(write(Excel, 'A1:B1', [['ok', '=SUM(']], 'formulas'));
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('Range.formulas');
    expect(wb.values('Sheet1', 'A1:B1')).toEqual([['', '']]);
  });

  test('formulas reads back formulas and constants; values reads results', async () => {
    const { Excel, wb } = fakeExcel();
    await write(Excel, 'A1:B1', [[2, '=A1*10']], 'formulas');
    expect(wb.cell('Sheet1', 'B1')).toMatchObject({ formula: '=A1*10', value: 20 });
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1:C1')
        .load('values, formulas, text, valueTypes');
      await ctx.sync();
      expect(range.values).toEqual([[2, 20, '']]);
      expect(range.formulas).toEqual([[2, '=A1*10', '']]);
      expect(range.text).toEqual([['2', '20', '']]);
      expect(range.valueTypes).toEqual([['Double', 'Double', 'Empty']]);
    });
  });

  test('numberFormat takes a 2-D array (null = unchanged) or one format; text follows it', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:D1', [[1234.5, 0.256, 45366, 3]]);
    await write(Excel, 'A1:D1', [['#,##0.00', '0.0%', 'yyyy-mm-dd', null]], 'numberFormat');
    expect(wb.texts('Sheet1', 'A1:D1')).toEqual([['1,234.50', '25.6%', '2024-03-15', '3']]);
    const error = await rejection(write(Excel, 'A1:D1', [['0']], 'numberFormat'));
    expect(error.debugInfo.errorLocation).toBe('Range.numberFormat');
  });

  test('5,000 × 15 values are written and read back well under a second', async () => {
    const { Excel } = fakeExcel();
    const rows = Array.from({ length: 5000 }, (_, r) =>
      Array.from({ length: 15 }, (_, c) => (c % 3 === 0 ? `text ${r}` : r * c)),
    );
    const started = performance.now();
    const read = await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 5000, 15);
      range.values = rows;
      await ctx.sync();
      range.load('values');
      await ctx.sync();
      return range.values;
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read).toEqual(rows);
  });
});
