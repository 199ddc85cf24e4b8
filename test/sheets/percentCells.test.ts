import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { cellAddress } from '../../src/sheets/layout';
import type { WorkbookGateway } from '../../src/sheets/gateway';
import ExcelJS from 'exceljs';
import { INDICATORS_TABLE, ME_PLAN_TABLE } from '../../src/sheets/layouts/tables';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel';
import { libreOfficeResave } from '../support/libreoffice';
import { EXAMPLE_SETUP } from '../support/examplePlan';

/**
 * What officials type into General cells (an old plan, pasted cells, a format reset), which Excel and
 * LibreOffice store as numbers shown as percents: I2.2 counts victims (baseline 1200) and its end target
 * "+10%" becomes 0.1 shown "10%"; I2.1 is a percentage, its baseline "30%" and end target "45%" become 0.3 and
 * 0.45 shown "30%" and "45%".
 */
const TYPED = [
  { code: 'I2.2', header: 'End target', me: 'End target', typed: '+10%', value: 0.1 },
  { code: 'I2.1', header: 'Initial value', me: 'Baseline', typed: '30%', value: 0.3 },
  { code: 'I2.1', header: 'End target', me: 'End target', typed: '45%', value: 0.45 },
];

/** Where each typed cell is in the NAP sheet, and where the M&E plan shows it by formula. */
async function typedCells(gateway: WorkbookGateway) {
  const { tables } = await gateway.read({ tables: [INDICATORS_TABLE.name, ME_PLAN_TABLE.name] });
  const at = (name: string, code: string, header: string) => {
    const table = tables[name];
    const codeColumn = table.headers.indexOf(name === ME_PLAN_TABLE.name ? 'Indicator code' : 'Code');
    const row = table.rows.findIndex((cells) => cells[codeColumn] === code);
    return { sheet: table.sheet, row: table.top + 1 + row, column: table.left + table.headers.indexOf(header) };
  };
  return TYPED.map((typed) => ({
    ...typed,
    ...at(INDICATORS_TABLE.name, typed.code, typed.header),
    shownBy: at(ME_PLAN_TABLE.name, typed.code, typed.me),
  }));
}

/**
 * Check and status read the cells as typed: "+10%" of a count's baseline (1200 → 1320), and 30 % → 45 % for a
 * percentage; the M&E plan, which shows the same numbers by formula, is not reported as differing. Each action
 * stays within three round trips where `syncs` counts them.
 */
async function expectReadAsTyped(gateway: WorkbookGateway, file: string, syncs?: { reset(): void; count(): number }) {
  syncs?.reset();
  const check = await checkPlanWorkbook(gateway, { language: 'en', file, mark: false, writeSheet: false });
  expect(syncs?.count() ?? 0).toBeLessThanOrEqual(3);
  const onTyped = check.findings.filter(
    (finding) => ['I2.1', 'I2.2'].includes(finding.code) && ['baseline', 'endTarget'].includes(finding.field ?? ''),
  );
  expect(onTyped.map((finding) => finding.rule)).toEqual([]);
  syncs?.reset();
  const { report } = await computeStatusWorkbook(gateway, { language: 'en', file, asOf: '2026-12-31', write: false });
  expect(syncs?.count() ?? 0).toBeLessThanOrEqual(3);
  const indicator = (code: string) => report.indicators.find((candidate) => candidate.code === code);
  expect(indicator('I2.2')).toMatchObject({ baseline: 1200, target: 1320 });
  expect(indicator('I2.1')).toMatchObject({ baseline: 30, target: 45 });
}

describe('a percent typed into a General cell, which Excel keeps as a number shown as a percent', () => {
  it('reads as typed through Office.js (the strict fake types it as Excel does)', async () => {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.9' });
    try {
      const gateway = new OfficeGateway();
      await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
      for (const cell of await typedCells(gateway)) {
        const address = cellAddress(cell.row, cell.column);
        workbook.setNumberFormat(cell.sheet, address, 'General');
        workbook.setValues(cell.sheet, address, [[cell.typed]]);
        expect(workbook.cell(cell.sheet, address)).toMatchObject({ value: cell.value, numberFormat: '0%' });
      }
      await expectReadAsTyped(gateway, 'Workbook', {
        reset: () => workbook.resetSyncCount(),
        count: () => workbook.syncCount,
      });
    } finally {
      restore();
    }
  });

  it('reads as typed from the .xlsx file, as written by exceljs and as resaved by LibreOffice', async () => {
    const plan = XlsxGateway.empty('plan.xlsx');
    await setupPlanWorkbook(plan, EXAMPLE_SETUP);
    // As a spreadsheet program saves the cells typed: the number with its percent format, and the M&E plan's
    // formulas with the result they now compute.
    const workbook = new ExcelJS.Workbook();
    const planBytes = await plan.toBytes();
    await workbook.xlsx.load(
      planBytes.buffer.slice(planBytes.byteOffset, planBytes.byteOffset + planBytes.byteLength) as ArrayBuffer,
    );
    for (const cell of await typedCells(plan)) {
      const typed = workbook.getWorksheet(cell.sheet)!.getCell(cell.row + 1, cell.column + 1);
      typed.value = cell.value;
      typed.numFmt = '0%';
      const shown = workbook.getWorksheet(cell.shownBy.sheet)!.getCell(cell.shownBy.row + 1, cell.shownBy.column + 1);
      shown.value = { formula: shown.formula, result: cell.value };
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expectReadAsTyped(XlsxFileGateway.open(bytes, 'plan.xlsx'), 'plan.xlsx');
    await expectReadAsTyped(XlsxFileGateway.open(await libreOfficeResave(bytes), 'resaved.xlsx'), 'resaved.xlsx');
  }, 120_000);
});
