import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { isoToSerial } from '../../src/core/values/isoDate';
import { typedCells } from '../../src/sheets/codecs/typedCells';
import type { WorkbookGateway } from '../../src/sheets/gateway';
import { INDICATORS_TABLE } from '../../src/sheets/layouts/tables';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel';
import { libreOfficeSheets } from '../support/libreoffice';

/** One indicator row with what officials type: numbers, a change, a period-prefixed bound, words and dates. */
const TYPED = [
  'I1.1',
  '1',
  '',
  'Victims identified',
  '',
  '',
  '',
  '',
  '1250',
  '2025-12-31',
  '+10%',
  'I quarter 2027',
  '2015:<3%',
  2028,
  'n/a',
];

describe('typedCells', () => {
  it('types numbers as numbers, ISO dates as dates and keeps the rest as text by its own format', () => {
    const { rows, formats } = typedCells(INDICATORS_TABLE, [TYPED]);
    const at = (key: string) => INDICATORS_TABLE.columns.findIndex((column) => column.key === key);
    expect(rows[0][at('baseline')]).toBe(1250);
    expect(formats[0][at('baseline')]).toBe('General');
    expect(rows[0][at('baselineDate')]).toBe(isoToSerial('2025-12-31'));
    expect(formats[0][at('baselineDate')]).toBe('yyyy-mm-dd');
    expect([rows[0][at('midTarget')], formats[0][at('midTarget')]]).toEqual(['+10%', '@']);
    expect([rows[0][at('midDate')], formats[0][at('midDate')]]).toEqual(['I quarter 2027', '@']);
    expect([rows[0][at('endTarget')], formats[0][at('endTarget')]]).toEqual(['2015:<3%', '@']);
    expect([rows[0][at('endDate')], formats[0][at('endDate')]]).toEqual([2028, 'General']);
    // Codes and words are not typed here: their column's format holds.
    expect([rows[0][at('code')], formats[0][at('code')]]).toEqual(['I1.1', null]);
  });

  it.each(['1.234', '+10', '007', '3/4', '1e5', '-30'])('leaves %p as the text it is', (text) => {
    const { rows } = typedCells(INDICATORS_TABLE, [TYPED.map((cell, index) => (index === 8 ? text : cell))]);
    expect(rows[0][8]).toBe(text);
  });
});

/** The example plan as a gateway wrote it, read back: numbers, dates and text as the cells hold them. */
async function readBack(gateway: WorkbookGateway) {
  await setupPlanWorkbook(gateway, {
    title: 'NAP',
    country: 'Montenegro',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    example: true,
    planId: 'p1',
  });
  const snapshot = await gateway.read({ tables: [INDICATORS_TABLE.name] });
  const table = snapshot.tables[INDICATORS_TABLE.name];
  const column = (header: string) => table.rows.map((row) => row[table.headers.indexOf(header)]);
  return { column, table };
}

describe('cells typed as what they are, through both gateways', () => {
  it('in Excel (the strict fake): "+10%" stays text, 3 is a number, a date is a date shown yyyy-mm-dd', async () => {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.9' });
    try {
      const { column, table } = await readBack(new OfficeGateway());
      expect(column('Initial value')[0]).toBe(3);
      expect(column('Mid-term target')).toContain('+5%');
      expect(column('Initial value as of')[0]).toBe(isoToSerial('2025-12-31'));
      const dateColumn = table.headers.indexOf('Initial value as of');
      const cell = workbook.cell(table.sheet, `${String.fromCharCode(65 + table.left + dateColumn)}${table.top + 2}`);
      expect(cell.text).toBe('2025-12-31');
    } finally {
      restore();
    }
  });

  it('in the .xlsx file, read back by us and by LibreOffice', async () => {
    const gateway = XlsxGateway.empty('plan.xlsx');
    const { column } = await readBack(gateway);
    expect(column('Initial value')[0]).toBe(3);
    expect(column('Mid-term target')).toContain('+5%');
    const bytes = await gateway.toBytes();
    const reread = await XlsxFileGateway.open(bytes, 'plan.xlsx').read({ tables: [INDICATORS_TABLE.name] });
    const table = reread.tables[INDICATORS_TABLE.name];
    expect(table.rows[0][table.headers.indexOf('Initial value')]).toBe(3);
    expect(table.rows[0][table.headers.indexOf('Initial value as of')]).toBe(isoToSerial('2025-12-31'));
    const nap = (await libreOfficeSheets(bytes)).NAP;
    const row = nap.find((cells) => cells[0] === 'I1.1')!;
    const header = nap.find((cells) => cells[0] === 'Code')!;
    expect(row[header.indexOf('Initial value as of')]).toBe('2025-12-31');
    expect(nap.flat()).toContain('+5%');
  }, 90_000);
});
