import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { periodToCollect, planPeriods } from '../../src/core/periods';
import { localToday } from '../../src/taskpane/today';
import { ARTIFACTS, openPreview, setUpExamplePlan, type PreviewSession } from '../support/previewSession';
import { readBack } from '../files/returnForm/exampleForms';

/**
 * The Forms panel of the built task pane in Chromium, on the preview's simulated workbook: build the forms,
 * receive them as one .zip download, and find them in the Submissions register as expected.
 */
const PLAN = { periodStart: '2026-01-01', periodEnd: '2028-12-31', reportingFrequency: 'quarterly' as const };

let session: PreviewSession;
let page: Page;
let pageErrors: string[];

const workbook = <T>(method: string, ...args: unknown[]) => session.workbook<T>(method, ...args);

const forms = () => page.locator('[data-panel="forms"]');

beforeAll(async () => {
  session = await openPreview({ width: 1440, height: 900 });
  ({ page, pageErrors } = session);
  await setUpExamplePlan(page);
}, 90_000);

afterAll(async () => {
  await session?.close();
});

describe('the Forms panel', () => {
  it('offers the plan periods, the period to collect first, and every agency with something to report', async () => {
    await page.locator('#taskpane').getByRole('tab', { name: 'Forms', exact: true }).click();
    const period = forms().getByLabel('Reporting period');
    await period.waitFor();
    const expected = periodToCollect(planPeriods(PLAN, { formDueDays: 15 }), localToday())!;
    await expect(period.inputValue()).resolves.toBe(expected.code);
    await expect(period.locator('option').count()).resolves.toBe(12);
    await expect(forms().getByRole('checkbox', { name: /^MOI/ }).isChecked()).resolves.toBe(true);
    await expect(forms().getByRole('checkbox', { name: /^JTC/ }).isDisabled()).resolves.toBe(true);
    await expect(forms().getByRole('button', { name: 'Make 5 forms' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/forms-panel.png` });
  });

  it('hands the chosen forms over as one zip and records them as expected in the Submissions sheet', async () => {
    await forms().getByLabel('Reporting period').selectOption('2026-Q2');
    await forms().getByRole('checkbox', { name: /^PPO/ }).uncheck();
    const downloading = page.waitForEvent('download');
    await forms().getByRole('button', { name: 'Make 4 forms' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('progress-forms-2026-Q2.zip');
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(zip).sort()).toEqual([
      '2026-Q2_ATC.xlsx',
      '2026-Q2_MOI.xlsx',
      '2026-Q2_POL.xlsx',
      '2026-Q2_SOC.xlsx',
    ]);
    const back = await readBack(zip['2026-Q2_POL.xlsx'], '2026-Q2_POL.xlsx');
    expect(back.meta).toMatchObject({ agency: 'POL', period: '2026-Q2', dueDate: '2026-07-15' });
    expect(back.digest).toBe(back.meta.digest);

    await forms().getByText('4 forms for 2026-Q2, due 15 July 2026').waitFor();
    await forms().getByText('Added to the Submissions sheet as expected: 4', { exact: false }).waitFor();
    const register = await workbook<{ sheet: string; bodyValues: unknown[][] }>('table', 'NapSubmissions');
    expect(register.sheet).toBe('Submissions');
    expect(register.bodyValues.map((row) => [row[0], row[1], row[7]])).toEqual([
      ['ATC', '2026-Q2', 'Expected'],
      ['MOI', '2026-Q2', 'Expected'],
      ['POL', '2026-Q2', 'Expected'],
      ['SOC', '2026-Q2', 'Expected'],
    ]);
    await forms().getByText('4 forms for 2026-Q2, due 15 July 2026').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/forms-built.png` });
  });

  it('adds nothing twice when the same forms are made again', async () => {
    const downloading = page.waitForEvent('download');
    await forms().getByRole('button', { name: 'Make 4 forms' }).click();
    await downloading;
    await forms().getByText('Added to the Submissions sheet as expected: 0', { exact: false }).waitFor();
    const register = await workbook<{ bodyValues: unknown[][] }>('table', 'NapSubmissions');
    expect(register.bodyValues).toHaveLength(4);
    await page
      .getByRole('tab', { name: 'Submissions' })
      .first()
      .click()
      .catch(() => undefined);
    await page.screenshot({ path: `${ARTIFACTS}/forms-register.png` });
    expect(pageErrors).toEqual([]);
  });
});
