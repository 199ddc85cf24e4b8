import { fail } from '../errors';
import {
  addConditionalFormat,
  clearConditionalFormats,
  conditionalFormatsTouching,
  deleteConditionalFormat,
  setConditionalRule,
  setPriority,
  type ConditionalFormatLook,
  type ConditionalFormatState,
} from '../state/conditionalFormats';
import type { SheetState } from '../state/sheet';
import { ClientObject, ClientResult, defineType, type ScalarSpec } from './base';
import { normalizeColor } from './colors';
import { CollectionProxy } from './collection';
import type { FakeRequestContext } from './context';
import { RangeProxy } from './range';
import type { RangeTarget } from './rangeTarget';

export interface ConditionalTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

function alive(target: ConditionalTarget): void {
  if (target.sheet.deleted || !target.sheet.conditionalFormats.includes(target.cf))
    fail('ItemNotFound', 'ConditionalFormat');
}

/** Excel.ConditionalFormatCollection of a range (ExcelApi 1.6): the rules that touch the range. */
export class ConditionalFormatCollectionProxy extends CollectionProxy<
  RangeTarget,
  ConditionalTarget,
  ConditionalFormatProxy
> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, 'ConditionalFormatCollection', resolver);
  }

  _entities(target: RangeTarget): ConditionalTarget[] {
    return conditionalFormatsTouching(target.sheet, target.rect).map((cf) => ({ sheet: target.sheet, cf }));
  }

  _key(entity: ConditionalTarget): unknown {
    return entity.cf;
  }

  _itemProxy(resolver: () => ConditionalTarget | null): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, resolver);
  }

  add(type: string): ConditionalFormatProxy {
    this._gate('add');
    return this._create(
      'add',
      [type],
      (target, location) => ({
        sheet: target.sheet,
        cf: addConditionalFormat(target.sheet.workbook, target.sheet, target.rect, type, location),
      }),
      (resolver) => new ConditionalFormatProxy(this._ctx, resolver),
    );
  }

  getItem(id: string): ConditionalFormatProxy {
    return this._lookup('getItem', [id], (target) => this._entities(target).find((e) => e.cf.id === id), false);
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return this._lookup('getItemAt', [index], (target) => this._entities(target)[index], false);
  }

  clearAll(): void {
    this._queue('clearAll', [], (target, location) =>
      clearConditionalFormats(target.sheet.workbook, target.sheet, target.rect, location),
    );
  }

  getCount(): ClientResult<number> {
    return this._count((target) => this._entities(target).length);
  }
}

defineType(ConditionalFormatCollectionProxy, {});

/** Excel.ConditionalFormat. */
export class ConditionalFormatProxy extends ClientObject<ConditionalTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => ConditionalTarget | null) {
    super(ctx, 'ConditionalFormat', resolver);
  }

  protected override _assertAlive(target: ConditionalTarget): void {
    alive(target);
  }

  private _typed<P extends ClientObject<ConditionalTarget>>(
    name: string,
    type: string,
    make: (resolver: () => ConditionalTarget | null) => P,
  ): P {
    return this._nav(name, () =>
      make(() => {
        const target = this._resolve();
        if (target && target.cf.type !== type) fail('InvalidArgument', `ConditionalFormat.${name}`);
        return target;
      }),
    );
  }

  get custom(): CustomConditionalFormatProxy {
    return this._typed('custom', 'Custom', (r) => new CustomConditionalFormatProxy(this._ctx, r));
  }

  /** The custom rule, or a null object for a rule of another type (ExcelApi 1.6), so a mixed list loads. */
  get customOrNullObject(): CustomConditionalFormatProxy {
    return this._nav(
      'customOrNullObject',
      () =>
        new CustomConditionalFormatProxy(this._ctx, () => {
          const target = this._resolve();
          return target && target.cf.type === 'Custom' ? target : null;
        }),
    );
  }

  get cellValue(): RuleConditionalFormatProxy {
    return this._typed(
      'cellValue',
      'CellValue',
      (r) => new RuleConditionalFormatProxy(this._ctx, 'CellValueConditionalFormat', r),
    );
  }

  get textComparison(): RuleConditionalFormatProxy {
    return this._typed(
      'textComparison',
      'ContainsText',
      (r) => new RuleConditionalFormatProxy(this._ctx, 'TextConditionalFormat', r),
    );
  }

  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const target = this._resolve();
      return target && { sheet: target.sheet, rect: target.cf.rects[0] };
    });
  }

  delete(): void {
    this._queue('delete', [], (target) => deleteConditionalFormat(target.sheet.workbook, target.sheet, target.cf));
  }
}

defineType<ConditionalTarget>(
  ConditionalFormatProxy,
  {
    id: { get: ({ cf }) => cf.id },
    type: { get: ({ cf }) => cf.type },
    priority: {
      get: ({ cf }) => cf.priority,
      set: ({ sheet, cf }, value, location) => {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail('InvalidArgument', location);
        setPriority(sheet.workbook, sheet, cf, value);
      },
    },
    stopIfTrue: {
      get: ({ cf }) => cf.stopIfTrue,
      set: ({ sheet, cf }, value, location) => {
        if (typeof value !== 'boolean') fail('InvalidArgument', location);
        cf.stopIfTrue = value;
        sheet.workbook.changed();
      },
    },
  },
  ['custom', 'customOrNullObject', 'cellValue', 'textComparison'],
);

/** Excel.CustomConditionalFormat: `rule.formula` plus a format. */
export class CustomConditionalFormatProxy extends ClientObject<ConditionalTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => ConditionalTarget | null) {
    super(ctx, 'CustomConditionalFormat', resolver);
  }

  get rule(): ConditionalFormatRuleProxy {
    return this._nav('rule', () => new ConditionalFormatRuleProxy(this._ctx, () => this._resolve()));
  }

  get format(): ConditionalRangeFormatProxy {
    return this._nav('format', () => new ConditionalRangeFormatProxy(this._ctx, () => this._resolve()));
  }
}

defineType(CustomConditionalFormatProxy, {}, ['rule', 'format']);

/** Excel.ConditionalFormatRule (of a custom rule): the formula, relative to the range's top-left cell. */
export class ConditionalFormatRuleProxy extends ClientObject<ConditionalTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => ConditionalTarget | null) {
    super(ctx, 'ConditionalFormatRule', resolver);
  }
}

const formulaSpec: ScalarSpec<ConditionalTarget> = {
  get: ({ cf }) => cf.rule.formula ?? '',
  set: ({ sheet, cf }, value, location) =>
    setConditionalRule(sheet.workbook, cf, { ...cf.rule, formula: value }, location),
};

defineType<ConditionalTarget>(ConditionalFormatRuleProxy, { formula: formulaSpec, formulaLocal: formulaSpec });

/** CellValueConditionalFormat and TextConditionalFormat: `rule` is a plain object, plus a format. */
export class RuleConditionalFormatProxy extends ClientObject<ConditionalTarget> {
  constructor(ctx: FakeRequestContext, type: string, resolver: () => ConditionalTarget | null) {
    super(ctx, type, resolver);
  }

  get format(): ConditionalRangeFormatProxy {
    return this._nav('format', () => new ConditionalRangeFormatProxy(this._ctx, () => this._resolve()));
  }
}

defineType<ConditionalTarget>(
  RuleConditionalFormatProxy,
  {
    rule: {
      get: ({ cf }) => ({ ...cf.rule }),
      set: ({ sheet, cf }, value, location) => setConditionalRule(sheet.workbook, cf, value, location),
    },
  },
  ['format'],
);

/** Excel.ConditionalRangeFormat with its fill and font. */
export class ConditionalRangeFormatProxy extends ClientObject<ConditionalTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => ConditionalTarget | null) {
    super(ctx, 'ConditionalRangeFormat', resolver);
  }

  get fill(): ConditionalRangeFillProxy {
    return this._nav('fill', () => new ConditionalRangeFillProxy(this._ctx, () => this._resolve()));
  }

  get font(): ConditionalRangeFontProxy {
    return this._nav('font', () => new ConditionalRangeFontProxy(this._ctx, () => this._resolve()));
  }
}

defineType(ConditionalRangeFormatProxy, {}, ['fill', 'font']);

function lookSpec(
  key: keyof ConditionalFormatLook,
  check: (value: unknown, location: string) => unknown,
): ScalarSpec<ConditionalTarget> {
  return {
    get: ({ cf }) => cf.format[key] ?? null,
    set: ({ sheet, cf }, value, location) => {
      (cf.format as Record<string, unknown>)[key] = check(value, location);
      sheet.workbook.changed();
    },
  };
}

const flag = (value: unknown, location: string): boolean => {
  if (typeof value !== 'boolean') fail('InvalidArgument', location);
  return value;
};

function clearLook(target: ConditionalTarget, keys: (keyof ConditionalFormatLook)[]): void {
  for (const key of keys) delete target.cf.format[key];
  target.sheet.workbook.changed();
}

/** Excel.ConditionalRangeFill. */
export class ConditionalRangeFillProxy extends ClientObject<ConditionalTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => ConditionalTarget | null) {
    super(ctx, 'ConditionalRangeFill', resolver);
  }

  clear(): void {
    this._queue('clear', [], (target) => clearLook(target, ['fillColor']));
  }
}

defineType<ConditionalTarget>(ConditionalRangeFillProxy, { color: lookSpec('fillColor', normalizeColor) });

/** Excel.ConditionalRangeFont. */
export class ConditionalRangeFontProxy extends ClientObject<ConditionalTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => ConditionalTarget | null) {
    super(ctx, 'ConditionalRangeFont', resolver);
  }

  clear(): void {
    this._queue('clear', [], (target) => clearLook(target, ['fontColor', 'bold', 'italic']));
  }
}

defineType<ConditionalTarget>(ConditionalRangeFontProxy, {
  color: lookSpec('fontColor', normalizeColor),
  bold: lookSpec('bold', flag),
  italic: lookSpec('italic', flag),
});
