import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cliIo';
import { writeFileSafely } from '../../src/cli/fileIo';
import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/nodeIo';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { INDICATORS_TABLE, ME_PLAN_TABLE, SETTINGS_TABLE } from '../../src/sheets/layouts/tables';
import { libreOfficeSheets } from '../support/libreoffice';
import { memoryIo } from '../support/memoryIo';

/** Opens written bytes the way the CLI opens a file from disk (a refusal rejects the promise). */
const openXlsx = async (bytes: Uint8Array, file: string) => XlsxFileGateway.open(bytes, file);

describe('nap-monitor init', () => {
  it('writes the example plan workbook, which LibreOffice opens with the indicators on the NAP sheet', async () => {
    const { io, files, stdout, stderr } = memoryIo();
    const code = await main(
      ['init', '--example', '--out', 'plans/example.xlsx', '--title', 'NAP 2026–2028', '--country', 'Utopia'],
      io,
    );
    expect(stderr()).toBe('');
    expect(code).toBe(0);
    expect(stdout()).toMatch(/set up with the example plan: \d+ indicators and \d+ activities/);
    expect(stdout()).toMatch(/Wrote plans\/example\.xlsx\.$/);

    const bytes = files.get('plans/example.xlsx')!;
    const snapshot = await (await openXlsx(bytes, 'example.xlsx')).read({ tables: [INDICATORS_TABLE.name] });
    const indicators = snapshot.tables[INDICATORS_TABLE.name];
    expect(indicators.sheet).toBe('NAP');
    expect(indicators.rows.length).toBeGreaterThan(3);

    const sheets = await libreOfficeSheets(bytes);
    expect(Object.keys(sheets)).toEqual(
      expect.arrayContaining(['Settings', 'NAP', 'NAP activities', 'M&E plan', 'Lists']),
    );
    const napCells = sheets.NAP.flat();
    const codeColumn = indicators.left + indicators.headers.indexOf('Code');
    const loCodes = sheets.NAP.slice(indicators.top + 1, indicators.top + 1 + indicators.rows.length).map(
      (row) => row[codeColumn],
    );
    expect(loCodes).toEqual(indicators.rows.map((row) => String(row[indicators.headers.indexOf('Code')])));
    expect(napCells).toContain(String(indicators.rows[0][indicators.headers.indexOf('Performance indicator')]));
    expect(sheets.Settings.flat()).toEqual(
      expect.arrayContaining(['NAP 2026–2028', 'Utopia', '2026-01-01', '2028-12-31']),
    );
  });

  it('writes M&E plan formulas whose results LibreOffice, calculating them itself, agrees with', async () => {
    const { io, files } = memoryIo();
    expect(await main(['init', '--example', '--out', 'example.xlsx'], io)).toBe(0);
    const bytes = files.get('example.xlsx')!;
    const snapshot = await (await openXlsx(bytes, 'example.xlsx')).read({ tables: [ME_PLAN_TABLE.name] });
    const mePlan = snapshot.tables[ME_PLAN_TABLE.name];
    const cached = mePlan.rows.map((row) => row.map(String));
    expect(cached.flat().filter((cell) => cell !== '').length).toBeGreaterThan(mePlan.rows.length * 3);

    const sheet = (await libreOfficeSheets(bytes, { recalculate: true }))[mePlan.sheet];
    const calculated = sheet
      .slice(mePlan.top + 1, mePlan.top + 1 + mePlan.rows.length)
      .map((row) => row.slice(mePlan.left, mePlan.left + mePlan.headers.length));
    expect(calculated).toEqual(cached);
  });

  it('refuses to overwrite a file unless --force is given', async () => {
    const { io, files, stderr } = memoryIo();
    files.set('plan.xlsx', new Uint8Array([1, 2, 3]));
    expect(await main(['init', '--out', 'plan.xlsx'], io)).toBe(2);
    expect(stderr()).toBe('plan.xlsx exists already. Choose another file name, or add --force to replace it.');
    expect(files.get('plan.xlsx')).toEqual(new Uint8Array([1, 2, 3]));

    const forced = memoryIo();
    forced.files.set('plan.xlsx', new Uint8Array([1, 2, 3]));
    expect(await main(['init', '--out=plan.xlsx', '--force'], forced.io)).toBe(0);
    expect(forced.files.get('plan.xlsx')!.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it.each([
    [
      '--start',
      '2026-02-30',
      'The option --start needs a date written as YYYY-MM-DD, for example 2026-01-31; "2026-02-30" is not one.',
    ],
    [
      '--end',
      '31.12.2028',
      'The option --end needs a date written as YYYY-MM-DD, for example 2026-01-31; "31.12.2028" is not one.',
    ],
    ['--language', 'fr', 'The option --language must be one of: en, sr-Latn, sr-Cyrl, sq, mk, bs; "fr" is not.'],
  ])('refuses %s %s with a clear message and exit 64', async (option, value, message) => {
    const { io, files, stderr } = memoryIo();
    expect(await main(['init', '--out', 'plan.xlsx', option, value], io)).toBe(64);
    expect(stderr().split('\n')[0]).toBe(message);
    expect(files.size).toBe(0);
  });

  it('reports a period that ends before it starts as a workbook error (exit 2)', async () => {
    const { io, files, stderr } = memoryIo();
    expect(await main(['init', '--out', 'plan.xlsx', '--start', '2027-01-01', '--end', '2026-12-31'], io)).toBe(2);
    expect(stderr()).toBe('The plan period ends before it starts.');
    expect(files.size).toBe(0);
  });

  it("defaults the period to three calendar years from 1 January of today's year", async () => {
    const { io, files } = memoryIo('2027-06-30');
    expect(await main(['init', '--out', 'plan.xlsx'], io)).toBe(0);
    const snapshot = await (
      await openXlsx(files.get('plan.xlsx')!, 'plan.xlsx')
    ).read({ tables: [SETTINGS_TABLE.name] });
    const cells = snapshot.tables[SETTINGS_TABLE.name].rows.flat();
    expect(cells).toEqual(expect.arrayContaining(['2027-01-01', '2029-12-31']));
  });

  it('says so when the file cannot be written (exit 2)', async () => {
    const { io, stderr } = memoryIo();
    expect(await main(['init', '--out', '/readonly/plan.xlsx'], io)).toBe(2);
    expect(stderr()).toBe('NAP Monitor may not write /readonly/plan.xlsx: you do not have permission to write there.');
  });
});

describe('nap-monitor init on a real disk', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'nap-init-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const diskIo = () => {
    const err: string[] = [];
    const io: CliIo = { ...nodeIo, stdout: () => undefined, stderr: (text) => err.push(text) };
    return { io, stderr: () => err.join('\n') };
  };

  it('does not replace a dangling symlink without --force, and replaces it with --force', async () => {
    const out = join(folder, 'plan.xlsx');
    symlinkSync(join(folder, 'nowhere'), out);
    const { io, stderr } = diskIo();
    expect(await main(['init', '--out', out], io)).toBe(2);
    expect(stderr()).toBe(`${out} exists already. Choose another file name, or add --force to replace it.`);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);

    expect(await main(['init', '--out', out, '--force'], diskIo().io)).toBe(0);
    expect(lstatSync(out).isFile()).toBe(true);
    expect(readdirSync(folder)).toEqual(['plan.xlsx']);
  });

  it('lets only one of two writes racing for the same new name win, and leaves no temporary file', async () => {
    const out = join(folder, 'plan.xlsx');
    const outcomes = await Promise.allSettled([
      writeFileSafely(out, new Uint8Array([1]), { replace: false }),
      writeFileSafely(out, new Uint8Array([2]), { replace: false }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.code).toBe('EEXIST');
    expect(readdirSync(folder)).toEqual(['plan.xlsx']);
  });

  it('names only the file the user gave when a part of the path is a file (ENOTDIR)', async () => {
    writeFileSync(join(folder, 'notes.txt'), 'x');
    const out = join(folder, 'notes.txt', 'plan.xlsx');
    const { io, stderr } = diskIo();
    expect(await main(['init', '--out', out], io)).toBe(2);
    expect(stderr()).toBe(`${out} cannot be used: a part of its path is a file, not a folder.`);
    expect(stderr()).not.toMatch(/partial/);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  it('replaces an existing file with --force in one step, leaving no temporary file', async () => {
    const out = join(folder, 'plan.xlsx');
    writeFileSync(out, 'old');
    expect(await main(['init', '--out', out, '--force'], diskIo().io)).toBe(0);
    expect(readFileSync(out).subarray(0, 2)).toEqual(Buffer.from([0x50, 0x4b]));
    expect(readdirSync(folder)).toEqual(['plan.xlsx']);
  });
});
