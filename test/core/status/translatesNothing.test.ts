import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

function sources(folder: string): { file: string; text: string }[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => ({ file: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Every import statement of a file, with what it imports and from where. */
function imports(text: string): { what: string; from: string }[] {
  return [...text.matchAll(/import\s+([^;]*?)\s+from\s+'([^']+)'/g)].map((m) => ({ what: m[1], from: m[2] }));
}

/** What an import brings in as values (not only types): `import type {…}` and `type X` members bring none. */
function valueNames(what: string): string[] {
  if (/^type\s/.test(what)) return [];
  const names = /\{([^}]*)\}/.exec(what)?.[1].split(',') ?? [what];
  return names.map((name) => name.trim()).filter((name) => name !== '' && !name.startsWith('type '));
}

/**
 * Core decides what to say; the edges (sheets, pane, command line, report renderers) translate it once. The
 * status engine and the report model may name messages (Sentence, dateParam) but never write them.
 */
describe('core/status and core/report translate nothing', () => {
  const files = [...sources('src/core/status'), ...sources('src/core/report')];

  it('finds the sources it checks', () => {
    expect(files.some((f) => f.file.endsWith('indicatorStatus.ts'))).toBe(true);
    expect(files.some((f) => f.file.endsWith('buildReportModel.ts'))).toBe(true);
  });

  // Recognising words typed in any language (allTranslations) is reading, not writing: it stays allowed.
  it.each(files.map((f) => [f.file, f.text]))('%s imports no translation function', (_file, text) => {
    const translating = imports(text)
      .filter((i) => /i18n\/translate$/.test(i.from))
      .flatMap((i) => valueNames(i.what))
      .filter((name) => /^(translate|translator)\b/.test(name));
    expect(translating).toEqual([]);
  });

  it.each(sources('src/core/status').map((f) => [f.file, f.text]))('%s renders no sentence', (_file, text) => {
    const rendering = imports(text)
      .filter((i) => /i18n\/sentence$/.test(i.from))
      .flatMap((i) => valueNames(i.what))
      .filter((name) => /^render/.test(name));
    expect(rendering).toEqual([]);
  });
});
