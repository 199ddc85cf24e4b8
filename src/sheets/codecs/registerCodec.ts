import type { Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { RegisterEntry, SubmissionState, Timeliness } from '../../core/consolidation/submission';
import { isIsoDate, isoToSerial, serialToIso } from '../../core/values/isoDate';
import type { TableSnapshot } from '../gateway';
import { SUBMISSIONS_TABLE } from '../layouts/submissions';
import { valueOfLabel } from './labelCodec';
import { codeOf, readRecords, textOf } from './tableReader';

function isoDateOf(cell: CellValue): string {
  if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0) return serialToIso(cell);
  const text = textOf(cell).slice(0, 10);
  return isIsoDate(text) ? text : '';
}

function countOf(cell: CellValue): number | null {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

/**
 * The submission register as entries, each with its row in the table body. States and timeliness are
 * stored as labels, read in any language; a row whose state cannot be read counts as expected until it
 * has a file hash, and as accepted after.
 */
export function readRegister(snapshot: TableSnapshot | undefined): (RegisterEntry & { at: number })[] {
  if (!snapshot) return [];
  return readRecords(SUBMISSIONS_TABLE, snapshot).records.map((r) => {
    const sha256 = textOf(r.sha256 ?? null).toLowerCase();
    const state =
      valueOfLabel(r.state ?? null, 'forms.state', SubmissionState.options) ??
      (sha256 === '' ? 'expected' : 'accepted');
    return {
      agency: codeOf(r.agency ?? null),
      period: codeOf(r.period ?? null),
      formId: codeOf(r.formId ?? null),
      dueDate: isoDateOf(r.dueDate ?? null),
      issuedAt: textOf(r.issuedAt ?? null),
      receivedAt: textOf(r.receivedAt ?? null),
      timeliness: valueOfLabel(r.timeliness ?? null, 'forms.timeliness', Timeliness.options),
      state,
      fileName: textOf(r.fileName ?? null),
      sha256,
      values: countOf(r.values ?? null),
      problems: countOf(r.problems ?? null),
      at: r.__row,
    };
  });
}

/** An entry as the register's cells: the due date as a date, state and timeliness as labels. */
export function registerRecord(entry: RegisterEntry, t: Translator): Record<string, CellValue> {
  return {
    agency: entry.agency,
    period: entry.period,
    formId: entry.formId,
    dueDate: entry.dueDate === '' ? '' : isoToSerial(entry.dueDate),
    issuedAt: entry.issuedAt,
    receivedAt: entry.receivedAt,
    timeliness: entry.timeliness === null ? '' : t(`forms.timeliness.${entry.timeliness}`),
    state: t(`forms.state.${entry.state}`),
    fileName: entry.fileName,
    sha256: entry.sha256,
    values: entry.values ?? '',
    problems: entry.problems ?? '',
  };
}
