import { fail } from '../errors';
import { ClientObject, ClientResult } from './base';
import { emptyTree, mergeTrees, type LoadTree } from './loadOptions';

/**
 * A collection proxy (worksheets, tables, rows...). `items` needs a load like any property: load('items'),
 * load('items/name'), or load('name') (names that are not the collection's own go to its items).
 */
export abstract class CollectionProxy<T, E, P extends ClientObject<E>> extends ClientObject<T> {
  private readonly _itemCache = new Map<unknown, P>();

  abstract _entities(target: T): E[];
  abstract _key(entity: E): unknown;
  abstract _itemProxy(resolver: () => E | null): P;

  get items(): P[] {
    return this._read('items') as P[];
  }

  _itemFor(entity: E): P {
    const key = this._key(entity);
    let proxy = this._itemCache.get(key);
    if (!proxy) {
      proxy = this._itemProxy(() => entity);
      this._itemCache.set(key, proxy);
    }
    return proxy;
  }

  override _snapshot(tree: LoadTree, staged: (() => void)[]): void {
    const target = this._resolve();
    let itemTree: LoadTree | null = tree.all ? emptyTree(true) : null;
    for (const name of tree.scalars) {
      const spec = this._specs[name];
      if (name === 'items') itemTree = mergeTrees(itemTree, emptyTree(true));
      else if (spec) {
        this._gate(name);
        this._stage(name, target === null ? null : spec.get(target), staged);
      } else {
        const single = emptyTree();
        single.scalars.add(name);
        itemTree = mergeTrees(itemTree, single);
      }
    }
    for (const [name, sub] of tree.navs) {
      if (name === 'items') itemTree = mergeTrees(itemTree, sub);
      else {
        const nested = emptyTree();
        nested.navs.set(name, sub);
        itemTree = mergeTrees(itemTree, nested);
      }
    }
    if (!itemTree) return;
    const proxies = target === null ? [] : this._entities(target).map((e) => this._itemFor(e));
    for (const proxy of proxies) proxy._snapshot(itemTree, staged);
    this._stage('items', proxies, staged);
  }

  /** getItem / getItemAt (ItemNotFound when missing) and their OrNullObject forms. */
  _lookup(member: string, args: unknown[], find: (target: T) => E | undefined, nullable: boolean): P {
    const location = `${this._type}.${member}`;
    const proxy = this._itemProxy(() => {
      const target = this._resolve();
      if (target === null) return null;
      const found = find(target);
      if (found !== undefined) return found;
      if (nullable) return null;
      fail('ItemNotFound', location);
    });
    return nullable ? this._nullable(member, args, proxy) : proxy;
  }

  _count(count: (target: T) => number): ClientResult<number> {
    this._gate('getCount');
    const result = new ClientResult<number>();
    this._ctx._enqueue(`${this._type}.getCount();`, `${this._type}.getCount`, (staged) => {
      const target = this._resolve();
      const n = target === null ? 0 : count(target);
      staged.push(() => result._settle(n));
    });
    return result;
  }
}
