import { FormulaSyntaxError, tokenize, type RefToken, type Token } from './lexer';

export type Node =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'ref'; ref: RefToken }
  | { kind: 'name'; name: string }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'missing' }
  | { kind: 'unary'; op: string; operand: Node }
  | { kind: 'percent'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

const LEVELS: string[][] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

/** Parses a formula (with or without its leading '='); throws FormulaSyntaxError on malformed input. */
export function parseFormula(formula: string): Node {
  const source = formula.startsWith('=') ? formula.slice(1) : formula;
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (t: Token | undefined, ops: string[]): t is Token & { type: 'op'; value: string } =>
    t !== undefined && t.type === 'op' && ops.includes(t.value);

  const binary = (level: number): Node => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    while (isOp(peek(), LEVELS[level])) {
      const op = (tokens[pos++] as { value: string }).value;
      left = { kind: 'binary', op, left, right: binary(level + 1) };
    }
    return left;
  };

  const unary = (): Node => {
    const t = peek();
    if (isOp(t, ['-', '+'])) {
      pos += 1;
      return { kind: 'unary', op: t.value, operand: unary() };
    }
    let node = primary();
    while (isOp(peek(), ['%'])) {
      pos += 1;
      node = { kind: 'percent', operand: node };
    }
    return node;
  };

  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) throw new FormulaSyntaxError('Unexpected end of formula');
    switch (t.type) {
      case 'number':
        return { kind: 'number', value: t.value };
      case 'string':
        return { kind: 'string', value: t.value };
      case 'bool':
        return { kind: 'bool', value: t.value };
      case 'error':
        return { kind: 'error', value: t.value };
      case 'ref':
        return { kind: 'ref', ref: t };
      case 'name':
        return { kind: 'name', name: t.value };
      case 'func':
        return call(t.value);
      case 'paren':
        if (t.value === '(') {
          const inner = binary(0);
          expectClose();
          return inner;
        }
        break;
      default:
        break;
    }
    throw new FormulaSyntaxError('Unexpected token');
  };

  const expectClose = (): void => {
    const t = tokens[pos++];
    if (!t || t.type !== 'paren' || t.value !== ')') throw new FormulaSyntaxError('Expected )');
  };

  const call = (name: string): Node => {
    pos += 1; // the '(' that follows a function name
    const args: Node[] = [];
    const closes = (t: Token | undefined) => t !== undefined && t.type === 'paren' && t.value === ')';
    if (closes(peek())) {
      pos += 1;
      return { kind: 'call', name, args };
    }
    for (;;) {
      const t = peek();
      if (t?.type === 'comma' || closes(t)) args.push({ kind: 'missing' });
      else args.push(binary(0));
      const next = tokens[pos++];
      if (!next) throw new FormulaSyntaxError('Expected ) after arguments');
      if (next.type === 'comma') continue;
      if (closes(next)) return { kind: 'call', name, args };
      throw new FormulaSyntaxError('Expected , or )');
    }
  };

  const root = binary(0);
  if (pos !== tokens.length) throw new FormulaSyntaxError('Unexpected text after formula');
  return root;
}

export function isValidFormula(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return false;
    throw e;
  }
}
