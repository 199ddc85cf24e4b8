import type { Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { AuditAction, type AuditEntry } from '../../core/consolidation/auditEntry';
import type { TableSnapshot } from '../gateway';
import { AUDIT_TABLE } from '../layouts/audit';
import { valueOfLabel } from './labelCodec';
import { codeOf, readRecords, textOf } from './tableReader';

const countOf = (cell: CellValue | undefined): number | null =>
  typeof cell === 'number' && Number.isFinite(cell) ? cell : null;

/** The audit table as entries; a line whose action cannot be read is skipped, as nothing depends on it. */
export function readAudit(snapshot: TableSnapshot | undefined): AuditEntry[] {
  if (!snapshot) return [];
  return readRecords(AUDIT_TABLE, snapshot).records.flatMap((r) => {
    const action = valueOfLabel(r.action ?? null, 'import.audit', AuditAction.options);
    if (!action) return [];
    return [
      {
        time: textOf(r.time ?? null),
        who: textOf(r.who ?? null),
        action,
        period: codeOf(r.period ?? null),
        agency: codeOf(r.agency ?? null),
        formId: codeOf(r.formId ?? null),
        fileName: textOf(r.fileName ?? null),
        sha256: textOf(r.sha256 ?? null).toLowerCase(),
        values: countOf(r.values),
        superseded: countOf(r.superseded),
        problems: countOf(r.problems),
        reason: textOf(r.reason ?? null),
      },
    ];
  });
}

export function auditRecord(entry: AuditEntry, t: Translator): Record<string, CellValue> {
  return {
    ...entry,
    action: t(`import.audit.${entry.action}`),
    values: entry.values ?? '',
    superseded: entry.superseded ?? '',
    problems: entry.problems ?? '',
  };
}
