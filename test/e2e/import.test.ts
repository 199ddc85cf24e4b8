import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { makeFormsInPreview } from '../support/previewForms';
import { ARTIFACTS, openPreview, setUpExamplePlan, type PreviewSession } from '../support/previewSession';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';

/**
 * The Import panel of the built task pane in Chromium, on the preview's simulated workbook: forms made by
 * the Forms panel, filled as agencies would (one with "12 cases", one with a date of birth in a comment) and
 * a file that is no workbook, set on the file input together; the dry run per file, then Apply.
 */

let session: PreviewSession;
let page: Page;
let pageErrors: string[];
let forms: Record<string, Uint8Array>;

const workbook = <T>(method: string, ...args: unknown[]) => session.workbook<T>(method, ...args);

const panel = () => page.locator('[data-panel="import"]');

beforeAll(async () => {
  session = await openPreview({ width: 1440, height: 1000 });
  ({ page, pageErrors } = session);
  await setUpExamplePlan(page);
  forms = await makeFormsInPreview(page, '2026-Q2');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('the Import panel', () => {
  it('reads the picked files and shows, per file, what the import would do', async () => {
    const pol = await fillReturnForm(forms['2026-Q2_POL.xlsx'], {
      'I4.1|value': 45,
      'I4.1|assessment': 'On track',
      'I4.1|comment': 'Victim A.B., born 12.03.2004, now safe',
      '4.1.2|implementation': 'Ongoing',
    });
    const soc = await fillReturnForm(forms['2026-Q2_SOC.xlsx'], {
      'I2.2|value': '12 cases',
      '2.1.2|implementation': 'Completed',
    });
    await page.locator('#taskpane').getByRole('tab', { name: 'Import', exact: true }).click();
    await panel()
      .locator('#import-files')
      .setInputFiles([
        {
          name: 'pol.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(pol),
        },
        {
          name: 'soc.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(soc),
        },
        {
          name: 'notes.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from('just text'),
        },
      ]);
    await panel().getByText('What the import would do').waitFor({ timeout: 30_000 });
    await expect(panel().locator('[data-file="pol.xlsx"]').getAttribute('data-status')).resolves.toBe('personalData');
    await expect(panel().locator('[data-file="soc.xlsx"]').getAttribute('data-status')).resolves.toBe('problems');
    await expect(panel().locator('[data-file="notes.xlsx"]').getAttribute('data-status')).resolves.toBe('refused');
    await panel().getByText('"12 cases" has words next to the number', { exact: false }).waitFor();
    await panel().getByText('seems to hold a date of birth', { exact: false }).waitFor();
    await panel().locator('[data-reminder="ATC"]').waitFor();
    await expect(panel().locator('[data-reminder="ATC"] a').count()).resolves.toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/import-dry-run.png` });
    await panel().locator('[data-register]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/import-dry-run-register.png` });
  });

  it('applies once personal data is removed: the ledger, the register and the audit in the workbook', async () => {
    await panel().locator('[data-file="pol.xlsx"]').getByRole('radio', { name: 'Remove it' }).check();
    await panel().getByRole('button', { name: 'Apply' }).click();
    await panel().getByText('1 of 3 files imported').waitFor({ timeout: 30_000 });
    await expect(panel().locator('[data-file="pol.xlsx"]').getAttribute('data-status')).resolves.toBe('applied');
    await expect(panel().locator('[data-file="soc.xlsx"]').getAttribute('data-status')).resolves.toBe('problems');
    const ledger = await workbook<{ bodyValues: unknown[][]; headers: string[] }>('table', 'NapProgress');
    const pol = ledger.bodyValues.filter((row) => row[1] === 'POL' && row[2] === 'I4.1');
    expect(pol).toHaveLength(1);
    expect(pol[0][3]).toBe(45);
    expect(pol[0]).toContain('Victim A.B., […], now safe');
    const register = await workbook<{ bodyValues: unknown[][] }>('table', 'NapSubmissions');
    expect(register.bodyValues.find((row) => row[0] === 'POL')?.[7]).toBe('Accepted');
    const audit = await workbook<{ bodyValues: unknown[][] }>('table', 'NapAudit');
    expect(audit.bodyValues.map((row) => [row[2], row[6]])).toEqual([
      ['Import', 'pol.xlsx'],
      ['Refused', 'notes.xlsx'],
    ]);
    const downloading = page.waitForEvent('download');
    await panel().getByRole('button', { name: 'Feedback copies for the agencies' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('feedback-copies.zip');
    const copies = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(copies).sort()).toEqual(['pol-feedback.xlsx', 'soc-feedback.xlsx']);
    await panel().locator('[data-file="pol.xlsx"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/import-applied.png` });
    await page
      .getByRole('tab', { name: 'Progress' })
      .first()
      .click()
      .catch(() => undefined);
    await page.screenshot({ path: `${ARTIFACTS}/import-ledger.png` });
    expect(pageErrors).toEqual([]);
  });
});
