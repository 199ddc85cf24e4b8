import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_TAGS } from '../core/i18n/locale';
import { translator, type Translator } from '../core/i18n/translate';
import type { Language } from '../core/model/enums';
import { browserStorage, rememberLanguage } from './languageChoice';

interface I18n {
  language: Language;
  t: Translator;
  /**
   * Switches the interface language (the language picker) and remembers it for the next time the pane
   * opens; the plan's own language is a setting apart.
   */
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n>({ language: 'en', t: translator('en'), setLanguage: () => undefined });

export function I18nProvider({
  language: initial,
  partitionKey,
  children,
}: {
  language: Language;
  /** Office's storage partition for the add-in, where Office has one (Excel on the web). */
  partitionKey?: string;
  children: ReactNode;
}) {
  const [language, setShown] = useState(initial);
  const value = useMemo(
    () => ({
      language,
      t: translator(language),
      setLanguage: (chosen: Language) => {
        rememberLanguage(chosen, browserStorage(), partitionKey);
        setShown(chosen);
      },
    }),
    [language, partitionKey],
  );
  // Screen readers pick their voice from the page's lang.
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAGS[language];
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
