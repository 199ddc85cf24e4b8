import type { Locator, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { eventually } from '../support/eventually';
import { makeFormsInPreview } from '../support/previewForms';
import { ARTIFACTS, openPreview, setUpExamplePlan, type PreviewSession } from '../support/previewSession';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';

/**
 * The Import panel of the built task pane in Chromium: two returned forms and a text file dropped at once
 * (real DragEvents carrying File objects), then the period they report on closed with a reason (their dry run turns to
 * refused), reopened (accepted again) and applied; the same with the keyboard alone in the dark theme. axe,
 * what a screen reader is told, and screenshots at 1440 and 320 px.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let session: PreviewSession;
let page: Page;
let filled: { name: string; bytes: Uint8Array }[];

const pane = (on: Page = page) => on.locator('#taskpane');
const panel = (on: Page = page) => on.locator('[data-panel="import"]');
const section = (on: Page = page) => on.locator('[data-period-lock]');
const status = (name: string) => panel().locator(`[data-file="${name}"]`).getAttribute('data-status');

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Whether anything in the pane is wider than the pane (a narrow pane must never scroll sideways). */
const overflows = (on: Page) => pane(on).evaluate((root) => root.scrollWidth > root.clientWidth + 1);

beforeAll(async () => {
  session = await openPreview({ width: 1440, height: 1000 });
  ({ page } = session);
  await setUpExamplePlan(page);
  const forms = await makeFormsInPreview(page, '2026-Q2');
  filled = [
    {
      name: 'pol.xlsx',
      bytes: await fillReturnForm(forms['2026-Q2_POL.xlsx'], { 'I4.1|value': 45, '4.1.2|implementation': 'Ongoing' }),
    },
    {
      name: 'soc.xlsx',
      bytes: await fillReturnForm(forms['2026-Q2_SOC.xlsx'], { 'I2.2|value': 12, '2.1.2|implementation': 'Completed' }),
    },
  ];
  await pane().getByRole('tab', { name: 'Import', exact: true }).click();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('dropping returned forms on the Import panel', () => {
  it('highlights the zone while files are dragged over it, and reads every file dropped at once', async () => {
    const zone = panel().locator('[data-drop-zone]');
    const dataTransfer = await page.evaluateHandle(
      ({ files, type }) => {
        const transfer = new DataTransfer();
        for (const file of files) {
          const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
          transfer.items.add(new File([bytes], file.name, { type }));
        }
        return transfer;
      },
      {
        // With the two forms, a file that is no workbook: it is refused by name, not left out in silence.
        files: [...filled, { name: 'minutes.txt', bytes: new TextEncoder().encode('Minutes of the meeting') }].map(
          (f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }),
        ),
        type: XLSX,
      },
    );
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await expect(zone.getAttribute('data-drop-zone')).resolves.toBe('active');
    // Passing over the label inside the zone is not leaving it.
    await zone.dispatchEvent('dragleave', { dataTransfer, relatedTarget: await zone.locator('label').elementHandle() });
    await expect(zone.getAttribute('data-drop-zone')).resolves.toBe('active');
    await zone.screenshot({ path: `${ARTIFACTS}/import-drop-highlight.png` });
    await zone.dispatchEvent('drop', { dataTransfer });
    await panel().getByText('What the import would do').waitFor({ timeout: 30_000 });
    await expect(zone.getAttribute('data-drop-zone')).resolves.toBe('idle');
    await expect(status('pol.xlsx')).resolves.toBe('ready');
    await expect(status('soc.xlsx')).resolves.toBe('ready');
    await expect(status('minutes.txt')).resolves.toBe('refused');
    await expect(panel().locator('[data-file="pol.xlsx"]').innerText()).resolves.toContain('New values: 2');
    await page.screenshot({ path: `${ARTIFACTS}/import-dropped.png` });
  });
});

describe('closing and reopening a reporting period in the Import panel', () => {
  it('asks for a reason, closes the period, and the dry run then refuses its forms', async () => {
    await section().getByLabel('Period to close or reopen').selectOption('2026-Q2');
    await expect(section().locator('[data-period-state]').innerText()).resolves.toBe(
      '2026-Q2 is open: its forms can be imported.',
    );
    await section().getByRole('button', { name: 'Close 2026-Q2' }).click();
    await section().getByText('Say why the period is closed or reopened', { exact: false }).waitFor();
    await expect(isFocused(section().getByLabel('Reason'))).resolves.toBe(true);
    await section().getByLabel('Reason').fill('Report sent to parliament');
    await section().getByLabel('Your name, for the Audit table').fill('Ana Petrović');
    await section().getByRole('button', { name: 'Close 2026-Q2' }).click();
    await section().getByText('2026-Q2 closed: imports for it are refused until reopened.').waitFor();
    await expect(section().locator('[data-period-state]').innerText()).resolves.toMatch(
      /^2026-Q2 was closed on \d{1,2} \w+ \d{4} by Ana Petrović\. Reason: Report sent to parliament$/,
    );
    // The button is the same control with its new action, so focus stays where the user was.
    await expect(isFocused(section().getByRole('button', { name: 'Reopen 2026-Q2' }))).resolves.toBe(true);
    await expect(section().getByText('Say why the period is closed', { exact: false }).count()).resolves.toBe(0);
    await page.waitForFunction(
      () => document.querySelector('[data-file="pol.xlsx"]')?.getAttribute('data-status') === 'closed',
    );
    await expect(status('soc.xlsx')).resolves.toBe('closed');
    const refusal = await panel().locator('[data-file="pol.xlsx"]').innerText();
    expect(refusal).toContain('the period 2026-Q2 was closed');
    expect(refusal).toContain('Reopen it with a reason first.');
    await expect(panel().getByRole('button', { name: 'Apply' }).count()).resolves.toBe(0);
    await expect(section().getByLabel('Period to close or reopen').locator('option:checked').innerText()).resolves.toBe(
      '2026-Q2: closed',
    );
    expect(await axeViolations(page)).toEqual([]);
    await section().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/import-period-closed.png` });
    const audit = await session.workbook<{ bodyValues: unknown[][] }>('table', 'NapAudit');
    expect(audit.bodyValues.map((row) => [row[1], row[2], row[3], row[11]])).toEqual([
      ['Ana Petrović', 'Period closed', '2026-Q2', 'Report sent to parliament'],
    ]);
  });

  it('reopens with a reason: the same forms are accepted and applied', async () => {
    await section().getByLabel('Reason').fill('Late correction from the police');
    await section().getByRole('button', { name: 'Reopen 2026-Q2' }).click();
    await section().getByText('2026-Q2 reopened: its forms can be imported again.').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-file="pol.xlsx"]')?.getAttribute('data-status') === 'ready',
    );
    await expect(status('soc.xlsx')).resolves.toBe('ready');
    await panel().getByRole('button', { name: 'Apply' }).click();
    await panel().getByText('2 of 3 files imported').waitFor({ timeout: 30_000 });
    const ledger = await session.workbook<{ bodyValues: unknown[][] }>('table', 'NapProgress');
    expect(ledger.bodyValues.find((row) => row[1] === 'POL' && row[2] === 'I4.1')?.[3]).toBe(45);
    const audit = await session.workbook<{ bodyValues: unknown[][] }>('table', 'NapAudit');
    expect(audit.bodyValues.map((row) => [row[2], row[3]])).toEqual([
      ['Period closed', '2026-Q2'],
      ['Period reopened', '2026-Q2'],
      ['Import', '2026-Q2'],
      ['Import', '2026-Q2'],
      ['Refused', ''],
    ]);
  });

  it('fits a 320 px pane', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await section().scrollIntoViewIfNeeded();
    expect(await overflows(page)).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/import-period-320.png` });
    await page.setViewportSize({ width: 1440, height: 1000 });
  });
});

describe('the period section with the keyboard alone, in the dark theme', () => {
  let dark: Page;

  beforeAll(async () => {
    dark = await page.context().newPage();
    // What a screen reader is told: Fluent's announcer speaks through document.ariaNotify where it exists.
    await dark.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { napSpoken: string[] }).napSpoken = spoken;
      (document as unknown as { ariaNotify: (text: string) => void }).ariaNotify = (text) => void spoken.push(text);
    });
    await dark.setViewportSize({ width: 1440, height: 1000 });
    await dark.goto(`${new URL(page.url()).origin}/preview.html?theme=dark`);
    await setUpExamplePlan(dark);
    await pane(dark).getByRole('tab', { name: 'Import', exact: true }).click();
    await section(dark).waitFor();
  }, 120_000);

  afterAll(async () => {
    await dark?.close();
  });

  it('closes a period from the keyboard, says so aloud and keeps focus on the action', async () => {
    const select = section(dark).getByLabel('Period to close or reopen');
    await select.focus();
    await dark.keyboard.press('Home');
    const first = await select.inputValue();
    await dark.keyboard.press('Tab');
    await expect(isFocused(section(dark).getByLabel('Reason'))).resolves.toBe(true);
    await dark.keyboard.type('Annual report adopted');
    await dark.keyboard.press('Tab');
    await dark.keyboard.press('Tab');
    const button = section(dark).getByRole('button', { name: `Close ${first}` });
    await expect(isFocused(button)).resolves.toBe(true);
    await dark.keyboard.press('Enter');
    const said = `${first} closed: imports for it are refused until reopened.`;
    await section(dark).getByText(said).waitFor();
    await expect(isFocused(section(dark).getByRole('button', { name: `Reopen ${first}` }))).resolves.toBe(true);
    const spoken = await eventually(
      () => dark.evaluate(() => (window as unknown as { napSpoken: string[] }).napSpoken.slice()),
      (texts) => texts.some((text) => text.includes(said)),
    );
    expect(spoken.some((text) => text.includes(said))).toBe(true);
    expect(await axeViolations(dark)).toEqual([]);
    await section(dark).scrollIntoViewIfNeeded();
    await dark.screenshot({ path: `${ARTIFACTS}/import-period-dark.png` });
    await dark.setViewportSize({ width: 320, height: 900 });
    await section(dark).scrollIntoViewIfNeeded();
    expect(await overflows(dark)).toBe(false);
    await dark.screenshot({ path: `${ARTIFACTS}/import-period-dark-320.png` });
  });
});
