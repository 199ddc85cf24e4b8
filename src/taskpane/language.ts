import type { Language } from '../core/model/enums';

/** Office's display language ("sr-Latn-RS", "mk-MK") mapped onto the languages NAP Monitor speaks. */
export function languageFromOffice(displayLanguage: string | undefined): Language {
  const tag = (displayLanguage ?? '').toLowerCase();
  if (tag.startsWith('sr-cyrl')) return 'sr-Cyrl';
  if (tag.startsWith('sr')) return 'sr-Latn';
  if (tag.startsWith('sq')) return 'sq';
  if (tag.startsWith('mk')) return 'mk';
  if (tag.startsWith('bs')) return 'bs';
  return 'en';
}
