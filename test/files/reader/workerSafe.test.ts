import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const PACKAGES = new Set(['fflate', 'zod']);
const NODE_OR_DOM = /\b(process|Buffer|require|window|document|self|globalThis)\s*[.([]/;

function resolveImport(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`cannot resolve ${specifier} from ${from}`);
  return found;
}

/** Every source file the reader loads, following imports from its index. */
function readerModules(): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [resolve(ROOT, 'src/files/reader/index.ts')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    seen.set(file, source);
    for (const [, specifier] of source.matchAll(/(?:from|import)\s+'([^']+)'/g)) {
      if (specifier.startsWith('.')) queue.push(resolveImport(file, specifier));
      else if (!PACKAGES.has(specifier)) throw new Error(`${relative(ROOT, file)} imports ${specifier}`);
    }
  }
  return seen;
}

describe('the reader runs in a Web Worker as well as in Node', () => {
  it('loads no Node module and no package but fflate and zod, however deep the imports go', () => {
    expect(() => readerModules()).not.toThrow();
  });

  it('touches no Node or browser global (process, Buffer, require, window, document)', () => {
    const offending = [...readerModules()]
      .filter(([, source]) => NODE_OR_DOM.test(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
      .map(([file]) => relative(ROOT, file));
    expect(offending).toEqual([]);
  });
});
