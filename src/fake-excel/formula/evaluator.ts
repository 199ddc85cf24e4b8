import { isInsideSheet, type Rect } from '../address';
import { FUNCTIONS } from './functions';
import { scalarOf } from './deref';
import type { EvalContext, Thunk } from './host';
import type { Node } from './parser';
import {
  compareScalars,
  DIV0,
  ExcelError,
  holds,
  isError,
  NAME,
  NUM,
  REF,
  toNumber,
  toText,
  type Scalar,
  type Value,
} from './values';

/** Evaluates a parsed formula; ranges stay references until a function or operator reads them. */
export function evaluateNode(node: Node, ctx: EvalContext): Value {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'bool':
      return node.value;
    case 'error':
      return ExcelError.of(node.value);
    case 'missing':
      return null;
    case 'ref':
      return evaluateRef(node, ctx);
    case 'name': {
      const definition = ctx.host.definedName(node.name);
      return definition ? evaluateNode(definition, { ...ctx, rowShift: 0, colShift: 0 }) : NAME;
    }
    case 'call': {
      const fn = FUNCTIONS[node.name.replace(/^_xlfn\./, '')];
      if (!fn) return NAME;
      const args: Thunk[] = node.args.map((arg) => () => evaluateNode(arg, ctx));
      return fn(args, ctx);
    }
    case 'unary': {
      const v = toNumber(scalarOf(evaluateNode(node.operand, ctx), ctx));
      if (isError(v)) return v;
      return node.op === '-' ? -v : v;
    }
    case 'percent': {
      const v = toNumber(scalarOf(evaluateNode(node.operand, ctx), ctx));
      return isError(v) ? v : v / 100;
    }
    case 'binary':
      return evaluateBinary(
        node.op,
        scalarOf(evaluateNode(node.left, ctx), ctx),
        scalarOf(evaluateNode(node.right, ctx), ctx),
      );
  }
}

function evaluateRef(node: Extract<Node, { kind: 'ref' }>, ctx: EvalContext): Value {
  const { ref } = node;
  const sheetId = ref.sheet === null ? ctx.sheetId : ctx.host.sheetIdByName(ref.sheet);
  if (sheetId === null) return REF;
  const rect: Rect = {
    r0: ref.rect.r0 + (ref.abs.r0 ? 0 : ctx.rowShift),
    r1: ref.rect.r1 + (ref.abs.r1 ? 0 : ctx.rowShift),
    c0: ref.rect.c0 + (ref.abs.c0 ? 0 : ctx.colShift),
    c1: ref.rect.c1 + (ref.abs.c1 ? 0 : ctx.colShift),
  };
  if (!isInsideSheet(rect)) return REF;
  return { kind: 'range', sheetId, rect };
}

function evaluateBinary(op: string, left: Scalar, right: Scalar): Scalar {
  if (isError(left)) return left;
  if (isError(right)) return right;
  if (op === '&') {
    const l = toText(left);
    const r = toText(right);
    if (isError(l)) return l;
    if (isError(r)) return r;
    return l + r;
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    return holds(op, compareScalars(left, right));
  }
  const l = toNumber(left);
  const r = toNumber(right);
  if (isError(l)) return l;
  if (isError(r)) return r;
  switch (op) {
    case '+':
      return l + r;
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
      return r === 0 ? DIV0 : l / r;
    default: {
      const p = l ** r;
      if (Number.isNaN(p)) return NUM;
      return Number.isFinite(p) ? p : DIV0;
    }
  }
}

/** The final value of a formula as a cell shows it: a reference to a blank cell reads as 0. */
export function resultOf(v: Value, ctx: EvalContext): Scalar {
  const s = scalarOf(v, ctx);
  return s === null ? 0 : s;
}
