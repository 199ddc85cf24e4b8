import type { Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import type { ProgressRow } from '../../core/model/progress';
import { isIsoDate, isoToSerial } from '../../core/values/isoDate';

/** A ledger row as the Progress table's cells: choices as labels in the plan language, dates as dates. */
export function ledgerRecord(row: ProgressRow, t: Translator): Record<string, CellValue> {
  const received =
    typeof row.received === 'string' && isIsoDate(row.received) ? isoToSerial(row.received) : row.received;
  return {
    period: row.period,
    agency: row.agency,
    code: row.code,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    category: row.category,
    implementation: row.implementation === null ? '' : t(`enum.implementation.${row.implementation}`),
    assessment: row.assessment === null ? '' : t(`enum.assessment.${row.assessment}`),
    outputs: row.outputs,
    activities: row.activities,
    budgetSpent: row.budgetSpent,
    donors: row.donors,
    comment: row.comment,
    source: row.source,
    received,
    submission: row.submission ?? '',
    supersededBy: row.supersededBy ?? '',
  };
}
