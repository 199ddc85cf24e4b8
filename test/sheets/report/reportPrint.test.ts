import { strFromU8, unzipSync } from 'fflate';
import { buildReport } from '../../../src/app/buildReport';
import { setupPlanWorkbook } from '../../../src/app/setupPlanWorkbook';
import { XlsxGateway } from '../../../src/files/xlsxGateway';
import { libreOfficeResave } from '../../support/libreoffice';
import { EXAMPLE_SETUP } from '../../support/examplePlan';

jest.setTimeout(120_000);

/** The Report sheet's part of an .xlsx: the worksheet the workbook names "Report". */
function reportSheetXml(xlsx: Uint8Array): string {
  const parts = unzipSync(xlsx);
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const relations = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const id = /<sheet [^>]*name="Report"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(relations)!;
  const path = (target[1] ?? target[2]).replace(/^\/?(xl\/)?/, 'xl/');
  return strFromU8(parts[path]);
}

describe('the Report sheet in print', () => {
  it('puts each strategic area on a page of its own, and LibreOffice keeps the breaks', async () => {
    const gateway = XlsxGateway.empty('plan.xlsx');
    await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
    const { placement } = await buildReport(gateway, {
      language: 'en',
      file: 'plan.xlsx',
      range: { from: '2026-01-01', to: '2026-12-31' },
      today: '2027-01-20',
      deadline: null,
    });
    const top = placement!.tops.NapReportIndicators;
    // A break is written after the last row of a page (1-based): the rows before I1.1's header, I2.1, I3.1, I4.1.
    const expected = [top, top + 2, top + 4, top + 5];
    const breaks = (xml: string) => [...xml.matchAll(/<brk [^>]*id="(\d+)"/g)].map((m) => Number(m[1]));
    const written = await gateway.toBytes();
    expect(breaks(reportSheetXml(written))).toEqual(expected);
    expect(breaks(reportSheetXml(await libreOfficeResave(written)))).toEqual(expected);
  });
});
