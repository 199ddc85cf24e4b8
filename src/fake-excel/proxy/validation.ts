import { fail } from '../errors';
import { referenceFormula } from '../state/names';
import {
  checkErrorAlert,
  checkRule,
  clearValidation,
  DEFAULT_VALIDATION,
  patchValidation,
  ruleType,
  validationOf,
  type ValidationSettings,
} from '../state/validation';
import { ClientObject, defineType, type ScalarSpec } from './base';
import type { FakeRequestContext } from './context';
import type { RangeTarget } from './rangeTarget';

/** The settings shown for a range: its layer's, defaults when it has none, null when mixed. */
function settingsOf(target: RangeTarget): ValidationSettings | null {
  const found = validationOf(target.sheet, target.rect);
  if (found.kind === 'mixed') return null;
  return found.kind === 'one' ? found.settings : DEFAULT_VALIDATION;
}

function field<K extends keyof ValidationSettings>(
  key: K,
  check: (value: unknown, location: string, target: RangeTarget) => ValidationSettings[K],
): ScalarSpec<RangeTarget> {
  return {
    get: (target) => {
      const settings = settingsOf(target);
      return settings ? structuredClone(settings[key]) : null;
    },
    set: (target, value, location) => {
      const patch = { [key]: check(value, location, target) } as Partial<ValidationSettings>;
      patchValidation(target.sheet.workbook, target.sheet, target.rect, patch, location);
    },
  };
}

/** A list source given as a Range object becomes the absolute reference Excel stores ("=Lists!$A$1:$A$5"). */
function ruleFrom(value: unknown, location: string): ValidationSettings['rule'] {
  const list = (value as { list?: { source?: unknown } } | null)?.list;
  if (list && list.source instanceof ClientObject) {
    const source = list.source._resolve() as RangeTarget | null;
    if (!source) fail('InvalidArgument', location);
    return checkRule({ list: { ...list, source: referenceFormula(source.sheet.name, source.rect) } }, location);
  }
  return checkRule(value, location);
}

/** Excel.DataValidation (ExcelApi 1.8). */
export class DataValidationProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, 'DataValidation', resolver);
  }

  clear(): void {
    this._queue('clear', [], (target, location) =>
      clearValidation(target.sheet.workbook, target.sheet, target.rect, location),
    );
  }
}

defineType<RangeTarget>(DataValidationProxy, {
  type: {
    get: (target) => {
      const found = validationOf(target.sheet, target.rect);
      return found.kind === 'mixed' ? 'Inconsistent' : ruleType(found.kind === 'one' ? found.settings : null);
    },
  },
  rule: {
    get: (target) => {
      const settings = settingsOf(target);
      return settings ? structuredClone(settings.rule ?? {}) : null;
    },
    set: (target, value, location) => {
      patchValidation(target.sheet.workbook, target.sheet, target.rect, { rule: ruleFrom(value, location) }, location);
    },
  },
  errorAlert: field('errorAlert', (value, location, target) => ({
    ...(settingsOf(target) ?? DEFAULT_VALIDATION).errorAlert,
    ...checkErrorAlert(value, location),
  })),
  prompt: field('prompt', (value, location, target) => {
    if (typeof value !== 'object' || value === null) fail('InvalidArgument', location);
    return { ...(settingsOf(target) ?? DEFAULT_VALIDATION).prompt, ...value };
  }),
  ignoreBlanks: field('ignoreBlanks', (value, location) => {
    if (typeof value !== 'boolean') fail('InvalidArgument', location);
    return value;
  }),
});
