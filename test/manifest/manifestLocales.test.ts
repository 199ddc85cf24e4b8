import * as fs from 'node:fs';
import * as path from 'node:path';
import { LOCALE_TAGS } from '../../src/core/i18n/locale';
import { translate, type MessageKey } from '../../src/core/i18n/translate';
import { Language } from '../../src/core/model/enums';
import {
  assetIconLookup,
  checkManifest,
  localizedManifestTexts,
  type ManifestProblem,
} from '../../src/devtools/manifest-check';

const root = path.resolve(__dirname, '..', '..');
const manifestXml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const lookup = assetIconLookup(path.join(root, 'assets'));

/** Which catalogue message each localised text of the manifest shows. */
const MESSAGES: Record<string, MessageKey> = {
  DisplayName: 'manifest.displayName',
  Description: 'manifest.description',
  'GetStarted.Title': 'manifest.getStartedTitle',
  'GetStarted.Description': 'manifest.getStartedDescription',
  'CommandsGroup.Label': 'manifest.groupLabel',
  'TaskpaneButton.Label': 'manifest.buttonLabel',
  'TaskpaneButton.Tooltip': 'manifest.buttonTooltip',
};

function localeProblems(xml: string): ManifestProblem[] {
  return checkManifest(xml, lookup).filter((problem) => problem.rule === 'locale');
}

describe('the manifest in six languages', () => {
  it('gives name, description and ribbon texts in every language, with the full tags Office uses, as the catalogues say', () => {
    const texts = localizedManifestTexts(manifestXml);
    const expected: Record<string, Record<string, string>> = {};
    for (const language of Language.options) {
      const tag = language === 'en' ? 'en-US' : LOCALE_TAGS[language];
      expected[tag] = Object.fromEntries(
        Object.entries(MESSAGES).map(([name, key]) => [name, translate(language, key)]),
      );
    }
    expect(texts).toEqual(expected);
    expect(Object.keys(texts).sort()).toEqual(['bs-Latn-BA', 'en-US', 'mk-MK', 'sq-AL', 'sr-Cyrl-RS', 'sr-Latn-RS']);
    expect(texts['sr-Cyrl-RS'].Description).toMatch(/трговине људима/);
  });

  it('refuses a bare language name, a repeated override and an override of the default locale', () => {
    expect(localeProblems(manifestXml)).toEqual([]);
    const bare = manifestXml.replace(
      '<Override Locale="mk-MK" Value="NAP Monitor"/>',
      '<Override Locale="mk" Value="NAP Monitor"/>',
    );
    expect(localeProblems(bare).map((p) => p.message)).toEqual([
      '<DisplayName> overrides "mk", which is not a full language tag',
    ]);
    const twice = manifestXml.replace(
      '<bt:Override Locale="sq-AL" Value="NAP Monitor është gati"/>',
      '<bt:Override Locale="sq-AL" Value="NAP Monitor është gati"/><bt:Override Locale="sq-AL" Value="Gati"/>',
    );
    expect(localeProblems(twice).map((p) => p.message)).toContain(
      '<bt:String id="GetStarted.Title"> overrides sq-AL more than once',
    );
    const defaultAgain = manifestXml.replace(
      '<Override Locale="bs-Latn-BA" Value="NAP Monitor"/>',
      '<Override Locale="en-US" Value="NAP Monitor"/>',
    );
    expect(localeProblems(defaultAgain).map((p) => p.message)).toEqual([
      '<DisplayName> overrides en-US more than once',
    ]);
  });

  it('holds every override to the length limits too', () => {
    const long = manifestXml.replace(
      '<Override Locale="mk-MK" Value="NAP Monitor"/>',
      `<Override Locale="mk-MK" Value="${'М'.repeat(126)}"/>`,
    );
    expect(checkManifest(long, lookup).map((p) => p.message)).toEqual(['<DisplayName> is 126 characters, max 125']);
  });
});
