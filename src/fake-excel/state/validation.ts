import { containsRect, intersects, sameRect, subtractRect, type Rect } from '../address';
import { fail } from '../errors';
import { parseFormula } from '../formula/parser';
import { assertUnprotected } from './protection';
import type { SheetState } from './sheet';
import type { WorkbookState } from './workbook';

export interface ErrorAlert {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

export interface Prompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ValidationSettings {
  /** One key among wholeNumber, decimal, textLength, date, time, list, custom; null when there is no rule. */
  rule: Record<string, Record<string, unknown>> | null;
  errorAlert: ErrorAlert;
  prompt: Prompt;
  ignoreBlanks: boolean;
}

/** Validation settings on a rectangle; layers on a sheet never overlap. */
export interface ValidationLayer {
  rect: Rect;
  settings: ValidationSettings;
}

export const DEFAULT_VALIDATION: ValidationSettings = {
  rule: null,
  errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
  prompt: { showPrompt: false, title: '', message: '' },
  ignoreBlanks: true,
};

export const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  list: 'List',
  custom: 'Custom',
};

const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];
/** Excel keeps an inline list (a comma-separated source) to 255 characters. */
export const INLINE_LIST_LIMIT = 255;

/** The rule Excel accepts: exactly one criterion, with a usable source or formula. */
export function checkRule(rule: unknown, location: string): Record<string, Record<string, unknown>> {
  if (typeof rule !== 'object' || rule === null) fail('InvalidArgument', location);
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) fail('InvalidArgument', location);
  const key = keys[0];
  const body = (rule as Record<string, unknown>)[key];
  if (typeof body !== 'object' || body === null) fail('InvalidArgument', location);
  const criterion = { ...(body as Record<string, unknown>) };
  if (key === 'list') checkListSource(criterion.source, location);
  else if (key === 'custom') checkFormula(criterion.formula, location);
  else {
    if (!OPERATORS.includes(criterion.operator as string)) fail('InvalidArgument', location);
    checkFormula(criterion.formula1, location);
    if (criterion.operator === 'Between' || criterion.operator === 'NotBetween')
      checkFormula(criterion.formula2, location);
  }
  return { [key]: criterion };
}

function checkFormula(formula: unknown, location: string): void {
  if (typeof formula === 'number') return;
  if (typeof formula !== 'string' || formula === '') fail('InvalidArgument', location);
  if (!formula.startsWith('=')) return;
  try {
    parseFormula(formula);
  } catch {
    fail('InvalidArgument', location);
  }
}

function checkListSource(source: unknown, location: string): void {
  if (typeof source !== 'string' || source.trim() === '') fail('InvalidArgument', location);
  if (!source.startsWith('=')) {
    if (source.length > INLINE_LIST_LIMIT) fail('InvalidArgument', location);
    return;
  }
  let node;
  try {
    node = parseFormula(source);
  } catch {
    fail('InvalidArgument', location);
  }
  if (node.kind === 'ref') {
    const { rect } = node.ref;
    if (rect.r0 !== rect.r1 && rect.c0 !== rect.c1) fail('InvalidArgument', location);
  } else if (node.kind !== 'name' && node.kind !== 'call') fail('InvalidArgument', location);
}

export function checkErrorAlert(value: unknown, location: string): Partial<ErrorAlert> {
  if (typeof value !== 'object' || value === null) fail('InvalidArgument', location);
  const alert = value as Partial<ErrorAlert>;
  if (alert.style !== undefined && !ALERT_STYLES.includes(alert.style)) fail('InvalidArgument', location);
  return alert;
}

/**
 * Sets part of the validation of `rect`. Settings already on exactly that area are patched; otherwise the area
 * takes the settings of a layer that contains it (or defaults), and older layers give up the overlap.
 */
export function patchValidation(
  wb: WorkbookState,
  sheet: SheetState,
  rect: Rect,
  patch: Partial<ValidationSettings>,
  location: string,
): void {
  assertUnprotected(sheet, location);
  const exact = sheet.validations.find((l) => sameRect(l.rect, rect));
  if (exact) {
    exact.settings = { ...exact.settings, ...patch };
  } else {
    const container = sheet.validations.find((l) => containsRect(l.rect, rect));
    const base = container ? container.settings : DEFAULT_VALIDATION;
    removeArea(sheet, rect);
    sheet.validations.push({ rect: { ...rect }, settings: { ...base, ...patch } });
  }
  wb.changed();
}

function removeArea(sheet: SheetState, rect: Rect): void {
  sheet.validations = sheet.validations.flatMap((layer) =>
    intersects(layer.rect, rect)
      ? subtractRect(layer.rect, rect).map((piece) => ({ rect: piece, settings: layer.settings }))
      : [layer],
  );
}

export function clearValidation(wb: WorkbookState, sheet: SheetState, rect: Rect, location: string): void {
  assertUnprotected(sheet, location);
  removeArea(sheet, rect);
  wb.changed();
}

/** What DataValidation reports for `rect`: one layer's settings, none, or a mix (type "Inconsistent"). */
export function validationOf(
  sheet: SheetState,
  rect: Rect,
): { kind: 'none' } | { kind: 'one'; settings: ValidationSettings } | { kind: 'mixed' } {
  const touching = sheet.validations.filter((l) => intersects(l.rect, rect) && l.settings.rule !== null);
  if (touching.length === 0) return { kind: 'none' };
  if (touching.length === 1 && containsRect(touching[0].rect, rect))
    return { kind: 'one', settings: touching[0].settings };
  return { kind: 'mixed' };
}

export function validationAt(sheet: SheetState, row: number, col: number): ValidationSettings | null {
  const layer = sheet.validations.find((l) => intersects(l.rect, { r0: row, c0: col, r1: row, c1: col }));
  return layer?.settings.rule ? layer.settings : null;
}

export function ruleType(settings: ValidationSettings | null): string {
  return settings?.rule ? RULE_TYPES[Object.keys(settings.rule)[0]] : 'None';
}
