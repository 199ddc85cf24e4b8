import { createFakeWorkbook } from '@fake-excel/install';
import { fakeExcel } from './setup';

describe('the inspect and arrange API', () => {
  test('sheets() reports order, visibility, frozen rows, widths, heights and protection', () => {
    const wb = createFakeWorkbook();
    wb.addSheet('Lists', { visibility: 'VeryHidden' })
      .freezeRows('Sheet1', 2)
      .setColumnWidth('Sheet1', 'B:C', 90)
      .protectSheet('Sheet1', { allowFormatCells: true });
    wb.setValues('Sheet1', 'B2', [['x']]);
    expect(wb.sheets()).toEqual([
      {
        name: 'Sheet1',
        visibility: 'Visible',
        position: 0,
        tabColor: '',
        frozenRows: 2,
        frozenColumns: 0,
        columnWidths: { B: 90, C: 90 },
        rowHeights: {},
        protection: { protected: true, options: { allowFormatCells: true } },
        usedAddress: 'B2',
        // Excel's defaults for a new sheet: nothing set up for printing.
        pageLayout: expect.objectContaining({
          orientation: 'Portrait',
          paperSize: 'Letter',
          zoom: { scale: 100 },
          printArea: null,
          printTitleRows: null,
          footers: { left: '', center: '', right: '' },
        }),
      },
      expect.objectContaining({ name: 'Lists', visibility: 'VeryHidden', position: 1, usedAddress: null }),
    ]);
  });

  test('cell() describes value, formula, format, table part, validation and conditional look', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'A1:B3', [
      ['Code', 'Share'],
      ['a', '=1/4'],
      ['b', 0.5],
    ]);
    wb.addTable('Sheet1', 'A1:B3', { name: 'T' })
      .setNumberFormat('Sheet1', 'B2:B3', '0%')
      .setFormat('Sheet1', 'B2', { bold: true, fillColor: '#FFFF00' });
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:B3');
      range.dataValidation.rule = { decimal: { formula1: 0, formula2: 1, operator: 'Between' } };
      const cf = range.conditionalFormats.add('CellValue');
      cf.cellValue.rule = { formula1: '0.3', operator: 'GreaterThan' };
      cf.cellValue.format.font.color = '#9C0006';
      await ctx.sync();
    });
    expect(wb.cell('Sheet1', 'B2')).toMatchObject({
      address: 'B2',
      value: 0.25,
      formula: '=1/4',
      numberFormat: '0%',
      text: '25%',
      format: { bold: true, fillColor: '#FFFF00', locked: true },
      conditional: null,
      validation: { type: 'Decimal', errorAlert: { style: 'Stop' } },
      table: { table: 'T', part: 'body', bodyRow: 0, column: 1, style: 'TableStyleMedium2' },
    });
    expect(wb.cell('Sheet1', 'B3').conditional).toEqual({ fontColor: '#9C0006' });
    expect(wb.cell('Sheet1', 'A1').table?.part).toBe('header');
  });

  test('extent() covers what a picture of the sheet needs; merges are reported', async () => {
    const { Excel, wb } = fakeExcel();
    wb.setValues('Sheet1', 'B2', [['x']]);
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A10:C10').merge();
      sheet.getRange('A:A').dataValidation.rule = { list: { inCellDropDown: true, source: 'a' } };
      sheet.getRange('E5').select();
      await ctx.sync();
    });
    expect(wb.extent('Sheet1')).toEqual({ rows: 10, columns: 5 });
    expect(wb.merges('Sheet1')).toEqual(['A10:C10']);
    expect(wb.cell('Sheet1', 'A10').merge).toEqual({ rows: 1, columns: 3 });
    expect(wb.cell('Sheet1', 'B10').mergedAway).toBe(true);
  });

  test('activate() shows a visible sheet and refuses a hidden one', () => {
    const wb = createFakeWorkbook();
    wb.addSheet('Plan').addSheet('Lists', { visibility: 'Hidden' }).activate('plan');
    expect(wb.activeSheet()).toBe('Plan');
    expect(() => wb.activate('Lists')).toThrow();
    expect(wb.activeSheet()).toBe('Plan');
  });

  test('arrange calls bypass protection but still follow Excel rules', () => {
    const wb = createFakeWorkbook();
    wb.protectSheet('Sheet1');
    wb.setValues('Sheet1', 'A1', [['arranged']]);
    expect(wb.values('Sheet1', 'A1')).toEqual([['arranged']]);
    expect(wb.sheet('Sheet1').protection.protected).toBe(true);
    expect(() => wb.addSheet('Bad/Name')).toThrow();
  });
});
