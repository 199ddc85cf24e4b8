import ExcelJS from 'exceljs';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { emptyBatch, type ColumnFormat, type TableCreate, type WriteBatch } from '../../src/sheets/gateway';
import { WorkbookError } from '../../src/sheets/workbookError';
import { libreOfficeResave, libreOfficeSheets } from '../support/libreoffice';
import { partText, rezip } from '../support/xlsxParts';

/** Opens written bytes the way the CLI opens a file from disk (a refusal rejects the promise). */
const openXlsx = async (bytes: Uint8Array, file: string) => XlsxFileGateway.open(bytes, file);

const text = (list?: ColumnFormat['list']): ColumnFormat => ({
  numberFormat: '@',
  width: 14,
  wrap: false,
  input: true,
  list,
});
const LEVEL_LIST = { source: '=Lists!$A$2:$A$3', strict: true, alert: 'Choose a value from the list.' };

function indicatorsTable(overrides: Partial<TableCreate> = {}): TableCreate {
  return {
    sheet: 'NAP',
    name: 'Indicators',
    top: 2,
    left: 1,
    headers: ['Code', 'Baseline', 'Double', 'Level'],
    rows: [
      ['1.1', 5, { formula: '=C4*2' }, 'Outcome'],
      ['1.10', 7.5, { formula: '=C5*2', result: 15 }, ''],
    ],
    columns: [
      text(),
      { ...text(), numberFormat: 'General' },
      { ...text(), numberFormat: 'General', input: false },
      text(LEVEL_LIST),
    ],
    style: 'TableStyleMedium2',
    ...overrides,
  };
}

/** A batch in the shape the lead's planWorkbookBatch produces: title blocks, tables, a hidden lists sheet. */
async function planLikeBatch(gateway: XlsxGateway): Promise<WriteBatch> {
  return {
    ...emptyBatch(await gateway.read({ tables: [] })),
    createSheets: [
      { name: 'Settings', visible: true, tabColor: '#0F6C74' },
      { name: 'NAP', visible: true, tabColor: '#1F4E79' },
      { name: 'Lists', visible: false },
    ],
    blocks: [
      { sheet: 'NAP', top: 0, left: 0, rows: [['National Action Plan (Annex 3)']], bold: true },
      {
        sheet: 'Settings',
        top: 0,
        left: 0,
        rows: [['Plan starts', 45658]],
        numberFormats: ['@', 'yyyy-mm-dd'],
        widths: [20, 12],
      },
      { sheet: 'Lists', top: 0, left: 0, rows: [['Level'], ['Outcome'], ['Output']] },
    ],
    tables: [
      indicatorsTable(),
      {
        ...indicatorsTable(),
        name: 'Agencies',
        left: 7,
        headers: ['Code', 'Agency'],
        rows: [],
        columns: [text(), text()],
        style: 'TableStyleLight9',
      },
    ],
    freezeRows: [{ sheet: 'NAP', rows: 3 }],
    activate: 'NAP',
  };
}

async function writtenPlan(): Promise<{ gateway: XlsxGateway; bytes: Uint8Array }> {
  const gateway = XlsxGateway.empty('plan.xlsx');
  await gateway.write(await planLikeBatch(gateway));
  return { gateway, bytes: await gateway.toBytes() };
}

async function refusal(promise: Promise<unknown>): Promise<WorkbookError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookError');
}

describe('XlsxGateway round trip', () => {
  it('reads back sheets, every table name, and requested tables by name ignoring case', async () => {
    const { bytes } = await writtenPlan();
    const reopened = await openXlsx(bytes, 'plan.xlsx');
    const snapshot = await reopened.read({ tables: ['INDICATORS', 'Agencies', 'Missing'] });

    expect(snapshot.sheets).toEqual([
      { name: 'Settings', visible: true },
      { name: 'NAP', visible: true },
      { name: 'Lists', visible: false },
    ]);
    expect(snapshot.tableNames.sort()).toEqual(['Agencies', 'Indicators']);
    expect(Object.keys(snapshot.tables).sort()).toEqual(['Agencies', 'Indicators']);
    expect(snapshot.tables.Indicators).toMatchObject({
      name: 'Indicators',
      sheet: 'NAP',
      top: 2,
      left: 1,
      headers: ['Code', 'Baseline', 'Double', 'Level'],
      // a formula without a cached result reads as '' (exceljs does not calculate); codes stay text
      rows: [
        ['1.1', 5, '', 'Outcome'],
        ['1.10', 7.5, 15, ''],
      ],
    });
  });

  it('gives an empty table the one blank body row Excel requires', async () => {
    const { bytes } = await writtenPlan();
    expect(partText(bytes, 'xl/tables/table2.xml')).toContain('ref="H3:I4"');
    const snapshot = await (await openXlsx(bytes, 'plan.xlsx')).read({ tables: ['Agencies'] });
    expect(snapshot.tables.Agencies.rows).toEqual([['', '']]);
  });

  it('reads a date-formatted cell as its Excel serial, not a JS Date', async () => {
    const { bytes } = await writtenPlan();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const settings = workbook.getWorksheet('Settings')!;
    expect(settings.getCell('B1').value).toBeInstanceOf(Date);
    settings.addTable({
      name: 'Dates',
      ref: 'A3',
      columns: [{ name: 'Start' }],
      rows: [[settings.getCell('B1').value]],
    });
    const withTable = new Uint8Array(await workbook.xlsx.writeBuffer());
    const snapshot = await (await openXlsx(withTable, 'plan.xlsx')).read({ tables: ['Dates'] });
    expect(snapshot.tables.Dates.rows).toEqual([[45658]]);
  });

  it('reads dates of a 1904-date-system workbook as the serial stored in the file, as Excel reports them', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Dates');
    sheet.addTable({ name: 'Days', ref: 'A1', columns: [{ name: 'Day' }], rows: [[new Date(Date.UTC(2025, 0, 1))]] });
    sheet.getCell('A2').numFmt = 'yyyy-mm-dd';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('<v>44196</v>');
    const snapshot = await (await openXlsx(bytes, 'mac.xlsx')).read({ tables: ['Days'] });
    expect(snapshot.tables.Days.rows).toEqual([[44196]]);
  });

  it('reads rich text, hyperlinks, errors and shared formulas as plain values', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addTable({
      name: 'Mixed',
      ref: 'A1',
      columns: [{ name: 'Rich' }, { name: 'Link' }, { name: 'Error' }, { name: 'Flag' }, { name: 'Sum' }],
      rows: [
        [
          { richText: [{ text: 'Ministry ' }, { text: 'of Interior', font: { bold: true } }] },
          { text: 'site', hyperlink: 'https://example.org' },
          { error: '#N/A' },
          true,
          { formula: 'A2', result: 3 },
        ],
        ['', '', '', false, { sharedFormula: 'E2', result: 4 }],
      ],
    });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const snapshot = await (await openXlsx(bytes, 'mixed.xlsx')).read({ tables: ['Mixed'] });
    expect(snapshot.tables.Mixed.rows).toEqual([
      ['Ministry of Interior', 'site', '#N/A', true, 3],
      ['', '', '', false, 4],
    ]);
  });
});

describe('XlsxGateway writes what Excel needs', () => {
  it('writes one clean dropdown range over the body and 200 spare rows (not exceljs per-cell validation)', async () => {
    const { bytes } = await writtenPlan();
    const sheet = partText(bytes, 'xl/worksheets/sheet2.xml');
    const validations = sheet.match(/<dataValidation [^>]*>.*?<\/dataValidation>/g) ?? [];
    expect(validations).toHaveLength(1);
    expect(validations[0]).toContain('sqref="E4:E205"');
    expect(validations[0]).toContain('<formula1>Lists!$A$2:$A$3</formula1>');
    expect(validations[0]).toContain('errorStyle="stop"');
    expect(validations[0]).toContain('showErrorMessage="1"');
  });

  it('stops the spare dropdown rows above the next table in the column', async () => {
    const gateway = XlsxGateway.empty();
    const batch = await planLikeBatch(gateway);
    batch.tables.push({ ...indicatorsTable(), name: 'Below', top: 20, rows: [] });
    await gateway.write(batch);
    const sheet = partText(await gateway.toBytes(), 'xl/worksheets/sheet2.xml');
    expect(sheet).toContain('sqref="E4:E20"');
    expect(sheet).toContain('sqref="E22:E222"');
  });

  it('freezes the header rows, opens on the activated sheet, and formats columns', async () => {
    const { bytes } = await writtenPlan();
    expect(partText(bytes, 'xl/workbook.xml')).toMatch(/activeTab="1"/);
    const nap = partText(bytes, 'xl/worksheets/sheet2.xml');
    expect(nap).toMatch(/<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"\/>/);
    expect(nap).toMatch(/<sheetView workbookViewId="0" tabSelected="1">/);
    expect(nap).toContain('<tabColor rgb="FF1F4E79"/>');
    expect(nap).toMatch(/<col min="2" max="5" width="14" customWidth="1"\/>/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('NAP')!;
    expect(sheet.getCell('B3').font?.bold).toBe(true);
    expect(sheet.getCell('B4').numFmt).toBe('@');
    expect(sheet.getCell('D4').font).toMatchObject({ italic: true, color: { argb: 'FF595959' } });
    expect(workbook.getWorksheet('Lists')!.state).toBe('hidden');
    expect(partText(bytes, 'xl/tables/table1.xml')).toContain('<tableStyleInfo name="TableStyleMedium2"');
  });

  it('select() makes the file open on that sheet and cell', async () => {
    const { gateway } = await writtenPlan();
    await gateway.select({ sheet: 'settings', address: 'B1:B2' });
    const bytes = await gateway.toBytes();
    expect(partText(bytes, 'xl/workbook.xml')).toMatch(/activeTab="0"/);
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('activeCell="B1"');
    expect(partText(bytes, 'xl/worksheets/sheet2.xml')).not.toContain('tabSelected="1"');
    await expect(gateway.select({ sheet: 'Lists', address: 'A1' })).rejects.toBeInstanceOf(WorkbookError);
  });

  it('replaces a table named in deleteTables, clearing its old cells', async () => {
    const { gateway } = await writtenPlan();
    const batch = { ...emptyBatch(await gateway.read({ tables: [] })), deleteTables: ['indicators'] };
    batch.tables.push(indicatorsTable({ rows: [['2.1', 1, 2, 'Output']] }));
    await gateway.write(batch);
    const snapshot = await gateway.read({ tables: ['Indicators'] });
    expect(snapshot.tables.Indicators.rows).toEqual([['2.1', 1, 2, 'Output']]);
    const sheet = partText(await gateway.toBytes(), 'xl/worksheets/sheet2.xml');
    expect(sheet).not.toContain('1.10');
    expect(sheet.match(/<dataValidation /g)).toHaveLength(1);
  });

  it('reports charts as degraded and still writes the rest', async () => {
    const gateway = XlsxGateway.empty();
    const batch = await planLikeBatch(gateway);
    batch.charts.push({
      sheet: 'NAP',
      name: 'Progress',
      kind: 'columnStacked',
      source: 'B3:C5',
      title: 'Progress',
      seriesColors: ['#009E73'],
      from: 'K2',
      to: 'R20',
    });
    await expect(gateway.write(batch)).resolves.toEqual({ degraded: ['files.degraded.noCharts'] });
    expect((await gateway.read({ tables: [] })).tableNames).toContain('Indicators');
  });
});

describe('XlsxGateway refuses a bad batch without touching the workbook', () => {
  const cases: [string, (batch: WriteBatch) => void, RegExp][] = [
    ['a row of the wrong width', (batch) => batch.tables[0].rows.push(['1.2', 3]), /row 3: 2 cells for 4 columns/],
    [
      'a sheet name with a forbidden character',
      (batch) => batch.createSheets.push({ name: 'Q1/Q2', visible: true }),
      /contains one of/,
    ],
    [
      'a sheet name longer than 31 characters',
      (batch) => batch.createSheets.push({ name: 'x'.repeat(32), visible: true }),
      /longer than 31/,
    ],
    [
      'two sheets differing only in case',
      (batch) => batch.createSheets.push({ name: 'nap', visible: true }),
      /exists already/,
    ],
    ['a table name that looks like a cell', (batch) => (batch.tables[1].name = 'AB12'), /looks like a cell reference/],
    ['two tables with one name ignoring case', (batch) => (batch.tables[1].name = 'INDICATORS'), /exists already/],
    ['overlapping tables', (batch) => (batch.tables[1].left = 3), /overlaps/],
    ['a table past the last column', (batch) => (batch.tables[1].left = 16_383), /outside the sheet/],
    ['a number Excel cannot hold', (batch) => (batch.tables[0].rows[0][1] = Number.NaN), /not a number Excel can hold/],
    ['activating a hidden sheet', (batch) => (batch.activate = 'Lists'), /hidden sheet/],
    [
      'a block on a sheet that does not exist',
      (batch) => batch.blocks.push({ sheet: 'Nowhere', top: 0, left: 0, rows: [['x']] }),
      /no sheet "Nowhere"/,
    ],
  ];

  it.each(cases)('refuses %s', async (_, spoil, detail) => {
    const gateway = XlsxGateway.empty();
    const batch = await planLikeBatch(gateway);
    spoil(batch);
    const error = await refusal(gateway.write(batch));
    expect(error.key).toBe('error.writeFailed');
    expect(String(error.params.detail)).toMatch(detail);
    expect(await gateway.read({ tables: [] })).toEqual({ sheets: [], tableNames: [], tables: {} });
  });

  it('refuses a new table on top of an existing one and leaves the file as it was', async () => {
    const { gateway, bytes } = await writtenPlan();
    const before = await gateway.read({ tables: ['Indicators', 'Agencies'] });
    const batch = { ...emptyBatch(before), createSheets: [{ name: 'Extra', visible: true }] };
    batch.tables.push({ ...indicatorsTable(), name: 'Clash', top: 3 });
    const error = await refusal(gateway.write(batch));
    expect(error.params.detail).toMatch(/Clash overlaps the existing table Indicators/);
    expect(await gateway.read({ tables: ['Indicators', 'Agencies'] })).toEqual(before);
    expect(partText(await gateway.toBytes(), 'xl/workbook.xml')).toBe(partText(bytes, 'xl/workbook.xml'));
  });

  it('will not save a workbook without a visible sheet', async () => {
    const error = await refusal(XlsxGateway.empty().toBytes());
    expect(error.key).toBe('files.error.noVisibleSheet');
  });
});

describe('XlsxGateway with other readers and producers', () => {
  it('LibreOffice opens the file: sheet names, table cells, and formulas it calculates itself', async () => {
    const { bytes } = await writtenPlan();
    const sheets = await libreOfficeSheets(bytes, { recalculate: true });
    expect(Object.keys(sheets).sort()).toEqual(['Lists', 'NAP', 'Settings']);
    expect(sheets.NAP[0][0]).toBe('National Action Plan (Annex 3)');
    expect(sheets.NAP[2].slice(1, 5)).toEqual(['Code', 'Baseline', 'Double', 'Level']);
    // =C4*2 and =C5*2, calculated by LibreOffice
    expect(sheets.NAP[3].slice(1, 5)).toEqual(['1.1', '5', '10', 'Outcome']);
    expect(sheets.NAP[4].slice(1, 4)).toEqual(['1.10', '7.5', '15']);
    expect(sheets.Lists.map((row) => row[0])).toEqual(['Level', 'Outcome', 'Output']);
  });

  it('finds the tables of a file LibreOffice saved', async () => {
    const { bytes } = await writtenPlan();
    const resaved = await libreOfficeResave(bytes);
    const snapshot = await (await openXlsx(resaved, 'resaved.xlsx')).read({ tables: ['Indicators'] });
    expect(snapshot.tableNames.sort()).toEqual(['Agencies', 'Indicators']);
    expect(snapshot.tables.Indicators).toMatchObject({
      sheet: 'NAP',
      top: 2,
      left: 1,
      headers: ['Code', 'Baseline', 'Double', 'Level'],
    });
    expect(snapshot.tables.Indicators.rows.map((row) => row[0])).toEqual(['1.1', '1.10']);
    expect(snapshot.tables.Indicators.rows[0][2]).toBe(10);
  });
});

describe('XlsxGateway with hostile files', () => {
  it('opens a file with a whole-sheet merge quickly, values intact (merges are not loaded)', async () => {
    const { bytes } = await writtenPlan();
    const bomb = rezip(bytes, (name, xml) =>
      name === 'xl/worksheets/sheet2.xml'
        ? xml.replace('<pageMargins', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells><pageMargins')
        : xml,
    );
    expect(partText(bomb, 'xl/worksheets/sheet2.xml')).toContain('A1:XFD1048576');
    const started = Date.now();
    const snapshot = await (await openXlsx(bomb, 'bomb.xlsx')).read({ tables: ['Indicators'] });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(snapshot.tables.Indicators.rows[0][0]).toBe('1.1');
  });

  it('refuses to read a table whose range was forged to run to the last row of the sheet', async () => {
    const { bytes } = await writtenPlan();
    const forged = rezip(bytes, (name, xml) =>
      name === 'xl/tables/table1.xml' ? xml.replace(/ref="B3:E5"/g, 'ref="B3:E1048576"') : xml,
    );
    const gateway = await openXlsx(forged, 'forged.xlsx');
    const error = await refusal(gateway.read({ tables: ['Indicators'] }));
    expect(error.key).toBe('files.error.tableTooLarge');
    expect(error.params).toMatchObject({ file: 'forged.xlsx', table: 'Indicators', sheet: 'NAP' });
  });

  it('names the file when a part that passed the zip checks is cut short', async () => {
    const { bytes } = await writtenPlan();
    const broken = rezip(bytes, (name, xml) => (name === 'xl/workbook.xml' ? xml.slice(0, 200) : xml));
    const error = await refusal(openXlsx(broken, 'broken.xlsx'));
    expect(error.key).toBe('reader.error.damagedPart');
    expect(error.params).toEqual({ file: 'broken.xlsx', part: 'xl/workbook.xml' });
  });
});
