import { fakeExcel, rejection, thrown } from './setup';

describe('page layout (ExcelApi 1.9)', () => {
  test('is not there below ExcelApi 1.9: touching it throws ApiNotFound at once', () => {
    const { Excel } = fakeExcel('1.8');
    const context = new Excel.RequestContext();
    const error = thrown(() => context.workbook.worksheets.getItem('Sheet1').pageLayout);
    expect(error.code).toBe('ApiNotFound');
    expect(error.message).toContain('ExcelApi 1.9');
  });

  test('keeps orientation, paper, fit to one page wide, print area, title rows and footers', async () => {
    const { wb, Excel } = fakeExcel();
    await Excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem('Sheet1').pageLayout;
      page.orientation = Excel.PageOrientation.landscape;
      page.paperSize = Excel.PaperType.a4;
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintArea('A:O');
      page.setPrintTitleRows('$3:$3');
      page.headersFooters.defaultForAllPages.rightFooter = 'Page &P of &N';
      await context.sync();
      page.load('orientation,paperSize,zoom');
      const footer = page.headersFooters.defaultForAllPages;
      footer.load('rightFooter');
      await context.sync();
      expect([page.orientation, page.paperSize, page.zoom, footer.rightFooter]).toEqual([
        'Landscape',
        'A4',
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
        'Page &P of &N',
      ]);
    });
    expect(wb.sheet('Sheet1').pageLayout).toMatchObject({ printArea: '$A:$O', printTitleRows: '$3:$3' });
  });

  test.each([
    ['an unknown orientation', (page: Excel.PageLayout) => (page.orientation = 'Sideways' as Excel.PageOrientation)],
    ['an unknown paper', (page: Excel.PageLayout) => (page.paperSize = 'Napkin' as Excel.PaperType)],
    ['a scale below 10%', (page: Excel.PageLayout) => (page.zoom = { scale: 5 })],
    [
      'a scale and pages to fit together',
      (page: Excel.PageLayout) => (page.zoom = { scale: 50, horizontalFitToPages: 1 }),
    ],
    ['title rows that are not whole rows', (page: Excel.PageLayout) => page.setPrintTitleRows('A3:C3')],
    ['a print area on another sheet', (page: Excel.PageLayout) => page.setPrintArea('Other!A:C')],
    [
      'a footer over 255 characters',
      (page: Excel.PageLayout) => (page.headersFooters.defaultForAllPages.leftFooter = 'x'.repeat(256)),
    ],
  ])('refuses %s, as Excel does, and keeps what was set before', async (_what, change) => {
    const { wb, Excel } = fakeExcel();
    const error = await rejection(
      Excel.run(async (context) => {
        const page = context.workbook.worksheets.getItem('Sheet1').pageLayout;
        page.setPrintArea('A:C');
        await context.sync();
        change(page);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(wb.sheet('Sheet1').pageLayout).toMatchObject({
      printArea: '$A:$C',
      orientation: 'Portrait',
      paperSize: 'Letter',
    });
  });
});
