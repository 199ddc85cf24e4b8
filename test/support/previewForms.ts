import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** The period's return forms made in the Forms panel of the preview, as the .zip hands them over: name → bytes. */
export async function makeFormsInPreview(page: Page, period: string): Promise<Record<string, Uint8Array>> {
  await page.locator('#taskpane').getByRole('tab', { name: 'Forms', exact: true }).click();
  const formsPanel = page.locator('[data-panel="forms"]');
  await formsPanel.getByLabel('Reporting period').selectOption(period);
  const downloading = page.waitForEvent('download');
  await formsPanel.getByRole('button', { name: /^Make \d+ forms$/ }).click();
  const download = await downloading;
  return unzipSync(new Uint8Array(readFileSync((await download.path())!)));
}
