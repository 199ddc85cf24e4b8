import { OfficeExtensionError } from '../errors';

/** What one load() asks for: scalar names, navigation properties with their own trees, or everything. */
export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
}

export function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), navs: new Map() };
}

function addPath(tree: LoadTree, path: string[]): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    tree.scalars.add(head);
    return;
  }
  let child = tree.navs.get(head);
  if (!child) {
    child = emptyTree();
    tree.navs.set(head, child);
  }
  addPath(child, rest);
}

function paths(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(paths);
  throw new OfficeExtensionError({
    code: 'InvalidArgument',
    message: "The argument 'option' doesn't work for this situation, is missing, or isn't in the right format.",
  });
}

/** load(), load('a, b/c'), load(['a', 'b']), load({ select, expand }) → a tree. */
export function parseLoadOption(option: unknown): LoadTree {
  if (option === undefined || option === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof option === 'object' && !Array.isArray(option)) {
    const { select, expand } = option as { select?: unknown; expand?: unknown };
    for (const p of paths(select)) addPath(tree, p.split('/'));
    for (const p of paths(expand)) {
      const parts = p.split('/');
      let node = tree;
      for (const part of parts) {
        let child = node.navs.get(part);
        if (!child) {
          child = emptyTree();
          node.navs.set(part, child);
        }
        node = child;
      }
      node.all = node.scalars.size === 0;
    }
    if (select === undefined && expand === undefined) tree.all = true;
    return tree;
  }
  for (const p of paths(option)) addPath(tree, p.split('/'));
  return tree;
}

export function mergeTrees(a: LoadTree | null, b: LoadTree): LoadTree {
  if (!a) return b;
  const merged: LoadTree = {
    all: a.all || b.all,
    scalars: new Set([...a.scalars, ...b.scalars]),
    navs: new Map(a.navs),
  };
  for (const [name, sub] of b.navs) merged.navs.set(name, mergeTrees(merged.navs.get(name) ?? null, sub));
  return merged;
}
