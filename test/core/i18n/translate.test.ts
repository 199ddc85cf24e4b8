import { allTranslations, isMessageKey, translate, translator } from '../../../src/core/i18n/translate';

describe('translate', () => {
  it('fills placeholders, repeated ones too, and leaves unknown ones visible', () => {
    expect(translate('en', 'error.fileTooLarge', { file: 'a.xlsx', limit: 20 })).toBe(
      'a.xlsx is larger than 20 MB and was not opened.',
    );
    expect(translate('en', 'error.fileTooLarge', { file: 'a.xlsx' })).toBe(
      'a.xlsx is larger than {limit} MB and was not opened.',
    );
    expect(translator('en')('setup.result.renamedSheet', { wanted: 'NAP', used: 'NAP (2)' })).toBe(
      'The sheet name "NAP" was taken, so the new sheet is called "NAP (2)".',
    );
  });

  it('chooses the plural form CLDR gives the count in each language', () => {
    expect(translate('en', 'preview.moreRows', { count: 1 })).toBe('Show 1 more row');
    expect(translate('en', 'preview.moreRows', { count: 21 })).toBe('Show 21 more rows');
    expect(translate('en', 'preview.moreRows', { count: 0 })).toBe('Show 0 more rows');
    const serbian = ['sr-Latn', 'bs'] as const;
    for (const language of serbian) {
      const forms = [1, 21, 2, 22, 5, 11, 12, 0].map((count) => translate(language, 'preview.moreRows', { count }));
      expect(new Set(forms.slice(0, 2).map((form) => form.replace(/\d+/, 'N'))).size).toBe(1);
      expect(forms[0].replace('1', '')).not.toBe(forms[2].replace('2', ''));
      expect(forms[2].replace('2', '')).not.toBe(forms[4].replace('5', ''));
      expect(forms[5].replace('11', '')).toBe(forms[4].replace('5', ''));
      expect(forms[6].replace('12', '')).toBe(forms[4].replace('5', ''));
    }
    expect(translate('mk', 'preview.moreRows', { count: 21 }).replace('21', '')).toBe(
      translate('mk', 'preview.moreRows', { count: 1 }).replace('1', ''),
    );
  });

  it('uses the other form when the count is missing or not a number', () => {
    expect(translate('en', 'preview.moreRows')).toBe('Show {count} more rows');
    expect(translate('en', 'preview.moreRows', { count: 'one' })).toBe('Show one more rows');
  });

  it('knows its keys and the texts of a key in every language, plural forms included', () => {
    expect(isMessageKey('ui.tab.check')).toBe(true);
    expect(isMessageKey('ui.tab.nothing')).toBe(false);
    expect(allTranslations('col.indicator.code')).toContain('Code');
    expect(allTranslations('preview.moreRows')).toEqual(
      expect.arrayContaining(['Show {count} more row', 'Show {count} more rows']),
    );
  });
});
