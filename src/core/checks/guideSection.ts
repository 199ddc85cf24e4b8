import type { Translator } from '../i18n/translate';

/** A section of the guide as the reader says it: "A.4.3" stays, "Annex 1" becomes "Prilog 1" in Serbian. */
export function guideSection(section: string, t: Translator): string {
  const annex = /^Annex (\d+)$/.exec(section);
  return annex ? t('guide.annex', { number: annex[1] }) : section;
}
