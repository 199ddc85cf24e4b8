import { compareScalars, hasWildcards, holds, isError, parseNumericText, wildcardRegExp, type Scalar } from './values';

/** COUNTIF/COUNTIFS criteria: 5, "5", ">=3", "<>done", "app*", "" (blank), "<>" (not blank). */
export type Criterion = (cell: Scalar) => boolean;

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;

export function makeCriterion(criterion: Scalar): Criterion {
  if (criterion === null) return (cell) => cell === null || cell === '';
  if (isError(criterion)) return (cell) => cell === criterion;
  if (typeof criterion === 'number') return (cell) => numericValue(cell) === criterion;
  if (typeof criterion === 'boolean') return (cell) => cell === criterion;
  const [, op = '=', operand] = OPERATOR.exec(criterion) as RegExpExecArray;
  if (operand === '') {
    if (op === '=') return (cell) => cell === null || cell === '';
    if (op === '<>') return (cell) => cell !== null && cell !== '';
    return () => false;
  }
  const number = parseNumericText(operand);
  if (number !== null) return numericCriterion(op, number);
  const upper = operand.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    const flag = upper === 'TRUE';
    return op === '<>' ? (cell) => cell !== flag : (cell) => cell === flag;
  }
  if (op === '=' || op === '<>') {
    const pattern = wildcardRegExp(hasWildcards(operand) ? operand : operand.replace(/[*?~]/g, '~$&'));
    const matches = (text: string) => pattern.test(text);
    const equal = (cell: Scalar) => typeof cell === 'string' && matches(cell);
    return op === '=' ? equal : (cell) => !equal(cell);
  }
  return (cell) => typeof cell === 'string' && holds(op, compareScalars(cell, operand));
}

function numericValue(cell: Scalar): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') return parseNumericText(cell);
  return null;
}

function numericCriterion(op: string, number: number): Criterion {
  if (op === '=') return (cell) => numericValue(cell) === number;
  if (op === '<>') return (cell) => numericValue(cell) !== number;
  return (cell) => typeof cell === 'number' && holds(op, cell < number ? -1 : cell > number ? 1 : 0);
}
