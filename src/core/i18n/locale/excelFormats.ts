import type { Language } from '../../model/enums';

/**
 * Number-format codes for date cells, so a date stays an Excel serial and reads in the plan's order. Excel
 * localises separators in "#,##0.00" itself; only the order of day, month and year needs choosing. No
 * trailing dot for Serbian and Bosnian: a literal dot after the year is read inconsistently by spreadsheet
 * programs, and the dotted day.month.year order is what matters to the reader.
 */
export const EXCEL_DATE_FORMATS: Record<Language, string> = {
  en: 'dd/mm/yyyy',
  'sr-Latn': 'dd.mm.yyyy',
  'sr-Cyrl': 'dd.mm.yyyy',
  sq: 'dd.mm.yyyy',
  mk: 'dd.mm.yyyy',
  bs: 'dd.mm.yyyy',
};
