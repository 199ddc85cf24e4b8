import { lazy, type ComponentType } from 'react';

/** A panel loaded from its own chunk on first render (React.lazy wants a default export; panels export by name). */
export function lazyPanel<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
