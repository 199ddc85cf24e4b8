import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { INDICATOR_STATUSES } from '../../src/core/status';
import { defaultAsOf } from '../../src/core/status/defaultAsOf';
import { statusColour } from '../../src/core/status/palette';
import { localToday } from '../../src/taskpane/today';
import { launchChromium } from '../../src/devtools/chromium';
import { eventually } from '../support/eventually';
import { serveDist } from '../../src/devtools/staticServer';

/**
 * The built task pane, driven in real Chromium on the preview page, against the simulated workbook.
 * Needs `npm run build` first (npm test does it) and Debian's chromium.
 */
const ARTIFACTS = resolve(__dirname, '../../test-artifacts');
const PLAN = { periodStart: '2026-01-01', periodEnd: '2028-12-31', reportingFrequency: 'quarterly' as const };

let server: Awaited<ReturnType<typeof serveDist>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];
const requests: string[] = [];

/** Runs a method of the preview's FakeWorkbook inside a page and returns its (JSON) result. */
function workbook<T>(method: string, ...args: unknown[]): Promise<T> {
  return workbookOf<T>(page, method, ...args);
}

function workbookOf<T>(on: Page, method: string, ...args: unknown[]): Promise<T> {
  return on.evaluate(
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

/** The cell of a table's body row with this code (first column), in the given column of the table. */
async function cellOfCode(table: string, code: string, column: number): Promise<{ sheet: string; address: string }> {
  const info = await workbook<{ sheet: string; address: string; bodyValues: unknown[][] }>('table', table);
  const [, letters, top] = /^([A-Z]+)(\d+):/.exec(info.address)!;
  const left = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1 + column;
  let name = '';
  for (let n = left + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  const row = Number(top) + 1 + info.bodyValues.findIndex((values) => values[0] === code);
  return { sheet: info.sheet, address: `${name}${row}` };
}

async function openPreview(query = ''): Promise<Page> {
  const opened = await chromium.browser.newPage();
  opened.on('pageerror', (error) => pageErrors.push(error.message));
  opened.on('request', (request) => requests.push(request.url()));
  await opened.goto(`${server.url}/preview.html${query}`);
  await opened.getByRole('button', { name: 'Set up', exact: true }).waitFor();
  return opened;
}

async function setUpExample(on: Page): Promise<void> {
  await on.getByLabel('Country').fill('Montenegro');
  await on.getByLabel('Period starts').fill(PLAN.periodStart);
  await on.getByLabel('Period ends').fill(PLAN.periodEnd);
  await on.getByRole('radio', { name: "The guide's example plan (Annex 3)" }).check();
  await on.getByRole('button', { name: 'Set up', exact: true }).click();
  await on.getByText('set up with the example plan', { exact: false }).waitFor();
}

/** Controls of the task pane that stick out of it, and whether the pane scrolls sideways. */
function paneOverflow(on: Page): Promise<{ sideways: boolean; outside: string[] }> {
  return on.evaluate(() => {
    const pane = document.getElementById('taskpane')!;
    const right = pane.getBoundingClientRect().right + 1;
    const outside = [...pane.querySelectorAll('input, button, [role="tab"], [role="combobox"]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .filter((element) => element.getBoundingClientRect().right > right)
      .map((element) => element.getAttribute('aria-label') ?? element.textContent ?? element.tagName);
    return { sideways: pane.scrollWidth > pane.clientWidth + 1, outside };
  });
}

/** A tab of the task pane (the simulated workbook has sheet tabs of its own). */
function paneTab(on: Page, name: string) {
  return on.locator('#taskpane').getByRole('tab', { name, exact: true });
}

async function shoot(on: Page, name: string): Promise<void> {
  await on.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: false });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDist();
  chromium = await launchChromium();
  page = await openPreview();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the preview page', () => {
  it('sets up the example plan from the task pane, and the simulated workbook holds the tables', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await setUpExample(page);
    const tables = await workbook<{ name: string; sheet: string; bodyValues: unknown[][] }[]>('tables');
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['NapSettings', 'NapIndicators', 'NapActivities', 'NapProgress']),
    );
    const indicators = tables.find((table) => table.name === 'NapIndicators')!;
    expect(indicators.bodyValues.map((row) => row[0])).toEqual(['I1.1', 'I2.1', 'I2.2', 'I3.1', 'I4.1']);
    await page.locator('[data-sheet="NAP"]').getByText('I1.1', { exact: true }).first().waitFor();
    await shoot(page, 'preview-setup');
  });

  it('shows the plan’s own settings once it exists, and changes them through Excel', async () => {
    const settings = page.getByRole('form', { name: 'Plan settings' });
    await settings.waitFor();
    await expect(settings.getByLabel('Country').inputValue()).resolves.toBe('Montenegro');
    await expect(settings.getByLabel('Period ends').inputValue()).resolves.toBe(PLAN.periodEnd);
    await expect(
      settings.getByLabel('Status: on track from this share of the expected progress (%)').inputValue(),
    ).resolves.toBe('85');
    await settings.getByLabel('Country').fill('Serbia');
    await settings.getByLabel('Status: on track from this share of the expected progress (%)').fill('90');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved in the Settings sheet: Country, Status: on track from', { exact: false }).waitFor();
    const table = await workbook<{ bodyValues: unknown[][] }>('table', 'NapSettings');
    const values = Object.fromEntries(table.bodyValues.map((row) => [row[0], row[2]]));
    expect(values).toMatchObject({ country: 'Serbia', 'status.onTrack': '90%' });
    // Read back from the workbook: the form shows what the Settings sheet now holds.
    await expect(settings.getByLabel('Country').inputValue()).resolves.toBe('Serbia');
  });

  it('checks the plan, a finding selects its cell, and the findings are still there after another tab', async () => {
    await paneTab(page, 'Check').click();
    await page.getByRole('button', { name: 'Check the plan' }).click();
    const finding = page.locator('[data-rule="structure.code-not-under-parent"]').first();
    await finding.waitFor();
    const cell = (await finding.getAttribute('data-cell'))!;
    await finding.click();
    const [sheet, address] = cell.split('!');
    await eventually(
      () => workbook<{ sheet: string; address: string } | null>('selection'),
      (value) => value?.sheet === sheet && value.address === address,
    );
    await paneTab(page, 'Status').click();
    await paneTab(page, 'Check').click();
    await expect(page.locator('[data-rule="structure.code-not-under-parent"]').first().isVisible()).resolves.toBe(true);
    await shoot(page, 'preview-check');
  });

  it('suggests the end of the last reporting period, and status reads at a glance', async () => {
    await paneTab(page, 'Status').click();
    const asOf = page.getByLabel('As of', { exact: true });
    await expect(asOf.inputValue()).resolves.toBe(defaultAsOf(PLAN, localToday()));
    // Nothing reported yet: nothing can be judged, and that is said as a warning, never as "0 of 0" on track.
    await page.getByRole('button', { name: 'Compute status' }).click();
    await page.getByText('no indicator can be judged yet', { exact: false }).waitFor();
    await expect(page.locator('[data-panel="status"]').textContent()).resolves.not.toContain('0 of 0');

    await workbook('setValues', 'Progress', 'A4:I4', [['2026', 'Police', 'I4.1', '45', '', '', '', '', 'On track']]);
    await asOf.fill('2026-12-31');
    await page.getByRole('button', { name: 'Compute status' }).click();
    await page.getByText('Status as of 31 December 2026', { exact: false }).waitFor();

    // One palette: the cell, the chart series and the badge of "Off track" share one colour.
    const offTrack = statusColour('indicator', 'offTrack');
    const statusCell = await cellOfCode('NapIndicatorStatus', 'I4.1', 1);
    const cell = await workbook<{ value: string; conditional: { fillColor?: string; fontColor?: string } | null }>(
      'cell',
      statusCell.sheet,
      statusCell.address,
    );
    expect(cell.value).toBe('Off track');
    expect(cell.conditional).toMatchObject({ fillColor: offTrack.fill, fontColor: offTrack.ink });
    const [chart] = await workbook<{ seriesFills: string[] }[]>('charts', 'Status');
    expect(chart.seriesFills).toEqual(INDICATOR_STATUSES.map((status) => statusColour('indicator', status).fill));
    // The preview draws the chart in those fills, as Excel would.
    const bar = page.locator('[data-chart="NapStatusByArea"] rect[data-series="Off track"]').first();
    await expect(bar.getAttribute('fill')).resolves.toBe(offTrack.fill);
    const item = page.locator('[data-panel="status"] li[data-code="I4.1"][data-status="offTrack"]');
    const badge = item.locator('[data-badge-status="offTrack"]');
    await expect(badge.textContent()).resolves.toBe('Off track');
    await expect(badge.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe(
      hexToRgb(offTrack.fill),
    );

    // The item names itself, names the agency that disagrees, and rounds progress for people.
    const text = (await item.textContent())!;
    expect(text).toMatch(/^I4\.1\s*\S/);
    expect(text).toContain('Police says On track (2026)');
    expect(text).not.toMatch(/-\d+ %|\d\.\d{2}/);
    // Indicators without data that share a reason are listed once, each still named and clickable.
    const group = page.locator('[data-panel="status"] li[data-group="noData"]').first();
    expect((await group.getAttribute('data-codes'))!.split(' ').length).toBeGreaterThan(1);

    await item.getByRole('button').click();
    const codeCell = await cellOfCode('NapIndicators', 'I4.1', 0);
    await eventually(
      () => workbook<{ sheet: string; address: string } | null>('selection'),
      (value) => value?.sheet === codeCell.sheet && value.address === codeCell.address,
    );
    await paneTab(page, 'Status').click();
    await shoot(page, 'preview-status-selected');

    // Results stay while another tab is open.
    await paneTab(page, 'Set up').click();
    await paneTab(page, 'Status').click();
    await expect(item.isVisible()).resolves.toBe(true);
  });

  it('fits a 320 px window and a pane at 200 % zoom: nothing sticks out, nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    for (const tab of ['Set up', 'Status']) {
      await paneTab(page, tab).click();
      await expect(paneOverflow(page)).resolves.toEqual({ sideways: false, outside: [] });
    }
    await paneTab(page, 'Status').click();
    await shoot(page, 'preview-status-320-light');
    await paneTab(page, 'Set up').click();
    await shoot(page, 'preview-settings-320-light');

    // 200 % zoom of a 360 px task pane leaves 180 CSS pixels.
    await page.setViewportSize({ width: 360, height: 900 });
    await page.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    await shoot(page, 'preview-settings-zoom-200');
    await expect(paneOverflow(page)).resolves.toEqual({ sideways: false, outside: [] });
    await paneTab(page, 'Status').click();
    await expect(paneOverflow(page)).resolves.toEqual({ sideways: false, outside: [] });
    await page.locator('[data-panel="status"] li[data-code="I4.1"]').first().scrollIntoViewIfNeeded();
    await shoot(page, 'preview-status-zoom-200');
    await page.evaluate(() => {
      document.documentElement.style.zoom = '';
    });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('never calls "0 of 0 assessable indicators" a success, and speaks without jargon on an older Excel', async () => {
    const old = await openPreview('?api=1.7');
    await old.getByRole('radio', { name: 'Empty tables' }).check();
    await old.getByRole('button', { name: 'Set up', exact: true }).click();
    const degraded = old.getByText('cannot offer dropdown lists', { exact: false });
    await degraded.waitFor();
    await expect(old.locator('[data-panel="setup"]').textContent()).resolves.not.toMatch(/ExcelApi|NapSettings/);
    expect(await old.locator('[data-dropdown="true"]').count()).toBe(0);

    await paneTab(old, 'Status').click();
    await old.getByRole('button', { name: 'Compute status' }).click();
    const message = old.getByText('the plan has no indicators yet', { exact: false });
    await message.waitFor();
    const bar = (panel: string, text: string) =>
      old.locator(`[data-panel="${panel}"] .fui-MessageBar`, { hasText: text });
    const statusBar = bar('status', 'the plan has no indicators yet');
    await expect(statusBar.textContent()).resolves.not.toContain('0 of 0');
    // Drawn as a warning, like the set-up's note about dropdowns, not as a success.
    const background = (locator: ReturnType<typeof bar>) =>
      locator.evaluate((element) => getComputedStyle(element).backgroundColor);
    await expect(background(statusBar)).resolves.toBe(await background(bar('setup', 'cannot offer dropdown lists')));
    await shoot(old, 'preview-excel-2019');
    await old.close();
  });

  it.each([
    [1440, 'light', ''],
    [1440, 'dark', '?theme=dark'],
    [320, 'dark', '?theme=dark'],
  ])('at %i px in the %s theme, the pane and the simulated workbook follow the theme', async (width, theme, query) => {
    const themed = await openPreview(query);
    await themed.setViewportSize({ width, height: 900 });
    await setUpExample(themed);
    await workbookOf(themed, 'setValues', 'Progress', 'A4:D4', [['2026', 'Police', 'I4.1', '45']]);
    await paneTab(themed, 'Status').click();
    await themed.getByLabel('As of', { exact: true }).fill('2026-12-31');
    await themed.getByRole('button', { name: 'Compute status' }).click();
    await themed.getByText('Status as of 31 December 2026', { exact: false }).waitFor();
    const dark = theme === 'dark';
    const looks = await themed.evaluate(() => {
      const luminance = (css: string) => {
        const [r, g, b] = (css.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
        return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
      };
      const pane = document.querySelector('#taskpane main')!;
      const cell = document.querySelector('[data-sheet][data-address="B2"]');
      return {
        pane: luminance(getComputedStyle(pane).backgroundColor),
        text: luminance(getComputedStyle(pane).color),
        cellText: cell ? luminance(getComputedStyle(cell).color) : null,
      };
    });
    expect(looks.pane < 0.3).toBe(dark);
    expect(looks.text > 0.7).toBe(dark);
    if (looks.cellText !== null) expect(looks.cellText > 0.7).toBe(dark);
    if (width === 320) await expect(paneOverflow(themed)).resolves.toEqual({ sideways: false, outside: [] });
    // The list of indicators in view: badges, names, progress and the grouped lines.
    await themed.locator('[data-panel="status"] li[data-code="I4.1"]').first().scrollIntoViewIfNeeded();
    await shoot(themed, `preview-status-${width}-${theme}`);
    await themed.close();
  });

  it('runs without script errors and loads nothing from outside', () => {
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
