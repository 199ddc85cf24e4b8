import {
  fail,
  FakeExcelError,
  invalidObjectPath,
  OfficeExtensionError,
  propertyNotLoaded,
  valueNotLoaded,
} from '../errors';
import { requireApi } from '../requirements';
import type { FakeRequestContext } from './context';
import { emptyTree, parseLoadOption, type LoadTree } from './loadOptions';

/** One scalar property of a proxy type: how to read it from the model, and (if writable) how to write it. */
export interface ScalarSpec<T> {
  get(target: T): unknown;
  set?(target: T, value: unknown, location: string): void;
}

export type Specs<T> = Record<string, ScalarSpec<T>>;

/** Names that libraries probe on any object (promises, jest, React, Node's inspector); they read as undefined. */
const PROBES = new Set([
  'then',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  'toJSON',
  'constructor',
  'length',
]);

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/**
 * A proxy object as Office.js has them: reads need load + sync, writes and calls are queued commands
 * that run against the model at the next sync, in order. Its target (a sheet, a range, a table...) is found
 * when a command first needs it and then kept, so a renamed sheet stays the same sheet.
 * Unknown members throw a TypeError naming them, so API the fake does not model cannot pass unnoticed.
 */
export abstract class ClientObject<T = unknown> {
  declare readonly _specs: Specs<T>;
  declare readonly _navigations: readonly string[];
  private _cache: { value: T | null } | undefined;
  private readonly _loaded = new Map<string, unknown>();
  private _isNull: boolean | undefined;
  private readonly _navCache = new Map<string, ClientObject>();

  constructor(
    readonly _ctx: FakeRequestContext,
    readonly _type: string,
    private readonly _resolver: () => T | null,
  ) {
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && !(prop in target) && !PROBES.has(prop) && !prop.startsWith('_')) {
          throw new TypeError(`The fake Excel does not model ${target._type}.${prop}`);
        }
        return Reflect.get(target, prop, receiver);
      },
      set(target, prop, value, receiver) {
        if (typeof prop === 'string' && !(prop in target) && !prop.startsWith('_')) {
          throw new TypeError(`The fake Excel does not model ${target._type}.${prop}`);
        }
        return Reflect.set(target, prop, value, receiver);
      },
    });
  }

  get context(): FakeRequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._type, 'isNullObject');
    return this._isNull;
  }

  /** Throws when the model object behind the proxy is gone (a deleted sheet, table...). */
  protected _assertAlive(_target: T): void {}

  _gate(member: string): void {
    requireApi(this._ctx.state.apiVersion, `${this._type}.${member}`);
  }

  _supports(member: string): boolean {
    try {
      this._gate(member);
      return true;
    } catch {
      return false;
    }
  }

  _resolve(): T | null {
    this._ctx._touch(this);
    if (!this._cache) this._cache = { value: this._resolver() };
    const value = this._cache.value;
    if (value !== null) this._assertAlive(value);
    return value;
  }

  /** After a successful sync: isNullObject becomes readable for every proxy the batch used. */
  _markResolved(): void {
    if (this._cache) this._isNull = this._cache.value === null;
  }

  _read(name: string): unknown {
    if (this._isNull === true) return null;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._type, name);
    return this._loaded.get(name);
  }

  _stage(name: string, value: unknown, staged: (() => void)[]): void {
    staged.push(() => this._loaded.set(name, value));
  }

  /** Queues a command against the target; on a null object it does nothing. */
  _queue(member: string, args: unknown[], run: (target: T, location: string) => void, assignment = false): void {
    const location = `${this._type}.${member}`;
    const statement = assignment
      ? `${location} = ${describe(args[0])};`
      : `${location}(${args.map(describe).join(', ')});`;
    this._ctx._enqueue(
      statement,
      location,
      () => {
        const target = this._resolve();
        if (target !== null) run(target, location);
      },
      args,
    );
  }

  /** A method that makes something (add): the returned proxy stands for what the command creates. */
  _create<E, P extends ClientObject<E>>(
    member: string,
    args: unknown[],
    make: (target: T, location: string) => E,
    proxy: (resolver: () => E | null) => P,
  ): P {
    let created: { value: E | null } | undefined;
    const location = `${this._type}.${member}`;
    const result = proxy(() => {
      if (!created) throw invalidObjectPath(location);
      return created.value;
    });
    this._ctx._enqueue(
      `${location}(${args.map(describe).join(', ')});`,
      location,
      () => {
        const target = this._resolve();
        created = { value: target === null ? null : make(target, location) };
        result._resolve();
      },
      args,
    );
    return result;
  }

  /** A *OrNullObject method: the returned proxy learns whether it is null at the next sync. */
  _nullable<P extends ClientObject>(member: string, args: unknown[], proxy: P): P {
    this._ctx._enqueue(`${this._type}.${member}(${args.map(describe).join(', ')});`, `${this._type}.${member}`, () => {
      proxy._resolve();
    });
    return proxy;
  }

  /** Navigation properties (range.format, table.columns...) are the same object every time. */
  _nav<P extends ClientObject>(name: string, make: () => P): P {
    let child = this._navCache.get(name) as P | undefined;
    if (!child) {
      child = make();
      this._navCache.set(name, child);
    }
    return child;
  }

  load(option?: unknown): this {
    const tree = parseLoadOption(option);
    this._ctx._enqueue(`${this._type}.load(${describe(option ?? '')});`, `${this._type}.load`, (staged) =>
      this._snapshot(tree, staged),
    );
    return this;
  }

  _snapshot(tree: LoadTree, staged: (() => void)[]): void {
    const target = this._resolve();
    // load() with no names takes every scalar this ExcelApi level has; a named one above it is ApiNotFound.
    const scalars = tree.all ? Object.keys(this._specs).filter((name) => this._supports(name)) : [...tree.scalars];
    for (const name of scalars) {
      if (this._navigations.includes(name)) {
        this._navChild(name)._snapshot(emptyTree(true), staged);
        continue;
      }
      const spec = this._specs[name];
      if (!spec)
        fail('InvalidArgument', `${this._type}.load`, `The fake Excel has no property '${name}' on ${this._type}.`);
      this._gate(name);
      this._stage(name, target === null ? null : spec.get(target), staged);
    }
    for (const [name, subtree] of tree.navs) {
      if (!this._navigations.includes(name))
        fail('InvalidArgument', `${this._type}.load`, `The fake Excel has no navigation '${name}' on ${this._type}.`);
      this._navChild(name)._snapshot(subtree, staged);
    }
  }

  private _navChild(name: string): ClientObject {
    return (this as unknown as Record<string, ClientObject>)[name];
  }

  /** object.set({...}): each property assigned as if one by one. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      if (this._navigations.includes(name)) this._navChild(name).set(value as Record<string, unknown>);
      else if (this._specs[name]?.set) (this as unknown as Record<string, unknown>)[name] = value;
      else {
        throw new OfficeExtensionError({
          code: 'InvalidArgument',
          message: `The property '${name}' is read-only or does not exist on ${this._type} in the fake Excel.`,
        });
      }
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** Declares a proxy type's scalar properties as accessors, gated by requirement set, read-only when no setter. */
export function defineType<T>(cls: { prototype: object }, specs: Specs<T>, navigations: readonly string[] = []): void {
  Object.defineProperty(cls.prototype, '_specs', { value: specs });
  Object.defineProperty(cls.prototype, '_navigations', { value: navigations });
  for (const [name, spec] of Object.entries(specs)) {
    const descriptor: PropertyDescriptor = {
      get(this: ClientObject<T>) {
        this._gate(name);
        return this._read(name);
      },
      configurable: true,
    };
    if (spec.set) {
      const setter = spec.set;
      descriptor.set = function (this: ClientObject<T>, value: unknown) {
        this._gate(name);
        this._queue(name, [value], (target, location) => setter(target, value, location), true);
      };
    }
    Object.defineProperty(cls.prototype, name, descriptor);
  }
}

/** What methods like getCount() return: `value` is readable after the next sync. */
export class ClientResult<V> {
  private _value: { v: V } | undefined;

  get value(): V {
    if (!this._value) throw valueNotLoaded();
    return this._value.v;
  }

  _settle(v: V): void {
    this._value = { v };
  }
}

export function isFakeError(e: unknown): e is FakeExcelError {
  return e instanceof FakeExcelError;
}
