import type { Language } from '../../model/enums';

/**
 * The full BCP 47 tag each language formats values with. English is British: the plans are European and
 * "5 March 2026" reads unambiguously where "3/5/2026" does not.
 */
export const LOCALE_TAGS: Record<Language, string> = {
  en: 'en-GB',
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
  sq: 'sq-AL',
  mk: 'mk-MK',
  bs: 'bs-Latn-BA',
};
