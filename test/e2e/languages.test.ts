import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'acorn';
import type { Page } from 'playwright-core';
import { translate } from '../../src/core/i18n/translate';
import type { Language } from '../../src/core/model/enums';
import { launchChromium } from '../support/browser';
import { serveDist } from '../support/staticServer';

/**
 * The task pane page where it cannot run, and the pane in each language, in real Chromium.
 * Needs a build first (npm test does it; NAP_DIST picks the folder).
 */
const DIST = resolve(__dirname, '../..', process.env.NAP_DIST || 'dist');
const ARTIFACTS = resolve(__dirname, '../../test-artifacts');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';

let server: Awaited<ReturnType<typeof serveDist>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  server = await serveDist();
  chromium = await launchChromium();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/**
 * Opens taskpane.html as a given browser would: office.js from Microsoft's CDN is answered by `officeJs`
 * (nothing: unreachable, as outside Office with no network), and the user agent is replaced before any
 * script runs.
 */
async function openTaskPane(query: string, options: { userAgent?: string; officeJs?: string } = {}): Promise<Page> {
  const page = await chromium.browser.newPage();
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    options.officeJs === undefined
      ? route.abort()
      : route.fulfill({ contentType: 'text/javascript', body: options.officeJs }),
  );
  if (options.userAgent) {
    await page.addInitScript((agent) => {
      Object.defineProperty(window.navigator, 'userAgent', { get: () => agent });
    }, options.userAgent);
  }
  await page.goto(`${server.url}/taskpane.html${query}`);
  return page;
}

describe('the task pane page where the pane cannot run', () => {
  it.each<[Language, string]>([
    ['en', ''],
    ['sr-Cyrl', '?lang=sr-Cyrl-RS'],
    ['sq', '?lang=sq-AL'],
  ])(
    'in Internet Explorer says plainly, in %s, that this Office cannot show it and what to use instead',
    async (language, query) => {
      const page = await openTaskPane(query, { userAgent: IE11 });
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      expect(await heading.textContent()).toBe(translate(language, 'hostPage.unsupported.title'));
      const ways = await page.getByRole('listitem').allTextContents();
      expect(ways).toEqual([
        translate(language, 'hostPage.unsupported.web'),
        translate(language, 'hostPage.unsupported.newer'),
        translate(language, 'hostPage.unsupported.cli'),
      ]);
      // No React: the bundle found no container to mount into.
      expect(await page.locator('#container').count()).toBe(0);
      expect(await page.getByRole('tab').count()).toBe(0);
      if (language === 'sr-Cyrl') await page.screenshot({ path: `${ARTIFACTS}/host-page-ie-sr-Cyrl.png` });
      await page.close();
    },
  );

  it('outside Office, with office.js unreachable, says to open it from Excel', async () => {
    const page = await openTaskPane('?lang=mk-MK');
    await page.getByRole('heading', { name: translate('mk', 'hostPage.outside.title') }).waitFor();
    expect(await page.locator('p').textContent()).toBe(translate('mk', 'hostPage.outside.body'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('mk');
    await page.close();
  });

  it('in a browser where office.js loads but finds no Office host, says the same', async () => {
    const officeJs = 'window.Office = { onReady: function (cb) { setTimeout(function () { cb({ host: null }); }); } };';
    const page = await openTaskPane('', { officeJs });
    await page.getByRole('heading', { name: translate('en', 'hostPage.outside.title') }).waitFor();
    await page.close();
  });

  it('inlines a script Internet Explorer can parse: ES5, nothing newer', () => {
    const html = readFileSync(resolve(DIST, 'taskpane.html'), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse('const x = () => 1;', { ecmaVersion: 5 })).toThrow();
  });
});
