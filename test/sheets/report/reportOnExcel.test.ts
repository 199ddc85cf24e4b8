import { buildReport, type ReportOptions } from '../../../src/app/buildReport';
import { setupPlanWorkbook } from '../../../src/app/setupPlanWorkbook';
import { OfficeGateway } from '../../../src/excel/officeGateway';
import { cellAddress } from '../../../src/sheets/layout';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel';
import { EXAMPLE_SETUP } from '../../support/examplePlan';

const options: ReportOptions = {
  language: 'en',
  file: 'Workbook',
  range: { from: '2026-01-01', to: '2026-12-31' },
  today: '2027-01-20',
  deadline: null,
};

describe.each(['1.7', '1.20'])('the Report sheet in Excel (strict fake, ExcelApi %s)', (apiVersion) => {
  it('is written in one read and one write, and keeps what the user typed over the guidance', async () => {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion });
    try {
      const gateway = new OfficeGateway();
      await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
      workbook.resetSyncCount();
      await buildReport(gateway, options);
      expect(workbook.syncCount).toBeLessThanOrEqual(3);
      const narrative = workbook.table('NapReportNarrative');
      expect(narrative?.sheet).toBe('Report');
      expect(workbook.charts('Report').map((chart) => chart.name)).toEqual(['NapReportByArea']);
      expect(workbook.cell('Report', 'A1').value).toBe(
        'Annual monitoring report on the implementation of the National Action Plan',
      );
      expect(workbook.cell('Report', 'A6').value).toBe('Data as of');

      const top = workbook.table('NapReportNarrative')!;
      const [first] = top.address.split(':');
      const headerRow = Number(first.replace(/[A-Z]+/g, '')) - 1;
      workbook.setValues('Report', cellAddress(headerRow + 2, 2), [['=Typed over the guidance']]);
      await buildReport(gateway, options);
      const again = workbook.table('NapReportNarrative')!;
      const againRow = Number(again.address.split(':')[0].replace(/[A-Z]+/g, '')) - 1;
      expect(workbook.cell('Report', cellAddress(againRow + 2, 0)).value).toBe('developments');
      expect(workbook.cell('Report', cellAddress(againRow + 2, 2)).value).toBe('=Typed over the guidance');
      expect(workbook.charts('Report')).toHaveLength(1);
      expect(workbook.conditionalFormats('Report')).toHaveLength(7);
      const indicatorsTop = Number(/^[A-Z]+(\d+):/.exec(workbook.table('NapReportIndicators')!.address)![1]) - 1;
      expect(workbook.sheet('Report').pageLayout.rowBreaks).toEqual(
        apiVersion === '1.7' ? [] : [indicatorsTop, indicatorsTop + 2, indicatorsTop + 4, indicatorsTop + 5],
      );
    } finally {
      restore();
    }
  });
});
