import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { isoToSerial } from '../../src/core/values/isoDate';
import { typedCells } from '../../src/sheets/codecs/typedCells';
import { emptyBatch, type WorkbookGateway } from '../../src/sheets/gateway';
import { INDICATORS_TABLE } from '../../src/sheets/layouts/tables';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel';
import { libreOfficeSheets } from '../support/libreoffice';
import { EXAMPLE_SETUP } from '../support/examplePlan';

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
  await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
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

describe('a number Excel made a date of ("3/4" typed into a value cell)', () => {
  const setup = EXAMPLE_SETUP;

  it('is a finding at its cell in Excel, not a baseline of 46085, and no false "missing" beside it', async () => {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.9' });
    try {
      const gateway = new OfficeGateway();
      await setupPlanWorkbook(gateway, setup);
      const indicators = (await gateway.read({ tables: [INDICATORS_TABLE.name] })).tables[INDICATORS_TABLE.name];
      const column = indicators.left + indicators.headers.indexOf('Initial value');
      const address = `${String.fromCharCode(65 + column)}${indicators.top + 2}`;
      // What Excel stores for "3/4" typed into a General cell: a date serial shown as a date.
      workbook.setValues(indicators.sheet, address, [[isoToSerial('2026-03-04')]]);
      workbook.setNumberFormat(indicators.sheet, address, 'm/d/yyyy');
      const result = await checkPlanWorkbook(gateway, {
        language: 'en',
        file: 'plan.xlsx',
        mark: false,
        writeSheet: false,
      });
      const converted = result.findings.filter((finding) => finding.rule === 'sheet.value-became-date');
      expect(converted).toHaveLength(1);
      expect(converted[0]).toMatchObject({ code: 'I1.1', cell: { sheet: indicators.sheet, address } });
      expect(converted[0].message).toContain('into the date 4 March 2026');
      expect(result.findings.filter((f) => f.code === 'I1.1' && f.field === 'baseline')).toEqual(converted);
      const { report } = await computeStatusWorkbook(gateway, {
        language: 'en',
        file: 'plan.xlsx',
        asOf: '2026-12-31',
        write: false,
      });
      expect(report.indicators[0].baseline).toBeNull();
    } finally {
      restore();
    }
  });

  it('is reported by the file gateway too', async () => {
    const gateway = XlsxGateway.empty('plan.xlsx');
    await setupPlanWorkbook(gateway, setup);
    const indicators = (await gateway.read({ tables: [INDICATORS_TABLE.name] })).tables[INDICATORS_TABLE.name];
    const column = indicators.left + indicators.headers.indexOf('Initial value');
    const batch = emptyBatch(await gateway.read({ tables: [] }));
    batch.blocks.push({
      sheet: indicators.sheet,
      top: indicators.top + 1,
      left: column,
      rows: [[isoToSerial('2026-03-04')]],
      numberFormats: ['m/d/yyyy'],
    });
    await gateway.write(batch);
    const reread = await XlsxFileGateway.open(await gateway.toBytes(), 'plan.xlsx').read({
      tables: [INDICATORS_TABLE.name],
    });
    expect(reread.tables[INDICATORS_TABLE.name].dateCells).toContainEqual({
      row: 0,
      column: indicators.headers.indexOf('Initial value'),
    });
  });
});
