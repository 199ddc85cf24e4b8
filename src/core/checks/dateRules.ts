import { cellText, type CellValue } from '../model/cell';
import { parseDateLike, type DateLike } from '../values/dateLike';
import type { CheckEnv } from './env';
import type { Emit } from './report';
import type { RuleId } from './rules';

/**
 * Reads a date cell of a plan record as officials write it. "IV quarter" without a year is the plan's year
 * in a one-year plan; in a plan over several years it could be any of them, so it is a finding that asks
 * for the year, and the date is not used further (it would be placed in the first year, silently).
 */
export function readPlanDate(
  value: CellValue,
  field: string,
  bound: 'start' | 'end',
  rules: { invalid: RuleId; withoutYear: RuleId },
  env: CheckEnv,
  emit: Emit,
): DateLike {
  const { startYear, endYear } = env.index;
  const date = parseDateLike(value, { bound, defaultYear: startYear });
  if (date.kind === 'invalid') emit(rules.invalid, field, { value: date.text });
  if (date.kind !== 'date' || !date.yearAssumed || startYear === endYear) return date;
  emit(rules.withoutYear, field, { value: cellText(value), firstYear: startYear, lastYear: endYear });
  return { kind: 'invalid', text: cellText(value) };
}
