import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../src/cli/cliError';
import type { CliIo } from '../../src/cli/cliIo';
import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/nodeIo';
import { fileSystemError } from '../../src/cli/systemError';
import { translate } from '../../src/core/i18n/translate';
import { readWorkbookValues, type ReaderProblem, type ReadResult } from '../../src/files/reader';
import type { CorpusCase, CorpusClass } from './corpusCase';
import { EXAMPLE_PLAN, generateCorpus, type CorpusFile } from './generateCorpus';

const CLASSES: CorpusClass[] = ['zip', 'bomb', 'xml', 'sheet', 'table', 'value', 'fileSystem'];

let folder: string;
let corpus: CorpusFile[];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'nap-corpus-'));
  corpus = await generateCorpus(folder);
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** As the CLI opens a file: the file-system checks, then the reader. */
async function readAsTheCliDoes(path: string): Promise<ReadResult> {
  try {
    return readWorkbookValues(await nodeIo.readFile(path), { fileName: path });
  } catch (error) {
    const refusal = error instanceof CliError ? error : fileSystemError(error, path, 'read');
    return { ok: false, problems: [{ key: refusal.key, params: refusal.params }] };
  }
}

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeIo, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * `check` on a refused file: exit 2 and a message naming the file, never a stack or a JavaScript error. It
 * reads only the sheets that hold plan tables, so a fault in another sheet of a hand-built workbook gives
 * "no plan" instead; where the fault is in the package, the file system or a plan sheet, the message is
 * the reader's own.
 */
async function cliMismatch(corpusCase: CorpusCase, path: string, problem: ReaderProblem): Promise<string | null> {
  const readerMessage = translate('en', problem.key, problem.params);
  const packageLevel = !('sheet' in problem.params) && !('part' in problem.params);
  const { code, err } = await cli(['check', path]);
  if (code !== 2 || !err.includes(path) || /\n\s+at |Error:|undefined|\d+:\d+:/.test(err) || err.length > 1000)
    return `check said (${code}) ${err.slice(0, 300)}`;
  const exact = corpusCase.class === 'fileSystem' || corpusCase.name.startsWith('plan-') || packageLevel;
  if (exact && err !== readerMessage) return `check said ${err.slice(0, 300)}`;
  return null;
}

/** What is wrong with the outcome of one file, or null when it is as expected. */
async function mismatch({ corpusCase, path }: CorpusFile): Promise<string | null> {
  const result = await readAsTheCliDoes(path);
  const { expect: expected } = corpusCase;
  if ('refused' in expected) {
    if (result.ok) return 'was accepted';
    const [problem] = result.problems;
    if (problem.key !== expected.refused) return `refused with ${problem.key} ${JSON.stringify(problem.params)}`;
    const wanted = { file: path, ...expected.params };
    for (const [name, value] of Object.entries(wanted))
      if (problem.params[name] !== value)
        return `${name} is ${JSON.stringify(problem.params[name])}, not ${JSON.stringify(value)}`;
    return cliMismatch(corpusCase, path, problem);
  }
  if (!result.ok) return `refused with ${result.problems[0].key} ${JSON.stringify(result.problems[0].params)}`;
  if ('accepted' in expected) {
    try {
      expected.accepted(result.workbook);
    } catch (error) {
      return String(error instanceof Error ? error.message : error).slice(0, 500);
    }
    return null;
  }
  const example = corpus.find((file) => file.corpusCase.name === EXAMPLE_PLAN)!.path;
  const [mine, theirs] = [await cli(['check', path, '--json']), await cli(['check', example, '--json'])];
  const findings = (run: { out: string }) => JSON.parse(run.out).map((finding: { message: string }) => finding.message);
  if (mine.code !== 0) return `check exited ${mine.code}: ${mine.err}`;
  if (JSON.stringify(findings(mine)) !== JSON.stringify(findings(theirs))) return 'check found other findings';
  const status = JSON.parse((await cli(['status', path, '--json', '--as-of', '2026-12-31'])).out);
  if (status.indicators.length !== 5 || status.activities.length !== 14)
    return `status read ${status.indicators.length} indicators and ${status.activities.length} activities`;
  return null;
}

describe('the corpus of damaged and hostile workbooks', () => {
  it('holds at least 150 files, with cases in every class of issue 11', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const kind of CLASSES)
      expect(corpus.filter((file) => file.corpusCase.class === kind).length).toBeGreaterThan(5);
  });

  it.each(CLASSES)(
    'every %s file is refused with its message or read as expected',
    async (kind) => {
      const failures: string[] = [];
      for (const file of corpus.filter((candidate) => candidate.corpusCase.class === kind)) {
        const problem = await mismatch(file);
        if (problem) failures.push(`${file.corpusCase.name}: ${problem}`);
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );

  it('reads the example plan as 5 indicators and 14 activities, however the tables were saved', async () => {
    const example = corpus.find((file) => file.corpusCase.name === EXAMPLE_PLAN)!;
    const { out } = await cli(['check', example.path]);
    expect(out).toMatch(/indicators \d+\/5, activities \d+\/14\)\.$/);
  });
});
