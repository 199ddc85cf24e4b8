import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { exampleText } from '../../src/core/example/exampleText';
import { en } from '../../src/core/example/text/en';
import { LOCALE_TAGS } from '../../src/core/i18n/locale';
import { registeredCatalogues, translate } from '../../src/core/i18n/translate';
import type { Language } from '../../src/core/model/enums';
import { launchChromium } from '../../src/devtools/chromium';
import { serveDist } from '../../src/devtools/staticServer';

/**
 * The preview honours the pane-language choice as Office does: a language chosen in the pane's picker
 * wins over the display language (`?lang=` in the preview) the next time the pane opens.
 * Needs a build first (npm test does it; NAP_DIST picks the folder).
 */
const ARTIFACTS = resolve(__dirname, '../../test-artifacts');

let server: Awaited<ReturnType<typeof serveDist>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
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

/** Words of the English example plan that the language's example text and catalogue never use. */
async function englishExampleWords(language: Language): Promise<Set<string>> {
  const words = (text: unknown): string[] =>
    JSON.stringify(text)
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? [];
  // The language's own catalogue counts as its own words: the product name "NAP Monitor" is in every one.
  const own = new Set([...words(await exampleText(language)), ...words(registeredCatalogues()[language])]);
  return new Set(words(en).filter((word) => !own.has(word)));
}

describe.each(['sr-Latn', 'sq'] as const)('the example plan set up in %s', (language) => {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);

  it('shows the plan’s names in the language in the Check and Status panels', async () => {
    const view = await chromium.browser.newPage();
    await view.addInitScript(() => window.localStorage.clear());
    await view.goto(`${server.url}/preview.html?lang=${LOCALE_TAGS[language]}`);
    const pane = view.locator('#taskpane');
    await pane.getByRole('button', { name: t('ui.setup.run'), exact: true }).waitFor();
    await pane.getByLabel(t('ui.setup.periodStart')).fill('2026-01-01');
    await pane.getByLabel(t('ui.setup.periodEnd')).fill('2028-12-31');
    await pane.getByRole('radio', { name: t('ui.setup.startExample') }).check();
    await pane.getByRole('button', { name: t('ui.setup.run'), exact: true }).click();
    await pane.getByRole('heading', { name: t('ui.settings.heading') }).waitFor();
    const english = await englishExampleWords(language);
    const englishShown = async () =>
      [...new Set((await pane.innerText()).toLowerCase().match(/\p{L}{4,}/gu) ?? [])].filter((word) =>
        english.has(word),
      );

    await pane.getByRole('tab', { name: t('ui.tab.check') }).click();
    await pane.getByRole('button', { name: t('ui.check.run') }).click();
    await pane.getByRole('heading', { name: t('ui.check.checklist') }).waitFor();
    expect(await pane.innerText()).toContain((await exampleText(language)).areas['3']);
    expect(await englishShown()).toEqual([]);
    await view.screenshot({ path: `${ARTIFACTS}/language-example-${language}-check.png` });
    await view.setViewportSize({ width: 320, height: 900 });
    await view.screenshot({ path: `${ARTIFACTS}/language-example-${language}-check-320.png`, fullPage: true });
    await view.setViewportSize({ width: 1440, height: 900 });

    await pane.getByRole('tab', { name: t('ui.tab.status') }).click();
    await pane.getByRole('button', { name: t('ui.status.run') }).click();
    await pane.getByText(t('ui.status.areas'), { exact: true }).first().waitFor();
    expect(await pane.innerText()).toContain((await exampleText(language)).areas['2']);
    expect(await englishShown()).toEqual([]);
    await view.screenshot({ path: `${ARTIFACTS}/language-example-${language}-status.png` });
    await view.close();
  });
});
