import { cellText, isBlank, type CellValue } from '../model/cell';
import type { Indicator, MePlanRow } from '../model/plan';
import type { ReadIssue } from '../model/readIssue';
import { parseNumber } from '../values/number';
import type { CheckEnv } from './env';
import { rowKey } from './planIndex';
import type { Emit } from './report';

/** The reader sets an unrecognised frequency to null and reports it; that is "not one of the list", not "missing". */
export function isFrequencyIssue(issue: ReadIssue): boolean {
  return issue.kind === 'unknownListValue' && issue.column === 'frequency';
}

/** The M&E plan shows the NAP's values by formula; a typed-over copy that says otherwise misleads. */
function sameValue(a: CellValue, b: CellValue, env: CheckEnv): boolean {
  if (a === b) return true;
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  const locale = env.settings.numberLocale;
  const na = parseNumber(a, locale);
  const nb = parseNumber(b, locale);
  if (na !== null && nb !== null) return Math.abs(na - nb) < 1e-9;
  return cellText(a).replace(/\s+/gu, ' ') === cellText(b).replace(/\s+/gu, ' ');
}

/** Annex 4 and B.2.1.1: how (means of verification), how often (frequency) and by whom each indicator is measured. */
export function checkMePlanRow(row: MePlanRow, indicator: Indicator, env: CheckEnv, emit: Emit): void {
  const { from } = indicator;
  const unread = (field: string) =>
    from !== undefined &&
    (env.index.unread.has(`${from.table}#${field}`) || env.index.unread.has(`${from.table}#${from.row}#${field}`));
  for (const field of ['baseline', 'midTarget', 'endTarget'] as const) {
    // What the reader could not take from the action plan is its own finding there, not a difference here.
    if (!unread(field) && !sameValue(row.shown[field], indicator[field], env)) {
      emit('structure.me-value-differs', field, {
        value: cellText(row.shown[field]),
        expected: cellText(indicator[field]),
      });
    }
  }
  if (row.meansOfVerification.trim() === '') emit('mePlan.means-of-verification-missing', 'meansOfVerification');
  if (row.frequency === null) {
    const issue = row.from ? env.index.issuesByRow.get(rowKey(row.from))?.find(isFrequencyIssue) : undefined;
    if (issue) emit('mePlan.frequency-unknown', 'frequency', { value: issue.value ?? '' });
    else emit('mePlan.frequency-missing', 'frequency');
  }
  const responsible = row.responsible.trim();
  if (responsible === '') emit('mePlan.responsible-missing', 'responsible');
  else if (!env.index.knownAgency(responsible))
    emit('mePlan.responsible-unknown', 'responsible', { value: responsible });
}
