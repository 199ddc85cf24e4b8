/**
 * Plans repeat the same few texts thousands of times ("I quarter", "No funding required", "n/a"), so
 * readers remember their answers. Answers are frozen because they are shared; the cache is emptied when it
 * grows past `limit` so a long session cannot fill memory.
 */
export function memoByText<R extends object>(limit: number, compute: (key: string) => R): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    let result = cache.get(key);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = Object.freeze(compute(key));
      cache.set(key, result);
    }
    return result;
  };
}
