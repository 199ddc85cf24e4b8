import type { Language } from '../core/model/enums';

/**
 * Office's display language mapped onto the languages NAP Monitor speaks. Office reports full tags
 * (sr-Latn-RS, sr-Cyrl-RS, bs-Latn-BA, mk-MK, sq-AL), and older Windows sr-Latn-CS / sr-Cyrl-CS. Some
 * builds and tools report bare "sr" (Serbian, script unsaid) or "sr-RS" (Serbian as spoken in Serbia,
 * script unsaid). CLDR's likely subtags make both Cyrillic, but we map them, and any other Serbian tag
 * without "Cyrl", to Latin: Office names its Serbian interfaces with the script, so a tag without one comes
 * from a tool rather than the user's choice, and the ministries' spreadsheets these plans live in are
 * mostly written in Latin. Whoever wants Cyrillic chooses it in the pane, and the choice is kept.
 */
// ES5 on purpose: the page for old Office (hostPage) runs this very function in Internet Explorer.
/* eslint-disable no-var */
export function languageFromOffice(displayLanguage: string | undefined): Language {
  var tag = String(displayLanguage || '').toLowerCase();
  var language = tag.split('-')[0];
  if (language === 'sr') return tag.indexOf('-cyrl') !== -1 ? 'sr-Cyrl' : 'sr-Latn';
  if (language === 'sq' || language === 'mk' || language === 'bs') return language;
  return 'en';
}
/* eslint-enable no-var */
