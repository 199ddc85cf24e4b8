import type ExcelJS from 'exceljs';
import type { Translator } from '../../core/i18n/translate';
import { listSource, type InputKind } from '../../sheets/returnForm';

/** Excel refuses a data-validation error title longer than 32 characters and a message over 255. */
const MAX_ERROR_TITLE = 32;
const MAX_ERROR_MESSAGE = 255;
/** A date before 1900 or after 2200 is a typing error in a progress report. */
const FIRST_DAY = new Date(Date.UTC(1900, 0, 1));
const LAST_DAY = new Date(Date.UTC(2200, 11, 31));

/**
 * Excel's validation for a kind of input cell, with an error alert that says what to type: numbers as
 * numbers, counts and amounts not below zero, dates as dates, dropdowns only from their list. Free text
 * has none.
 */
export function inputValidation(kind: InputKind, t: Translator): ExcelJS.DataValidation | null {
  const alert = (message: Parameters<Translator>[0]) => ({
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: t('forms.validation.title').slice(0, MAX_ERROR_TITLE),
    error: t(message).slice(0, MAX_ERROR_MESSAGE),
  });
  switch (kind) {
    case 'number':
      return { type: 'decimal', operator: 'between', formulae: [-1e15, 1e15], ...alert('forms.validation.number') };
    case 'count':
    case 'amount':
      return {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        ...alert('forms.validation.notNegative'),
      };
    case 'date':
      return { type: 'date', operator: 'between', formulae: [FIRST_DAY, LAST_DAY], ...alert('forms.validation.date') };
    case 'assessment':
    case 'implementation':
      return { type: 'list', formulae: [listSource(kind)], ...alert('forms.validation.list') };
    default:
      return null;
  }
}
