import type { MessageKey } from '../../core/i18n/translate';
import { AgencyAssessment, ImplementationStatus } from '../../core/model/progress';
import { cellAddress, quoteSheet } from '../layout';
import { LISTS_SHEET_NAME, type InputKind } from './formLayout';

/**
 * The dropdowns' options sit on the veryHidden lists sheet, one column per list, labels in the form's
 * language: Excel refuses inline lists over 255 characters, and translated labels soon exceed that.
 */
export const FORM_LISTS = [
  { kind: 'assessment', column: 0, values: AgencyAssessment.options, family: 'enum.assessment' },
  { kind: 'implementation', column: 1, values: ImplementationStatus.options, family: 'enum.implementation' },
] as const satisfies readonly { kind: InputKind; column: number; values: readonly string[]; family: string }[];

export type FormListKind = (typeof FORM_LISTS)[number]['kind'];

export function formList(kind: FormListKind) {
  return FORM_LISTS.find((list) => list.kind === kind)!;
}

/** The label of each option, as the lists sheet holds it and the agency picks it. */
export function listLabelKey(kind: FormListKind, value: string): MessageKey {
  return `${formList(kind).family}.${value}` as MessageKey;
}

/** The absolute range a dropdown of this list refers to, e.g. NapFormLists!$A$1:$A$2. */
export function listSource(kind: FormListKind): string {
  const list = formList(kind);
  const first = cellAddress(0, list.column).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
  const last = cellAddress(list.values.length - 1, list.column).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
  return `${quoteSheet(LISTS_SHEET_NAME)}!${first}:${last}`;
}
