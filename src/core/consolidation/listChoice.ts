import { allTranslations, type MessageKey } from '../i18n/translate';
import { cellText } from '../model/cell';
import type { CellValue } from '../model/cell';

function fold(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase();
}

/**
 * Which option of a dropdown a returned cell holds: its label in any catalogue language or its stored
 * value, ignoring case and spacing. null when the cell holds something the list does not offer (a value
 * pasted over the dropdown, or typed where the other program kept no validation).
 */
export function listChoice<V extends string>(value: CellValue, family: string, options: readonly V[]): V | null {
  const typed = fold(cellText(value));
  for (const option of options) {
    if (fold(option) === typed) return option;
    if (allTranslations(`enum.${family}.${option}` as MessageKey).some((label) => fold(label) === typed)) return option;
  }
  return null;
}
