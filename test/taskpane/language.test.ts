import { languageFromOffice } from '../../src/taskpane/language';
import { interfaceLanguage, rememberLanguage, type ChoiceStorage } from '../../src/taskpane/languageChoice';

function memoryStorage(): ChoiceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const blocked: ChoiceStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe("Office's display language", () => {
  it.each([
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-Cyrl-RS', 'sr-Cyrl'],
    ['sr-Cyrl-CS', 'sr-Cyrl'],
    ['sr-Latn-CS', 'sr-Latn'],
    ['sr-Cyrl-BA', 'sr-Cyrl'],
    ['sr', 'sr-Latn'],
    ['sr-RS', 'sr-Latn'],
    ['SR-CYRL-RS', 'sr-Cyrl'],
    ['sq-AL', 'sq'],
    ['sq', 'sq'],
    ['mk-MK', 'mk'],
    ['bs-Latn-BA', 'bs'],
    ['bs-Cyrl-BA', 'bs'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['srb', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s is spoken as %s', (display, expected) => {
    expect(languageFromOffice(display)).toBe(expected);
  });
});

describe('the language chosen in the pane', () => {
  it("wins over Office's, is kept in the add-in's storage partition, and a bad stored value is ignored", () => {
    const storage = memoryStorage();
    expect(interfaceLanguage('mk-MK', storage, 'part1')).toBe('mk');
    rememberLanguage('sr-Cyrl', storage, 'part1');
    expect(interfaceLanguage('mk-MK', storage, 'part1')).toBe('sr-Cyrl');
    expect(interfaceLanguage('mk-MK', storage, 'part2')).toBe('mk');
    expect([...storage.items.keys()]).toEqual(['part1nap-monitor.interface-language']);
    storage.items.set('part1nap-monitor.interface-language', 'klingon');
    expect(interfaceLanguage('mk-MK', storage, 'part1')).toBe('mk');
    rememberLanguage('sq', storage);
    expect(interfaceLanguage('en-US', storage)).toBe('sq');
  });

  it('follows Office when the browser blocks storage or there is none', () => {
    expect(interfaceLanguage('bs-Latn-BA', blocked)).toBe('bs');
    expect(() => rememberLanguage('sq', blocked)).not.toThrow();
    expect(interfaceLanguage('sq-AL', undefined)).toBe('sq');
  });
});
