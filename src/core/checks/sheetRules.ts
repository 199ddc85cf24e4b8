import type { ReadIssue } from '../model/readIssue';
import type { Emit } from './report';

const RULE_OF_KIND = {
  unknownListValue: 'sheet.unknown-list-value',
  missingColumn: 'sheet.missing-column',
  missingTable: 'sheet.missing-table',
} as const;

/** What the sheet reader could not take as typed becomes a finding on the row it is on. */
export function emitReadIssue(issue: ReadIssue, emit: Emit): void {
  emit(RULE_OF_KIND[issue.kind], issue.column, {
    table: issue.table,
    row: issue.row === null ? '' : issue.row + 1,
    column: issue.column ?? '',
    value: issue.value ?? '',
  });
}
