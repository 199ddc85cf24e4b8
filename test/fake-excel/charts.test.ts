import { fakeExcel, rejection } from './setup';

describe('chart series', () => {
  function seeded() {
    const excel = fakeExcel();
    excel.wb.setValues('Sheet1', 'A1:D3', [
      ['Area', 'On track', 'At risk', 'Off track'],
      ['Prevention', 2, 1, 0],
      ['Protection', 0, 1, 3],
    ]);
    return excel;
  }

  test('a category column is not a series; each series takes a solid fill, read back as #RRGGBB', async () => {
    const { Excel, wb } = seeded();
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      const chart = sheet.charts.add(
        Excel.ChartType.columnStacked,
        sheet.getRange('A1:D3'),
        Excel.ChartSeriesBy.columns,
      );
      chart.name = 'ByArea';
      const count = chart.series.getCount();
      await ctx.sync();
      expect(count.value).toBe(3);
      chart.series.getItemAt(0).format.fill.setSolidColor('#009e73');
      chart.series.getItemAt(2).format.fill.setSolidColor('orange');
      await ctx.sync();
    });
    expect(wb.charts('Sheet1')[0].seriesFills).toEqual(['#009E73', null, '#FFA500']);
  });

  test('a series beyond the source, or a colour Excel cannot read, fails the sync as Excel does', async () => {
    const { Excel, wb } = seeded();
    const beyond = await rejection(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Sheet1');
        const chart = sheet.charts.add(
          Excel.ChartType.columnStacked,
          sheet.getRange('A1:D3'),
          Excel.ChartSeriesBy.columns,
        );
        chart.series.getItemAt(3).format.fill.setSolidColor('#000000');
        await ctx.sync();
      }),
    );
    expect(beyond.code).toBe('ItemNotFound');
    const badColour = await rejection(
      Excel.run(async (ctx) => {
        const chart = ctx.workbook.worksheets.getItem('Sheet1').charts.getItemAt(0);
        chart.series.getItemAt(0).format.fill.setSolidColor('not a colour');
        await ctx.sync();
      }),
    );
    expect(badColour.code).toBe('InvalidArgument');
    expect(wb.charts('Sheet1').every((chart) => chart.seriesFills.every((fill) => fill === null))).toBe(true);
  });
});
