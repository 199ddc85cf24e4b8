import type { ProgressRow } from '../../core/model/progress';
import type { ReadIssue } from '../../core/model/readIssue';
import type { TableSnapshot } from '../gateway';
import { PROGRESS_TABLE } from '../layouts/tables';
import { cellWhere, codeOf, listValueOf, readRecords, textOf } from './tableReader';

const OPTIONAL = new Set(['submission', 'supersededBy']);

/** The progress ledger as records; labels typed in any UI language are understood. */
export function readLedger(snapshot: TableSnapshot | undefined): { ledger: ProgressRow[]; issues: ReadIssue[] } {
  if (!snapshot) return { ledger: [], issues: [] };
  const read = readRecords(PROGRESS_TABLE, snapshot);
  const { records } = read;
  // Ledgers from before the import have no submission columns; they read as rows typed by hand.
  const issues = read.issues.filter((issue) => !(issue.kind === 'missingColumn' && OPTIONAL.has(issue.column ?? '')));
  const ledger = records.map((r): ProgressRow => {
    const where = (column: string) => cellWhere(PROGRESS_TABLE, snapshot, r.__row, column);
    return {
      period: textOf(r.period),
      agency: textOf(r.agency),
      code: codeOf(r.code),
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      category: textOf(r.category),
      implementation: listValueOf('implementation', r.implementation, where('implementation'), issues),
      assessment: listValueOf('assessment', r.assessment, where('assessment'), issues),
      outputs: textOf(r.outputs),
      activities: textOf(r.activities),
      budgetSpent: r.budgetSpent,
      donors: textOf(r.donors),
      comment: textOf(r.comment),
      source: textOf(r.source),
      received: r.received,
      submission: textOf(r.submission),
      supersededBy: textOf(r.supersededBy),
      from: { table: PROGRESS_TABLE.name, row: r.__row },
    };
  });
  return { ledger, issues };
}
