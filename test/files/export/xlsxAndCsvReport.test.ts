import { strFromU8, unzipSync } from 'fflate';
import { csvRenderer } from '../../../src/files/export/csvReport';
import { inertText } from '../../../src/files/export/inertText';
import { xlsxRenderer } from '../../../src/files/export/xlsxReport';
import { parseCsv, libreOfficePdf, libreOfficeSheets } from '../../support/libreoffice';
import { exportReport } from '../../../src/app/exportReport';
import { translator } from '../../../src/core/i18n/translate';
import { columnIndex } from '../../../src/sheets/layout';
import { INDICATORS_TABLE } from '../../../src/sheets/layouts/tables';
import { EXAMPLE_YEAR_ROWS, exampleYearWorkbook } from '../../core/report/exampleYear';
import { pdfTextAndPages } from '../../support/pdf';
import { REPORT_OPTIONS, exportExampleYear } from './exportedReport';

jest.setTimeout(180_000);

/** Return texts an attacker would send: each would run as a formula or a DDE call if a spreadsheet let it. */
const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=1+1'];
/** Plan texts that would run: one per indicator of the example plan. */
const HOSTILE_PLAN = ['=1+1', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1,2)', '=HYPERLINK("http://evil.example","x")'];
const HOSTILE_ROWS = [
  ...EXAMPLE_YEAR_ROWS,
  ...HOSTILE.map((text, i) => ({
    period: '2026-Q3',
    agency: 'SOC',
    code: 'I2.2',
    outputs: text,
    comment: `${text} ${i}`,
  })),
];

async function hostileWorkbook() {
  const gateway = await exampleYearWorkbook(HOSTILE_ROWS);
  const header = translator('en')(INDICATORS_TABLE.columns[columnIndex(INDICATORS_TABLE, 'text')].header);
  HOSTILE_PLAN.forEach((text, row) => gateway.edit(INDICATORS_TABLE.name, row, header, text));
  return gateway;
}

describe('inertText', () => {
  it('makes text that starts a formula inert and leaves the rest as it is', () => {
    expect(HOSTILE.map(inertText)).toEqual(HOSTILE.map((text) => `'${text}`));
    expect(inertText('Agreement signed')).toBe('Agreement signed');
    expect(inertText('1.234,5')).toBe('1.234,5');
  });
});

describe('the values-only .xlsx', () => {
  it('has no formulas, hidden sheets, external links or macros, and LibreOffice runs none of the hostile texts', async () => {
    const gateway = await hostileWorkbook();
    const exported = await exportReport(gateway, REPORT_OPTIONS, xlsxRenderer);
    const parts = unzipSync(exported.bytes);
    const names = Object.keys(parts);
    expect(names.filter((name) => /externalLink|vbaProject|macrosheet/i.test(name))).toEqual([]);
    const sheets = names.filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBe(5);
    for (const name of sheets) expect(strFromU8(parts[name])).not.toMatch(/<f[ >]/);
    expect(strFromU8(parts['xl/workbook.xml'])).not.toMatch(/state="(hidden|veryHidden)"/);

    const read = await libreOfficeSheets(exported.bytes);
    expect(Object.keys(read).sort()).toEqual([
      'Indicators',
      'Indicators by area',
      'Outcomes on and off track',
      'Report',
      'Summary',
    ]);
    // Each plan text a spreadsheet would run arrives as the text itself, marked as text, never as a result.
    const indicatorTexts = read.Indicators.slice(1).map((row) => row[1]);
    expect(indicatorTexts).toEqual(HOSTILE_PLAN.map((text) => `'${text}`));
    const achievements = read['Outcomes on and off track'].find((row) => row[1] === '2')?.[5];
    expect(achievements).toBe(
      HOSTILE.map((text) => `${text.trim()} (SOC, 2026-Q3)`)
        .join('\n')
        .replace(/^/, "'"),
    );
  });

  it('prints through LibreOffice with every area, indicator code and status', async () => {
    const { exported } = await exportExampleYear(xlsxRenderer);
    const { text } = await pdfTextAndPages(await libreOfficePdf(exported.bytes, 'xlsx'), 'report-xlsx');
    const flat = text.replace(/\s+/g, ' ');
    for (const title of [
      '1. Introduction',
      '4. Compliance with the international legal standards',
      'e. Next steps / Way forward',
    ])
      expect(flat).toContain(title);
    for (const area of exported.model.areas) expect(flat).toContain(area.name.split(' ').slice(0, 3).join(' '));
    for (const line of exported.model.areas.flatMap((area) => area.outcomes.flatMap((o) => o.indicators)))
      expect(flat).toContain(line.code);
    expect(flat).toMatch(/Off track/);
    expect(flat).toMatch(/Page 1 of \d+/);
  });
});

describe('the .csv of indicator results', () => {
  it('is UTF-8 with a BOM, one row per indicator and year, every hostile text inert', async () => {
    const exported = await exportReport(await hostileWorkbook(), REPORT_OPTIONS, csvRenderer);
    expect([...exported.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(exported.bytes));
    expect(rows[0]).toEqual([
      'Year',
      'Strategic area',
      'Outcome',
      'Code',
      'Indicator',
      'Unit',
      'Baseline',
      'Value at end of period',
      'Target',
      'Target date',
      'Status',
      'On / off track',
      'Reason',
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[3], row[10]])).toEqual(
      exported.model.areas.flatMap((area) =>
        area.outcomes.flatMap((outcome) => outcome.indicators.map((line) => ['2026', line.code, expect.any(String)])),
      ),
    );
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.slice(1).map((row) => row[4])).toEqual(HOSTILE_PLAN.map((text) => `'${text}`));
  });

  it('gives each year of a range its own rows, judged at that year end', async () => {
    const { gateway } = await exportExampleYear(csvRenderer);
    const { bytes } = await exportReport(
      gateway,
      {
        language: 'en',
        file: 'plan.xlsx',
        range: { from: '2026-01-01', to: '2027-06-30' },
        today: '2027-07-01',
        deadline: null,
      },
      csvRenderer,
    );
    const rows = parseCsv(new TextDecoder().decode(bytes)).slice(1);
    expect(rows.map((row) => row[0])).toEqual([...Array(5).fill('2026'), ...Array(5).fill('2027')]);
    const charges = rows.filter((row) => row[3] === 'I4.1').map((row) => row[7]);
    expect(charges).toEqual(['48', '80']);
  });
});
