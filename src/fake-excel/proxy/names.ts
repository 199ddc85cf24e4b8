import { fail } from '../errors';
import { parseFormula } from '../formula/parser';
import { addName, deleteName, referenceFormula, type NamedItemState } from '../state/names';
import type { WorkbookState } from '../state/workbook';
import { ClientObject, ClientResult, defineType } from './base';
import { CollectionProxy } from './collection';
import type { FakeRequestContext } from './context';
import { RangeProxy } from './range';
import { rangeArgument, type RangeTarget } from './rangeTarget';

/** Excel.NamedItemCollection of the workbook (ExcelApi 1.4 for add). */
export class NamedItemCollectionProxy extends CollectionProxy<WorkbookState, NamedItemState, NamedItemProxy> {
  constructor(ctx: FakeRequestContext, resolver: () => WorkbookState | null) {
    super(ctx, 'NamedItemCollection', resolver);
  }

  _entities(wb: WorkbookState): NamedItemState[] {
    return [...wb.names.values()];
  }

  _key(entity: NamedItemState): unknown {
    return entity;
  }

  _itemProxy(resolver: () => NamedItemState | null): NamedItemProxy {
    return new NamedItemProxy(this._ctx, resolver);
  }

  /** `reference` is a Range or a formula/address string ("=Lists!$A$2:$A$9"). */
  add(name: string, reference: unknown, comment?: string): NamedItemProxy {
    this._gate('add');
    return this._create(
      'add',
      comment === undefined ? [name, reference] : [name, reference, comment],
      (wb, location) => {
        let formula: string;
        if (typeof reference === 'string') formula = reference;
        else {
          const range = rangeArgument(wb, reference, null, location);
          formula = referenceFormula(range.sheet.name, range.rect);
        }
        return addName(wb, name, formula, comment ?? '', location);
      },
      (r) => this._itemProxy(r),
    );
  }

  getItem(name: string): NamedItemProxy {
    return this._lookup('getItem', [name], (wb) => wb.names.get(name.toLowerCase()), false);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    this._gate('getItemOrNullObject');
    return this._lookup('getItemOrNullObject', [name], (wb) => wb.names.get(name.toLowerCase()), true);
  }

  getCount(): ClientResult<number> {
    return this._count((wb) => wb.names.size);
  }
}

defineType(NamedItemCollectionProxy, {});

function rangeOf(wb: WorkbookState, item: NamedItemState): RangeTarget | null {
  const node = parseFormula(item.formula);
  if (node.kind !== 'ref' || node.ref.sheet === null) return null;
  const sheet = wb.sheetByName(node.ref.sheet);
  return sheet ? { sheet, rect: node.ref.rect } : null;
}

/** Excel.NamedItem. */
export class NamedItemProxy extends ClientObject<NamedItemState> {
  constructor(ctx: FakeRequestContext, resolver: () => NamedItemState | null) {
    super(ctx, 'NamedItem', resolver);
  }

  protected override _assertAlive(target: NamedItemState): void {
    if (this._ctx.state.names.get(target.name.toLowerCase()) !== target) fail('ItemNotFound', 'NamedItem');
  }

  getRange(): RangeProxy {
    this._gate('getRange');
    return new RangeProxy(this._ctx, () => {
      const item = this._resolve();
      if (!item) return null;
      const range = rangeOf(this._ctx.state, item);
      if (!range) fail('InvalidOperation', 'NamedItem.getRange');
      return range;
    });
  }

  getRangeOrNullObject(): RangeProxy {
    this._gate('getRangeOrNullObject');
    const proxy = new RangeProxy(this._ctx, () => {
      const item = this._resolve();
      return item && rangeOf(this._ctx.state, item);
    });
    return this._nullable('getRangeOrNullObject', [], proxy);
  }

  delete(): void {
    this._queue('delete', [], (item) => deleteName(this._ctx.state, item));
  }
}

defineType<NamedItemState>(NamedItemProxy, {
  name: { get: (n) => n.name },
  type: { get: (n) => (parseFormula(n.formula).kind === 'ref' ? 'Range' : 'String') },
  value: { get: (n) => n.formula.slice(1) },
  formula: {
    get: (n) => n.formula,
    set: (n, value, location) => {
      if (typeof value !== 'string') fail('InvalidArgument', location);
      const formula = value.startsWith('=') ? value : `=${value}`;
      try {
        parseFormula(formula);
      } catch {
        fail('InvalidArgument', location);
      }
      n.formula = formula;
    },
  },
  comment: {
    get: (n) => n.comment,
    set: (n, value, location) => {
      if (typeof value !== 'string') fail('InvalidArgument', location);
      n.comment = value;
    },
  },
  visible: {
    get: (n) => n.visible,
    set: (n, value, location) => {
      if (typeof value !== 'boolean') fail('InvalidArgument', location);
      n.visible = value;
    },
  },
});
