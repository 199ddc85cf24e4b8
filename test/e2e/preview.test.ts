import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { eventually } from '../support/eventually';
import { serveDist } from '../support/staticServer';

/**
 * The built task pane, driven in real Chromium on the preview page, against the simulated workbook.
 * Needs `npm run build` first (npm test does it) and Debian's chromium.
 */
const ARTIFACTS = resolve(__dirname, '../../test-artifacts');

let server: Awaited<ReturnType<typeof serveDist>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];
const requests: string[] = [];

/** Runs a method of the preview's FakeWorkbook inside the page and returns its (JSON) result. */
function workbook<T>(method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, values]) => {
      const target = (window as unknown as { napPreviewWorkbook: Record<string, (...a: unknown[]) => unknown> })
        .napPreviewWorkbook;
      const result = target[name as string](...(values as unknown[]));
      // Arranging methods return the workbook itself, for chaining; only inspecting ones return data.
      return result === target ? null : JSON.parse(JSON.stringify(result));
    },
    [method, args] as const,
  ) as Promise<T>;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDist();
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole('button', { name: 'Set up', exact: true }).waitFor();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the preview page', () => {
  it('sets up the example plan from the task pane, and the simulated workbook holds the tables', async () => {
    await page.getByLabel('Country').fill('Montenegro');
    await page.getByLabel('Period starts').fill('2026-01-01');
    await page.getByLabel('Period ends').fill('2028-12-31');
    await page.getByRole('radio', { name: "The guide's example plan (Annex 3)" }).check();
    await page.getByRole('button', { name: 'Set up', exact: true }).click();
    await page.getByText('set up with the example plan', { exact: false }).waitFor();

    const tables = await workbook<{ name: string; sheet: string; bodyValues: unknown[][] }[]>('tables');
    expect(tables.map((table) => table.name).sort()).toEqual(
      [
        'NapActivities',
        'NapAgencies',
        'NapAreas',
        'NapIndicators',
        'NapKeyMeasures',
        'NapLists',
        'NapMeHeader',
        'NapMePlan',
        'NapObjectives',
        'NapProgress',
        'NapSettings',
      ].sort(),
    );
    const indicators = tables.find((table) => table.name === 'NapIndicators')!;
    expect(indicators.sheet).toBe('NAP');
    expect(indicators.bodyValues.map((row) => row[0])).toEqual(['I1.1', 'I2.1', 'I2.2', 'I3.1', 'I4.1']);
    expect(tables.find((table) => table.name === 'NapActivities')!.bodyValues).toHaveLength(14);
    const settings = await workbook<unknown[][]>('values', 'Settings', 'A4:C7');
    expect(settings).toContainEqual(['country', 'Country', 'Montenegro']);
    // The sheet view shows the workbook the add-in wrote.
    await page.locator('[data-sheet="NAP"][data-address="E4"]').getByText('I1.1').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/preview-setup.png`, fullPage: false });

    // The M&E plan shows the NAP's baseline through its formula, with the Annex 4 header block above.
    await page.locator('[data-sheet-tab="M&E plan"]').click();
    await page.locator('[data-sheet="M&E plan"][data-address="F10"]').getByText('3', { exact: true }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/preview-me-plan.png`, fullPage: false });
    await page.locator('[data-sheet-tab="Settings"]').click();
    await page.locator('[data-sheet="Settings"][data-address="C5"]').getByText('Montenegro').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/preview-settings.png`, fullPage: false });
  });

  it('checks the plan, and clicking a finding selects its cell in the workbook', async () => {
    await page.getByRole('tab', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Check the plan' }).click();
    const finding = page.locator('[data-rule="structure.code-not-under-parent"][data-cell="NAP activities!E13"]');
    await finding.waitFor();
    await finding.click();
    const selection = await eventually(
      () => workbook<{ sheet: string; address: string } | null>('selection'),
      (value) => value?.address === 'E13',
    );
    expect(selection).toEqual({ sheet: 'NAP activities', address: 'E13' });
    const marked = await workbook<{ conditional: { fillColor?: string } | null }>('cell', 'NAP', 'M5');
    expect(marked.conditional?.fillColor).toBeTruthy();
    await page.screenshot({ path: `${ARTIFACTS}/preview-check.png`, fullPage: false });
  });

  it('computes status from a reported value and colours the status column', async () => {
    await workbook('setValues', 'Progress', 'A4:D4', [['2026', 'POL', 'I4.1', '45']]);
    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByLabel('As of').fill('2026-12-31');
    await page.getByRole('button', { name: 'Compute status' }).click();
    await page.getByText('Status as of 2026-12-31', { exact: false }).waitFor();
    const cell = await workbook<{ value: string; conditional: { fillColor?: string } | null }>('cell', 'NAP', 'V8');
    expect(cell.value).toBe('Off track');
    expect(cell.conditional?.fillColor).toBe('#FFC7CE');
    await page.locator('[data-code="I4.1"][data-status="offTrack"]').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/preview-status.png`, fullPage: false });
  });

  it('on an Excel without ExcelApi 1.8 sets up without dropdowns and says so', async () => {
    const old = await chromium.browser.newPage();
    old.on('pageerror', (error) => pageErrors.push(error.message));
    await old.goto(`${server.url}/preview.html?api=1.7`);
    await old.getByRole('radio', { name: 'Empty tables' }).check();
    await old.getByRole('button', { name: 'Set up', exact: true }).click();
    await old.getByText('needs ExcelApi 1.8', { exact: false }).waitFor();
    expect(await old.locator('[data-dropdown="true"]').count()).toBe(0);
    await old.screenshot({ path: `${ARTIFACTS}/preview-excel-2019.png`, fullPage: false });
    await old.close();
  });

  it('runs without script errors and loads nothing from outside', () => {
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  });
});
