import type { Page } from 'playwright-core';
import { translate } from '../../src/core/i18n/translate';
import { launchChromium } from '../support/browser';
import { serveDist } from '../support/staticServer';

/**
 * The preview honours the pane-language choice as Office does: a language chosen in the pane's picker
 * wins over the display language (`?lang=` in the preview) the next time the pane opens.
 * Needs a build first (npm test does it; NAP_DIST picks the folder).
 */
let server: Awaited<ReturnType<typeof serveDist>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function setUpButton(language: 'en' | 'sq' | 'sr-Latn'): Promise<void> {
  await page
    .locator('#taskpane')
    .getByRole('button', { name: translate(language, 'ui.setup.run'), exact: true })
    .waitFor();
}

it('keeps the language chosen in the pane when the preview is opened again, over the display language', async () => {
  await page.goto(`${server.url}/preview.html?lang=sr-Latn-RS`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await setUpButton('sr-Latn');

  await page
    .locator('#taskpane')
    .getByLabel(translate('sr-Latn', 'interfaceLanguage.label'))
    .selectOption({ label: translate('en', 'enum.language.sq') });
  await setUpButton('sq');

  await page.reload();
  await setUpButton('sq');
  expect(
    await page
      .locator('#taskpane')
      .getByRole('tab', { name: translate('sq', 'ui.tab.check') })
      .count(),
  ).toBe(1);
  expect(await page.locator('#taskpane').getAttribute('aria-label')).toBe(translate('sq', 'common.appName'));

  // Without a choice kept, the display language decides again.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await setUpButton('sr-Latn');
});
