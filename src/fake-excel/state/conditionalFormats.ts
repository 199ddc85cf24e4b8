import { containsCell, intersects, subtractRect, type Rect } from '../address';
import { fail } from '../errors';
import { isValidFormula } from '../formula/parser';
import { compareScalars, isError, toText, type Scalar } from '../formula/values';
import { assertUnprotected } from './protection';
import type { SheetState } from './sheet';
import type { WorkbookState } from './workbook';

export interface ConditionalFormatLook {
  fillColor?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
}

export interface ConditionalRule {
  formula?: string;
  formula1?: string;
  formula2?: string;
  operator?: string;
  text?: string;
}

/** A conditional format on one sheet; `rects[0]`'s top-left cell anchors its relative references. */
export interface ConditionalFormatState {
  id: string;
  type: string;
  rects: Rect[];
  priority: number;
  stopIfTrue: boolean;
  rule: ConditionalRule;
  format: ConditionalFormatLook;
}

export const CONDITIONAL_TYPES = [
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
];
const CELL_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];
const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];

/** New rules go on top (priority 0), as in Excel. */
export function addConditionalFormat(
  wb: WorkbookState,
  sheet: SheetState,
  rect: Rect,
  type: unknown,
  location: string,
): ConditionalFormatState {
  if (typeof type !== 'string' || !CONDITIONAL_TYPES.includes(type)) fail('InvalidArgument', location);
  assertUnprotected(sheet, location);
  for (const cf of sheet.conditionalFormats) cf.priority += 1;
  const cf: ConditionalFormatState = {
    id: wb.newId('{cf-'),
    type,
    rects: [{ ...rect }],
    priority: 0,
    stopIfTrue: false,
    rule: {},
    format: {},
  };
  sheet.conditionalFormats.push(cf);
  wb.changed();
  return cf;
}

export function setConditionalRule(
  wb: WorkbookState,
  cf: ConditionalFormatState,
  rule: unknown,
  location: string,
): void {
  if (typeof rule !== 'object' || rule === null) fail('InvalidArgument', location);
  const r = rule as ConditionalRule;
  const formula = (f: unknown) => typeof f === 'string' && isValidFormula(f.startsWith('=') ? f : `=${f}`);
  if (cf.type === 'Custom' && !formula(r.formula)) fail('InvalidArgument', location);
  if (cf.type === 'CellValue') {
    if (!CELL_OPERATORS.includes(r.operator ?? '') || !formula(r.formula1)) fail('InvalidArgument', location);
    if ((r.operator === 'Between' || r.operator === 'NotBetween') && !formula(r.formula2))
      fail('InvalidArgument', location);
  }
  if (cf.type === 'ContainsText' && (!TEXT_OPERATORS.includes(r.operator ?? '') || typeof r.text !== 'string')) {
    fail('InvalidArgument', location);
  }
  cf.rule = { ...r };
  wb.changed();
}

export function setPriority(wb: WorkbookState, sheet: SheetState, cf: ConditionalFormatState, priority: number): void {
  const ordered = [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).filter((c) => c !== cf);
  ordered.splice(Math.max(0, Math.min(priority, ordered.length)), 0, cf);
  ordered.forEach((c, i) => (c.priority = i));
  wb.changed();
}

export function deleteConditionalFormat(wb: WorkbookState, sheet: SheetState, cf: ConditionalFormatState): void {
  sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
  renumber(sheet);
  wb.changed();
}

/** ConditionalFormatCollection.clearAll on a range: the rules give up that area; empty rules go. */
export function clearConditionalFormats(wb: WorkbookState, sheet: SheetState, rect: Rect, location: string): void {
  assertUnprotected(sheet, location);
  for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.flatMap((r) => subtractRect(r, rect));
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.rects.length > 0);
  renumber(sheet);
  wb.changed();
}

function renumber(sheet: SheetState): void {
  [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).forEach((c, i) => (c.priority = i));
}

export function conditionalFormatsTouching(sheet: SheetState, rect: Rect): ConditionalFormatState[] {
  return sheet.conditionalFormats
    .filter((cf) => cf.rects.some((r) => intersects(r, rect)))
    .sort((a, b) => a.priority - b.priority);
}

function truthy(v: Scalar): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.toUpperCase() === 'TRUE';
  return false;
}

function matches(wb: WorkbookState, sheet: SheetState, cf: ConditionalFormatState, row: number, col: number): boolean {
  const anchor = cf.rects[0];
  const evaluate = (formula: string) => {
    const source = formula.startsWith('=') ? formula : `=${formula}`;
    return wb.evaluator.evaluate(source, sheet.id, row, col, row - anchor.r0, col - anchor.c0);
  };
  const value = wb.evaluator.cellValue(sheet.id, row, col);
  switch (cf.type) {
    case 'Custom':
      return cf.rule.formula !== undefined && truthy(evaluate(cf.rule.formula));
    case 'CellValue': {
      if (cf.rule.formula1 === undefined || isError(value)) return false;
      const first = evaluate(cf.rule.formula1);
      if (isError(first)) return false;
      const c1 = compareScalars(value, first);
      const second = cf.rule.formula2 !== undefined ? evaluate(cf.rule.formula2) : null;
      const c2 = second !== null && !isError(second) ? compareScalars(value, second) : 0;
      switch (cf.rule.operator) {
        case 'EqualTo':
          return c1 === 0;
        case 'NotEqualTo':
          return c1 !== 0;
        case 'GreaterThan':
          return c1 > 0;
        case 'LessThan':
          return c1 < 0;
        case 'GreaterThanOrEqual':
          return c1 >= 0;
        case 'LessThanOrEqual':
          return c1 <= 0;
        case 'Between':
          return c1 >= 0 && c2 <= 0;
        case 'NotBetween':
          return c1 < 0 || c2 > 0;
        default:
          return false;
      }
    }
    case 'ContainsText': {
      const text = toText(value);
      if (isError(text) || cf.rule.text === undefined) return false;
      const haystack = text.toLowerCase();
      const needle = cf.rule.text.toLowerCase();
      switch (cf.rule.operator) {
        case 'Contains':
          return haystack.includes(needle);
        case 'NotContains':
          return !haystack.includes(needle);
        case 'BeginsWith':
          return haystack.startsWith(needle);
        case 'EndsWith':
          return haystack.endsWith(needle);
        default:
          return false;
      }
    }
    default:
      return false;
  }
}

/** The look conditional formats give a cell: rules in priority order, the first to set an attribute wins. */
export function conditionalLookAt(
  wb: WorkbookState,
  sheet: SheetState,
  row: number,
  col: number,
): ConditionalFormatLook | null {
  const look: ConditionalFormatLook = {};
  let any = false;
  const rules = sheet.conditionalFormats
    .filter((cf) => cf.rects.some((r) => containsCell(r, row, col)))
    .sort((a, b) => a.priority - b.priority);
  for (const cf of rules) {
    if (!matches(wb, sheet, cf, row, col)) continue;
    for (const [key, value] of Object.entries(cf.format) as [keyof ConditionalFormatLook, unknown][]) {
      if (value !== undefined && value !== null && look[key] === undefined) {
        (look as Record<string, unknown>)[key] = value;
        any = true;
      }
    }
    if (cf.stopIfTrue) break;
  }
  return any ? look : null;
}
