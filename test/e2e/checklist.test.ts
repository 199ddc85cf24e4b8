import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../src/devtools/chromium';
import { eventually } from '../support/eventually';
import { serveDist } from '../../src/devtools/staticServer';

/**
 * The plan-quality checklist in the built task pane on the preview page: the user answers yes, no or not
 * applicable, the answer lands in the Checks sheet beside the data's own answers. Needs a build first.
 */
const ARTIFACTS = resolve(__dirname, '../../test-artifacts');

let server: Awaited<ReturnType<typeof serveDist>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

function checklistTable(): Promise<{ headers: string[]; bodyValues: unknown[][] }> {
  return page.evaluate(() => {
    const target = (window as unknown as { napPreviewWorkbook: { table: (name: string) => unknown } })
      .napPreviewWorkbook;
    return JSON.parse(JSON.stringify(target.table('NapChecklist')));
  });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDist();
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole('button', { name: 'Set up', exact: true }).waitFor();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

it('takes yes, no or not applicable for an item the data cannot answer, and keeps it in the Checks sheet', async () => {
  await page.getByLabel('Country').fill('Montenegro');
  await page.getByLabel('Period starts').fill('2026-01-01');
  await page.getByLabel('Period ends').fill('2028-12-31');
  await page.getByRole('radio', { name: "The guide's example plan (Annex 3)" }).check();
  await page.getByRole('button', { name: 'Set up', exact: true }).click();
  await page.getByText('set up with the example plan', { exact: false }).waitFor();
  await page.locator('#taskpane').getByRole('tab', { name: 'Check', exact: true }).click();
  await page.getByRole('button', { name: 'Check the plan' }).click();

  const risks = page.getByRole('radiogroup', { name: /risk assessment/u });
  await risks.getByRole('radio', { name: 'Not applicable' }).check();
  const answerOf = (table: { headers: string[]; bodyValues: unknown[][] }) =>
    table.bodyValues.find((values) => values[0] === 'annex1-risks')?.[table.headers.indexOf('Your answer')];
  const table = await eventually(checklistTable, (read) => answerOf(read) === 'Not applicable');
  expect(answerOf(table)).toBe('Not applicable');
  const fromData = table.bodyValues.map((values) => values[table.headers.indexOf('From the data')]);
  expect(fromData).toContain('Yes');
  await risks.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTIFACTS}/checklist-320.png` });

  await page.getByRole('button', { name: 'Check the plan' }).click();
  await expect(risks.getByRole('radio', { name: 'Not applicable' }).isChecked()).resolves.toBe(true);
});
