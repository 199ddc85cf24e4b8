import { allTranslations, type MessageKey } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { textOf } from './tableReader';

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A value stored as its label (a state, an action), read back in any catalogue language or as its key;
 * null when the cell holds none of them.
 */
export function valueOfLabel<V extends string>(cell: CellValue, family: string, values: readonly V[]): V | null {
  const typed = fold(textOf(cell));
  if (typed === '') return null;
  return (
    values.find(
      (value) =>
        fold(value) === typed ||
        allTranslations(`${family}.${value}` as MessageKey).some((label) => fold(label) === typed),
    ) ?? null
  );
}
