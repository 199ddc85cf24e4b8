import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel';

/** The task pane names each status item and takes the user to its row: the places must match the results. */
describe('status item places', () => {
  it('give each indicator and activity its text and its code cell, in the order of the results', async () => {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
    try {
      const gateway = new OfficeGateway();
      await setupPlanWorkbook(gateway, {
        title: 'NAP',
        country: 'Montenegro',
        periodStart: '2026-01-01',
        periodEnd: '2028-12-31',
        example: true,
      });
      const result = await computeStatusWorkbook(gateway, {
        language: 'en',
        file: 'Workbook',
        asOf: '2026-12-31',
        write: false,
      });
      for (const [results, places] of [
        [result.report.indicators, result.places.indicators],
        [result.report.activities, result.places.activities],
      ] as const) {
        expect(places).toHaveLength(results.length);
        places.forEach((place, index) => {
          const code = results[index].code;
          // The cell holds the item's code, and the name is the text in the same row (codes may repeat).
          expect(workbook.cell(place.cell!.sheet, place.cell!.address).value).toBe(code);
          const row = /\d+$/.exec(place.cell!.address)![0];
          expect(workbook.values(place.cell!.sheet, `A${row}:Z${row}`)[0]).toContain(place.name);
          expect(place.name).not.toBe('');
        });
      }
    } finally {
      restore();
    }
  });
});
