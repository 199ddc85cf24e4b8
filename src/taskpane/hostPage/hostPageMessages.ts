import { registerAllLanguages } from '../../core/i18n/allLanguages';
import { translate } from '../../core/i18n/translate';
import { Language } from '../../core/model/enums';

export interface HostPageTexts {
  unsupported: { title: string; body: string; ways: string[] };
  outside: { title: string; body: string };
}

function textsIn(language: Language): HostPageTexts {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return {
    unsupported: {
      title: t('hostPage.unsupported.title'),
      body: t('hostPage.unsupported.body'),
      ways: [t('hostPage.unsupported.web'), t('hostPage.unsupported.newer'), t('hostPage.unsupported.cli')],
    },
    outside: { title: t('hostPage.outside.title'), body: t('hostPage.outside.body') },
  };
}

/**
 * The host page's texts in every language, as a JavaScript literal for an inline script. Built when the
 * page is built (taskpane.html), so the page needs no bundle; "<" and the line separators JSON allows but
 * old JavaScript does not are escaped.
 */
export function hostPageMessagesLiteral(): string {
  registerAllLanguages();
  const messages = Object.fromEntries(Language.options.map((language) => [language, textsIn(language)]));
  return JSON.stringify(messages).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
