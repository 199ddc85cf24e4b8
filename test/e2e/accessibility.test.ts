import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../../src/devtools/chromium';
import { eventually } from '../support/eventually';
import { serveDist } from '../../src/devtools/staticServer';

/**
 * The task pane for people who use a keyboard, a screen reader or a dark theme, in real Chromium on the
 * preview page: axe-core on every panel, light and dark; every flow with the keyboard alone; results
 * spoken; focus never dropped to the page. Needs a build first (npm test does it; NAP_DIST picks the folder).
 */
const ARTIFACTS = resolve(__dirname, '../../test-artifacts');

let server: Awaited<ReturnType<typeof serveDist>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDist();
  chromium = await launchChromium();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** The task pane beside the simulated workbook, whose sheet tabs are tabs too. */
function pane(page: Page): Locator {
  return page.locator('#taskpane');
}

/**
 * The preview with what a screen reader would be told recorded: Fluent's announcer speaks through
 * document.ariaNotify where the browser has it, so the page gets one that keeps the messages.
 */
async function openPreview(theme: 'light' | 'dark'): Promise<Page> {
  const page = await chromium.browser.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { napSpoken: string[] }).napSpoken = spoken;
    (document as unknown as { ariaNotify: (text: string) => void }).ariaNotify = (text) => void spoken.push(text);
  });
  await page.goto(`${server.url}/preview.html?theme=${theme}`);
  await pane(page).getByRole('tab', { name: 'Set up' }).waitFor();
  return page;
}

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; limit?: number } = {}): Promise<void> {
  for (let presses = 0; presses < (options.limit ?? 60); presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-tabster-dummy'))).toBe(false);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page';
    return `${element.tagName.toLowerCase()} ${element.getAttribute('role') ?? ''} "${(element.textContent ?? '').trim().slice(0, 60)}"`;
  });
}

async function spoken(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { napSpoken: string[] }).napSpoken.slice());
}

/** The tab of a panel, reached and chosen with the arrow keys as in any tab list. */
async function openPanel(page: Page, name: string): Promise<void> {
  const tab = pane(page).getByRole('tab', { name });
  await tabTo(page, pane(page).getByRole('tab', { selected: true }));
  for (let presses = 0; presses < 6 && (await tab.getAttribute('aria-selected')) !== 'true'; presses++) {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
  }
  expect(await tab.getAttribute('aria-selected')).toBe('true');
}

describe.each(['light', 'dark'] as const)('the task pane in the %s theme', (theme) => {
  let page: Page;

  beforeAll(async () => {
    page = await openPreview(theme);
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  it('sets up the plan with the keyboard alone, says what it did, and keeps focus in the pane', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, pane(page).getByLabel('Country'));
    await page.keyboard.type('Montenegro');
    await tabTo(page, pane(page).getByRole('radio', { name: "The guide's example plan (Annex 3)" }));
    await page.keyboard.press('Space');
    await tabTo(page, pane(page).getByRole('button', { name: 'Set up', exact: true }));
    await page.keyboard.press('Enter');
    const said = await eventually(
      () => spoken(page),
      (texts) => texts.some((text) => text.includes('example plan')),
    );
    expect(said.join(' ')).toMatch(/example plan/);
    expect(await focusedElement(page)).not.toBe('the page');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/a11y-setup-${theme}.png` });
  });

  it('checks the plan and goes to a finding with the keyboard alone', async () => {
    await openPanel(page, 'Check');
    await tabTo(page, pane(page).getByRole('button', { name: 'Check the plan' }));
    await page.keyboard.press('Enter');
    const finding = pane(page).locator('button[data-rule][data-cell]:not([data-cell=""])').first();
    await finding.waitFor();
    expect((await spoken(page)).join(' ')).toMatch(/errors?|warnings?|findings?/i);
    expect(await focusedElement(page)).toMatch(/Check the plan/);
    const [sheet, address] = (await finding.getAttribute('data-cell'))!.split('!');
    await tabTo(page, finding);
    await page.keyboard.press('Enter');
    const selection = await eventually(
      () =>
        page.evaluate(() =>
          (
            window as unknown as { napPreviewWorkbook: { selection(): { sheet: string; address: string } | null } }
          ).napPreviewWorkbook.selection(),
        ),
      (value) => value?.address === address,
    );
    expect(selection).toEqual({ sheet, address });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/a11y-check-${theme}.png` });
  });

  it('computes status with the keyboard alone and says the result', async () => {
    await openPanel(page, 'Status');
    const asOf = pane(page).getByRole('textbox', { name: 'As of' });
    await tabTo(page, asOf);
    // A date field takes its parts as typed in the browser's order (month, day, year in en-US).
    await page.keyboard.type('12312026');
    expect(await asOf.inputValue()).toBe('2026-12-31');
    await tabTo(page, pane(page).getByRole('button', { name: 'Compute status' }));
    await page.keyboard.press('Enter');
    await eventually(
      () => spoken(page),
      (texts) => texts.some((text) => text.includes('Status as of 31 December 2026')),
    );
    expect(await focusedElement(page)).not.toBe('the page');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/a11y-status-${theme}.png` });
  });

  it("makes the agencies' forms with the keyboard alone and says where they went", async () => {
    await openPanel(page, 'Forms');
    await tabTo(page, pane(page).getByRole('combobox', { name: 'Reporting period' }));
    await tabTo(page, pane(page).getByRole('checkbox', { name: /^PPO/ }));
    await page.keyboard.press('Space');
    await tabTo(page, pane(page).getByRole('button', { name: 'Make 4 forms' }));
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await downloading;
    await eventually(
      () => spoken(page),
      (texts) => texts.some((text) => text.includes('zip file')),
    );
    expect(await focusedElement(page)).not.toBe('the page');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/a11y-forms-${theme}.png` });
  });

  it('switches the interface language with the keyboard alone', async () => {
    const picker = pane(page).getByRole('combobox', { name: 'Language of this pane' });
    await tabTo(page, picker, { back: true });
    await page.keyboard.press('ArrowDown');
    await pane(page).getByRole('combobox', { name: 'Jezik ovog okna' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sr-Latn-RS');
    expect(await focusedElement(page)).toMatch(/^select/);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowUp');
    await pane(page).getByRole('combobox', { name: 'Language of this pane' }).waitFor();
  });
});
