import { dateParam } from '../i18n/params';
import type { ReadIssue } from '../model/readIssue';
import type { FindingParam } from './finding';
import type { Emit } from './report';

const RULE_OF_KIND = {
  unknownListValue: 'sheet.unknown-list-value',
  missingColumn: 'sheet.missing-column',
  missingTable: 'sheet.missing-table',
  becameDate: 'sheet.value-became-date',
} as const;

/**
 * What the sheet reader could not take as typed becomes a finding on the row it is on, naming the sheet,
 * the row as Excel numbers it and the column by its header in the user's language.
 */
export function emitReadIssue(issue: ReadIssue, emit: Emit): void {
  const column: FindingParam = issue.header === null ? (issue.column ?? '') : { key: issue.header };
  emit(RULE_OF_KIND[issue.kind], issue.column, {
    sheet: issue.sheet,
    row: issue.sheetRow,
    column,
    // Excel made a date of it: said as a date in the reader's language, like the cell shows it.
    value: issue.kind === 'becameDate' && issue.value ? dateParam(issue.value) : (issue.value ?? ''),
  });
}
