import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';
import type { Page } from 'playwright-core';
import webpack from 'webpack';
import { en } from '../../src/core/i18n/en';
import { LOCALE_TAGS, localeFormat } from '../../src/core/i18n/locale';
import { messageForms } from '../../src/core/i18n/message';
import { registeredCatalogues, translate } from '../../src/core/i18n/translate';
import { Language } from '../../src/core/model/enums';
import { launchChromium } from '../../src/devtools/chromium';
import { serveDist } from '../../src/devtools/staticServer';

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

/** Lower-case words of at least three letters, the unit the English scan compares. */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/**
 * Words of the English catalogue that the language's own catalogue never uses: product and file names,
 * autonyms and codes are in both, so what is left can only be English that was not translated.
 */
function englishOnlyWords(language: Language): Set<string> {
  const own = new Set(
    Object.values(registeredCatalogues()[language] ?? {}).flatMap((m) => messageForms(m!).flatMap(words)),
  );
  // The language picker names every language in itself, as the English catalogue holds them.
  for (const named of Language.options) for (const word of words(en[`enum.language.${named}`])) own.add(word);
  const english = Object.values(en).flatMap((m) =>
    messageForms(m).flatMap((form) => words(form.replace(/\{\w+\}/g, ''))),
  );
  return new Set(english.filter((word) => !own.has(word)));
}

async function englishLeftIn(page: Page, language: Language): Promise<string[]> {
  const shown = await page.locator('#taskpane').innerText();
  const english = englishOnlyWords(language);
  return [...new Set(words(shown).filter((word) => english.has(word)))];
}

describe.each(Language.options.filter((language) => language !== 'en'))('the task pane in %s', (language) => {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  let page: Page;

  beforeAll(async () => {
    page = await chromium.browser.newPage();
    // Each language starts from Office's display language, not from a choice kept by an earlier page.
    await page.addInitScript(() => window.localStorage.clear());
    await page.goto(`${server.url}/preview.html?lang=${LOCALE_TAGS[language]}`);
    await page
      .locator('#taskpane')
      .getByRole('button', { name: t('ui.setup.run'), exact: true })
      .waitFor();
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  it('shows no English in any panel, before and after each action, and speaks the language', async () => {
    const pane = page.locator('#taskpane');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(LOCALE_TAGS[language]);
    expect(await englishLeftIn(page, language)).toEqual([]);
    await pane.getByRole('radio', { name: t('ui.setup.startEmpty') }).check();
    await pane.getByRole('button', { name: t('ui.setup.run'), exact: true }).click();
    await pane.getByRole('heading', { name: t('ui.settings.heading') }).waitFor();
    expect(await englishLeftIn(page, language)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/language-${language}-setup.png` });

    await pane.getByRole('tab', { name: t('ui.tab.check') }).click();
    await pane.getByRole('button', { name: t('ui.check.run') }).click();
    await pane.getByRole('heading', { name: t('ui.check.checklist') }).waitFor();
    expect(await englishLeftIn(page, language)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/language-${language}-check.png` });

    await pane.getByRole('tab', { name: t('ui.tab.status') }).click();
    await pane.getByRole('button', { name: t('ui.status.run') }).click();
    await pane.getByText(t('ui.status.noIndicators').split('{asOf}')[0].trim(), { exact: false }).waitFor();
    expect(await englishLeftIn(page, language)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/language-${language}-status.png` });
  });
});

/** The locale module bundled on its own for the browser, as the pane would ship it. */
async function bundleLocaleModule(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'nap-locale-'));
  const compiler = webpack({
    mode: 'development',
    target: 'web',
    devtool: false,
    entry: resolve(__dirname, '../../src/core/i18n/locale/index.ts'),
    output: { path: out, filename: 'locale.js', library: { name: 'napLocale', type: 'window' } },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2019' } } },
        },
      ],
    },
  });
  await new Promise<void>((done, fail) =>
    compiler.run((error, stats) => (error || stats?.hasErrors() ? fail(error ?? stats?.toString()) : done())),
  );
  const code = readFileSync(join(out, 'locale.js'), 'utf8');
  rmSync(out, { recursive: true, force: true });
  return code;
}

describe('values in the locale, in Chromium', () => {
  it('come out as CLDR writes them in every language, where Chromium lacks the data too', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${server.url}/preview.html`);
    await page.addScriptTag({ content: await bundleLocaleModule() });
    const sample = (format: ReturnType<typeof localeFormat>) => [
      format.number(1234567.891),
      format.number(1234),
      format.percent(0.457),
      format.currency(1234.5, 'EUR'),
      format.date('2026-03-05'),
      format.date('2026-11-30', 'numeric'),
    ];
    const inBrowser = await page.evaluate((languages) => {
      const module = (window as unknown as { napLocale: { localeFormat: typeof localeFormat } }).napLocale;
      return languages.map((language) => {
        const format = module.localeFormat(language);
        return {
          source: format.source,
          values: [
            format.number(1234567.891),
            format.number(1234),
            format.percent(0.457),
            format.currency(1234.5, 'EUR'),
            format.date('2026-03-05'),
            format.date('2026-11-30', 'numeric'),
          ],
        };
      });
    }, Language.options);
    Language.options.forEach((language, index) => {
      expect([language, inBrowser[index].values]).toEqual([language, sample(localeFormat(language))]);
    });
    // Chromium's bundled ICU lacks Albanian and Macedonian: the carried formats write them.
    const sources = Object.fromEntries(Language.options.map((language, index) => [language, inBrowser[index].source]));
    expect(sources).toMatchObject({ sq: 'carried', mk: 'carried' });
    expect(inBrowser[Language.options.indexOf('sq')].values[4]).toBe('5 mars 2026');
    await page.close();
  }, 60_000);
});
