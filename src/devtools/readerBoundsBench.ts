import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_READER_LIMITS } from '../files/reader/limits';
import { bigReturnForm } from './bigReturnForm';
import { parseInChromium, type BrowserRun } from './chromiumReader';
import { probe, writeProbe, type CorpusRun, type Emit } from './readerBench';

const MB = 1024 * 1024;

/**
 * Issue 11's bounds in the browser, and issue 8's one 20 MB form. A legitimate return form just under the size
 * limit is imported (`import --dry-run`) in a Node process of its own; then it and every corpus file a file
 * picker could hand the pane (regular files within the limit) go through the task pane's import worker in
 * headless Chromium, one fresh worker per file.
 */
export async function readerBoundsBench(emit: Emit, folder: string, corpus: readonly CorpusRun[]): Promise<void> {
  const dist = resolve(__dirname, '..');
  const root = resolve(dist, '..');
  const big = await bigReturnForm();
  const bigFolder = join(folder, 'form-20mb');
  mkdirSync(bigFolder);
  const plan = join(bigFolder, 'plan.xlsx');
  const form = join(bigFolder, big.formName);
  writeFileSync(plan, big.plan);
  writeFileSync(form, big.form);
  emit('import.form_20mb.file_mb', big.form.length / MB, 'MB');

  const node = probe(
    writeProbe(folder),
    [join(dist, 'cli', 'nap-monitor.js'), 'import', plan, form, '--dry-run'],
    root,
  );
  emit('import.form_20mb.node_ms', node.ms, 'ms');
  emit('import.form_20mb.node_rss_mb', node.rssMb, 'MB');

  const pickable = corpus.filter((run) => {
    const stat = lstatSync(run.path, { throwIfNoEntry: false });
    return stat?.isFile() === true && stat.size <= DEFAULT_READER_LIMITS.fileBytes;
  });
  const runs = await parseInChromium(dist, [...pickable, { name: big.formName, path: form }]);
  const bigRun = runs.at(-1) as BrowserRun;
  if (bigRun.kind !== 'form') throw new Error(`the 20 MB form was not read as a form in Chromium (${bigRun.kind})`);
  emit('reader.chromium.files', runs.length, 'files');
  emit('reader.chromium.max_ms', Math.max(...runs.map((run) => run.ms)), 'ms');
  emit('reader.chromium.max_heap_mb', Math.max(...runs.map((run) => run.heapMb)), 'MB');
  emit('reader.chromium.max_reserved_mb', Math.max(...runs.map((run) => run.reservedMb)), 'MB');
  emit('import.form_20mb.chromium_ms', bigRun.ms, 'ms');
  emit('import.form_20mb.chromium_heap_mb', bigRun.heapMb, 'MB');
}
