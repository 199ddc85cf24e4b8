import { readEstimate } from '../../../src/core/checks/financialEstimate';
import { en, type MessageKey } from '../../../src/core/i18n/en';
import { GLOSSARY, stemPattern } from '../../../src/core/i18n/glossary';
import { LOCALE_TAGS } from '../../../src/core/i18n/locale';
import { registerAllLanguages } from '../../../src/core/i18n/allLanguages';
import { messageForms, type Catalogue, type Message } from '../../../src/core/i18n/message';
import { registeredCatalogues, translate } from '../../../src/core/i18n/translate';
import { latinToCyrillic } from '../../../src/core/i18n/transliterate';
import { Language } from '../../../src/core/model/enums';
import { statusSettingsFromRecord } from '../../../src/core/status/thresholds';
import { parseDateLike } from '../../../src/core/values/dateLike';

registerAllLanguages();
const catalogues = registeredCatalogues() as Readonly<Record<Language, Catalogue>>;
const KEYS = Object.keys(en) as MessageKey[];
const TRANSLATED = Language.options.filter((language) => language !== 'en');

function placeholders(message: Message): string[] {
  const names = new Set<string>();
  for (const form of messageForms(message)) for (const match of form.matchAll(/\{(\w+)\}/g)) names.add(match[1]);
  return [...names].sort();
}

/** Every key of every catalogue, fails with the list of what each language lacks, to hand to translators. */
function missingKeys(): Record<string, MessageKey[]> {
  const missing: Record<string, MessageKey[]> = {};
  for (const language of TRANSLATED) {
    const lacking = KEYS.filter((key) => catalogues[language][key] === undefined);
    if (lacking.length) missing[language] = lacking;
  }
  return missing;
}

describe('the catalogues', () => {
  it('have every English key in every language', () => {
    const missing = missingKeys();
    const report = Object.entries(missing)
      .map(([language, keys]) => `${language} lacks ${keys.length} keys:\n  ${keys.join('\n  ')}`)
      .join('\n');
    if (report) throw new Error(`Messages missing from the catalogues:\n${report}`);
  });

  it('have no key that English lacks, and the same placeholders as English in every message', () => {
    for (const language of TRANSLATED) {
      for (const [key, message] of Object.entries(catalogues[language])) {
        expect([language, key, key in en]).toEqual([language, key, true]);
        expect([language, key, placeholders(message!)]).toEqual([language, key, placeholders(en[key as MessageKey])]);
      }
    }
  });

  it('give every plural message the forms CLDR requires for its language, and no other', () => {
    for (const language of Language.options) {
      const required = new Intl.PluralRules(LOCALE_TAGS[language]).resolvedOptions().pluralCategories.sort();
      for (const [key, message] of Object.entries(catalogues[language])) {
        // A plain text is a translation worded so that no word agrees with the count ("Greške: {count}").
        if (typeof message === 'string') continue;
        expect([language, key, Object.keys(message!).sort()]).toEqual([language, key, required]);
      }
    }
    expect(new Intl.PluralRules(LOCALE_TAGS.bs).resolvedOptions().pluralCategories.sort()).toEqual([
      'few',
      'one',
      'other',
    ]);
  });

  it('use the glossary term wherever the English uses the term', () => {
    const wrong: string[] = [];
    for (const term of GLOSSARY) {
      const stems = { ...term.stems, 'sr-Cyrl': latinToCyrillic(term.stems['sr-Latn']) };
      for (const key of KEYS) {
        if (!messageForms(en[key]).some((form) => term.english.test(form.replace(/\{\w+\}/g, '')))) continue;
        for (const language of TRANSLATED) {
          const message = catalogues[language][key];
          const pattern = stemPattern(stems[language]);
          if (message && !messageForms(message).some((form) => pattern.test(form))) {
            wrong.push(`${language} ${key}: "${messageForms(message)[0]}" lacks "${stems[language]}" (${term.id})`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keep Serbian Cyrillic generated from Serbian Latin', () => {
    expect(Object.keys(catalogues['sr-Cyrl']).sort()).toEqual(Object.keys(catalogues['sr-Latn']).sort());
    expect(catalogues['sr-Cyrl']['preview.sheetTabs']).toBe(
      latinToCyrillic(catalogues['sr-Latn']['preview.sheetTabs'] as string),
    );
  });
});

describe('glossary stems', () => {
  it('match inflected forms and whole words only', () => {
    expect(stemPattern('trgovin* ljudima').test('suzbijanje trgovine ljudima')).toBe(true);
    expect(stemPattern('trafikim* * personave').test('Lufta kundër trafikimit të personave')).toBe(true);
    expect(stemPattern('pokazatelj*').test('Pokazatelji')).toBe(true);
    expect(stemPattern('dostav*').test('nedostaje')).toBe(false);
    expect(stemPattern('periudh* ~ raportimi*').test('në periudhën e ardhshme të raportimit')).toBe(true);
    expect(stemPattern('periudh* ~ raportimi*').test('një periudhë raportimi')).toBe(true);
    expect(stemPattern('periudh* ~ raportimi*').test('periudha e gjatë e kaluar e raportimit')).toBe(false);
    expect(stemPattern(latinToCyrillic('početn* vrednost*')).test('Почетна вредност')).toBe(true);
  });
});

describe('list labels that are read back', () => {
  it.each(Language.options)('%s: the quarter dropdown values read back as their quarters', (language) => {
    for (const quarter of [1, 2, 3, 4] as const) {
      const label = translate(language, `quarter.${quarter}`);
      expect([label, parseDateLike(label, { bound: 'start', defaultYear: 2026 })]).toEqual([
        label,
        expect.objectContaining({ kind: 'date', iso: `2026-${String(quarter * 3 - 2).padStart(2, '0')}-01` }),
      ]);
    }
  });
});

describe('values the messages tell users to type', () => {
  it.each(TRANSLATED)('%s: the "no funding required" the check advises is read as no funding', (language) => {
    const advice = translate(language, 'check.activity.financial-estimate-missing');
    const quoted = [...advice.matchAll(/[„"“]([^„"“”]+)[“”"]/g)].map((match) => match[1]);
    expect(quoted.length).toBeGreaterThan(0);
    expect(readEstimate(quoted[quoted.length - 1], 'comma')).toEqual({ kind: 'noFunding' });
  });
});

describe('answers the workbook writes in its language', () => {
  it.each(Language.options)('%s: the Yes and No of the status settings read back', (language) => {
    for (const [key, expected] of [
      ['answer.yes', true],
      ['answer.no', false],
    ] as const) {
      const { settings, issues } = statusSettingsFromRecord({
        'status.atRiskCountsAsOffTrack': translate(language, key),
      });
      expect([translate(language, key), issues, settings.atRiskCountsAsOffTrack]).toEqual([
        translate(language, key),
        [],
        expected,
      ]);
    }
  });
});

describe('labels read back in any language', () => {
  /** Keys grouped as readers see them: the values of one list, or the columns of one table. */
  function groups(prefix: string): Map<string, MessageKey[]> {
    const byGroup = new Map<string, MessageKey[]>();
    for (const key of KEYS.filter((k) => k.startsWith(`${prefix}.`))) {
      const parts = key.split('.');
      const group = parts.slice(0, parts.length > 2 ? 2 : 1).join('.');
      byGroup.set(group, [...(byGroup.get(group) ?? []), key]);
    }
    return byGroup;
  }

  it.each(['enum', 'col', 'answer', 'quarter', 'severity'])(
    'never name two %s entries of one group alike, in any pair of languages',
    (prefix) => {
      const clashes: string[] = [];
      for (const [group, keys] of groups(prefix)) {
        const owner = new Map<string, MessageKey>();
        for (const key of keys) {
          for (const text of Language.options.map((language) => translate(language, key).trim().toLowerCase())) {
            const other = owner.get(text);
            if (other && other !== key) clashes.push(`${group}: "${text}" names both ${other} and ${key}`);
            owner.set(text, key);
          }
        }
      }
      expect(clashes).toEqual([]);
    },
  );
});
