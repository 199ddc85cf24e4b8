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

  it('falls back to English for a language whose catalogue lacks the message', () => {
    expect(translate('sr-Latn', 'ui.tab.setup')).toBe('Set up');
  });

  it('knows its keys and the texts of a key in every language', () => {
    expect(isMessageKey('ui.tab.check')).toBe(true);
    expect(isMessageKey('ui.tab.nothing')).toBe(false);
    expect(allTranslations('col.indicator.code')).toEqual(['Code']);
  });
});
