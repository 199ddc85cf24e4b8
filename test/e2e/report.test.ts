import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { statusColour } from '../../src/core/status/palette';
import { ARTIFACTS, openPreview, setUpExamplePlan, type PreviewSession } from '../support/previewSession';

/**
 * The Report panel of the built task pane in Chromium, on the preview page against the simulated workbook.
 * Build first: NAP_DIST=dist-report npx webpack --mode production, and run with the same NAP_DIST.
 */

let session: PreviewSession;
let page: Page;
let pageErrors: string[];
let requests: string[];

const workbook = <T>(method: string, ...args: unknown[]) => session.workbook<T>(method, ...args);

function paneTab(name: string) {
  return page.locator('#taskpane').getByRole('tab', { name, exact: true });
}

interface TableInfo {
  sheet: string;
  address: string;
  bodyValues: unknown[][];
}

beforeAll(async () => {
  session = await openPreview({ width: 1440, height: 900 });
  ({ page, pageErrors, requests } = session);
  await setUpExamplePlan(page);
  // The Progress table's one empty body row, filled as a coordinator types a return into it.
  await workbook('setValues', 'Progress', 'A4:K4', [
    ['2026-Q4', 'ATC', 'I1.1', '4', '', '', '', '', 'On track', 'Agreement with Albania signed', ''],
  ]);
}, 90_000);

afterAll(async () => {
  await session?.close();
});

describe('the Report panel', () => {
  it('builds the Report sheet, keeps what the user wrote in it, and exports the .docx on demand', async () => {
    await paneTab('Report').click();
    await expect(page.getByLabel('Year', { exact: true }).inputValue()).resolves.toMatch(/^\d{4}$/);
    await page.getByLabel('Year', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Build the Report sheet' }).click();
    await page.getByText('The report is in the sheet "Report"', { exact: false }).waitFor();
    await page.locator('#taskpane').getByText('Outcomes: ', { exact: false }).waitFor();

    const indicators = await workbook<TableInfo>('table', 'NapReportIndicators');
    expect(indicators.sheet).toBe('Report');
    expect(indicators.bodyValues.map((row) => [row[0], row[3]])).toEqual([
      ['I1.1', 'On track'],
      ['I2.1', 'Not assessable'],
      ['I2.2', 'No data'],
      ['I3.1', 'No data'],
      ['I4.1', 'No data'],
    ]);
    expect((await workbook<{ name: string }[]>('charts', 'Report')).map((chart) => chart.name)).toEqual([
      'NapReportByArea',
    ]);
    // The status in words, coloured from the palette as an aid.
    const firstBodyRow = Number(/^[A-Z]+(\d+):/.exec(indicators.address)![1]) + 1;
    const status = await workbook<{ value: string; conditional: { fillColor?: string } | null }>(
      'cell',
      'Report',
      `D${firstBodyRow}`,
    );
    expect(status.value).toBe('On track');
    expect(status.conditional?.fillColor).toBe(statusColour('indicator', 'onTrack').fill);
    await workbook('select', 'Report', `A${firstBodyRow + 4}`);
    await page.screenshot({ path: `${ARTIFACTS}/report-sheet-indicators.png`, fullPage: false });
    await workbook('select', 'Report', 'A1');
    await page.screenshot({ path: `${ARTIFACTS}/report-panel.png`, fullPage: false });

    // The coordinator writes the introduction in the sheet, then builds again after new data.
    const narrative = await workbook<TableInfo>('table', 'NapReportNarrative');
    const firstRow = Number(/^[A-Z]+(\d+):/.exec(narrative.address)![1]) + 1;
    await workbook('setValues', 'Report', `C${firstRow}`, [['Our introduction, kept.']]);
    await page.getByRole('button', { name: 'Build the Report sheet' }).click();
    await page.getByText('The report is in the sheet "Report"', { exact: false }).waitFor();
    const again = await workbook<TableInfo>('table', 'NapReportNarrative');
    expect(again.bodyValues.find((row) => row[0] === 'intro')?.[2]).toBe('Our introduction, kept.');

    expect(requests.some((url) => /report-docx/.test(url))).toBe(false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Word report (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('NAP monitoring report 2026-01-01 to 2026-12-31.docx');
    const docx = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    const text = strFromU8(docx['word/document.xml']);
    expect(text).toContain('Our introduction, kept.');
    expect(text).toContain('Agreement with Albania signed (ATC, 2026-Q4)');
    expect(requests.some((url) => /report-docx/.test(url))).toBe(true);
    await page.getByText('is downloading', { exact: false }).first().waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/report-panel-exported.png`, fullPage: false });

    for (const [button, name] of [
      ['Values-only workbook (.xlsx)', 'NAP monitoring report 2026-01-01 to 2026-12-31.xlsx'],
      ['Indicator results (.csv)', 'NAP monitoring report 2026-01-01 to 2026-12-31.csv'],
    ]) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(file.suggestedFilename()).toBe(name);
    }
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
