import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli/main';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { memoryIo } from '../support/memoryIo';
import { partText } from '../support/xlsxParts';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { PlanFileGateway } from '../../src/files/planPatch/planFileGateway';
import { WorkbookError } from '../../src/sheets/workbookError';
import { readRegister } from '../../src/sheets/codecs/registerCodec';
import { readBack } from '../files/returnForm/exampleForms';
import { EXAMPLE_SETUP } from '../support/examplePlan';

async function examplePlanFile() {
  const gateway = XlsxGateway.empty('plan.xlsx');
  await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
  return gateway.toBytes();
}

async function register(bytes: Uint8Array) {
  const snapshot = await XlsxFileGateway.open(bytes, 'plan.xlsx').read({ tables: ['NapSubmissions'] });
  return readRegister(snapshot.tables.NapSubmissions);
}

describe('nap-monitor forms', () => {
  it('writes one form per agency with something to report, and records them as expected in the plan file', async () => {
    const { io, files, stdout, stderr } = memoryIo();
    const plan = await examplePlanFile();
    files.set('plan.xlsx', plan);
    expect(await main(['forms', 'plan.xlsx', '--period', '2026-Q2', '--out', 'forms'], io)).toBe(0);
    expect(stderr()).toBe('');
    expect([...files.keys()].filter((name) => name.startsWith('forms/')).sort()).toEqual([
      'forms/2026-Q2_ATC.xlsx',
      'forms/2026-Q2_MOI.xlsx',
      'forms/2026-Q2_POL.xlsx',
      'forms/2026-Q2_PPO.xlsx',
      'forms/2026-Q2_SOC.xlsx',
    ]);
    expect(stdout()).toContain('forms/2026-Q2_MOI.xlsx\tMOI\t1 indicators, 3 activities');
    expect(stdout()).toContain('No form for JTC');
    expect(stdout()).toContain('5 forms for 2026-Q2, due 15 July 2026.');
    expect(stdout()).toContain('plan.xlsx: 5 forms recorded as expected in the Submissions register.');
    const written = files.get('plan.xlsx')!;
    expect((await register(written)).map((entry) => [entry.agency, entry.period, entry.state])).toEqual([
      ['ATC', '2026-Q2', 'expected'],
      ['MOI', '2026-Q2', 'expected'],
      ['POL', '2026-Q2', 'expected'],
      ['SOC', '2026-Q2', 'expected'],
      ['PPO', '2026-Q2', 'expected'],
    ]);
    // Only the parts holding the register change; the plan's own sheets stay byte for byte.
    expect(partText(written, 'xl/worksheets/sheet2.xml')).toBe(partText(plan, 'xl/worksheets/sheet2.xml'));
    expect(await main(['forms', 'plan.xlsx', '--period', '2026-Q2', '--out', 'again'], io)).toBe(0);
    expect(stdout()).toContain('these forms were already in its Submissions register');
    expect(files.get('plan.xlsx') === written).toBe(true);
    const back = await readBack(files.get('forms/2026-Q2_POL.xlsx')!);
    expect(back.meta).toMatchObject({ planId: 'p1', agency: 'POL', period: '2026-Q2' });
    expect(back.digest).toBe(back.meta.digest);
  });

  it('writes only the agencies asked for, codes in any case', async () => {
    const { io, files } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile());
    expect(await main(['forms', 'plan.xlsx', '--period', 'Q3 2026', '--out', 'out', '--agency', 'pol, moi'], io)).toBe(
      0,
    );
    expect([...files.keys()].filter((name) => name.startsWith('out/')).sort()).toEqual([
      'out/2026-Q3_MOI.xlsx',
      'out/2026-Q3_POL.xlsx',
    ]);
  });

  it('names the period or agency the plan does not have, and writes nothing', async () => {
    const { io, files, stderr } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile());
    expect(await main(['forms', 'plan.xlsx', '--period', '2030-Q1', '--out', 'forms'], io)).toBe(2);
    expect(stderr()).toContain('the plan has no reporting period "2030-Q1". Its periods are: 2026-Q1, 2026-Q2');
    expect(await main(['forms', 'plan.xlsx', '--period', '2026-Q1', '--out', 'forms', '--agency', 'NOPE'], io)).toBe(2);
    expect(stderr()).toContain('the agencies list has no agency "NOPE"');
    expect([...files.keys()]).toEqual(['plan.xlsx']);
  });

  it('leaves the plan file as it was and says why when its writer cannot record the forms', async () => {
    const { io, files, stdout } = memoryIo();
    const plan = await examplePlanFile();
    files.set('plan.xlsx', plan);
    const refusal = 'the plan file writer does not do that';
    const write = jest
      .spyOn(PlanFileGateway.prototype, 'write')
      .mockRejectedValueOnce(new WorkbookError('error.writeFailed', { detail: refusal }, refusal));
    try {
      expect(await main(['forms', 'plan.xlsx', '--period', '2026-Q2', '--out', 'forms', '--agency', 'POL'], io)).toBe(
        0,
      );
    } finally {
      write.mockRestore();
    }
    expect(files.has('forms/2026-Q2_POL.xlsx')).toBe(true);
    expect(files.get('plan.xlsx') === plan).toBe(true);
    expect(stdout()).toContain(
      'plan.xlsx was left as it was, so these forms are not in its Submissions register: the plan file writer does not do that.',
    );
  });

  it('says so, naming the folder, when the folder for the forms cannot be made', async () => {
    const { io, files, stderr } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile());
    expect(await main(['forms', 'plan.xlsx', '--period', '2026-Q2', '--out', '/readonly/forms'], io)).not.toBe(0);
    expect(stderr()).toContain('/readonly/forms');
    expect([...files.keys()]).toEqual(['plan.xlsx']);
  });

  it('asks for the period and the folder', async () => {
    const { io, files, stderr } = memoryIo();
    files.set('plan.xlsx', await examplePlanFile());
    expect(await main(['forms', 'plan.xlsx', '--out', 'forms'], io)).not.toBe(0);
    expect(stderr()).toContain('--period');
  });
});

describe('nap-monitor forms from the built command line', () => {
  const cli = join(process.cwd(), process.env.NAP_DIST ?? 'dist', 'cli', 'nap-monitor.js');
  let folder: string;
  beforeEach(async () => (folder = await mkdtemp(join(tmpdir(), 'nap-forms-'))));
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('writes the forms into a real folder, and refuses to replace them without --force', async () => {
    const { writeFile } = await import('node:fs/promises');
    const plan = join(folder, 'plan.xlsx');
    await writeFile(plan, await examplePlanFile());
    const run = (...args: string[]) => execFileSync('node', [cli, 'forms', plan, ...args], { encoding: 'utf8' });
    run('--period', '2026-Q2', '--out', folder, '--agency', 'POL');
    expect((await readdir(folder)).sort()).toEqual(['2026-Q2_POL.xlsx', 'plan.xlsx']);
    expect(() => run('--period', '2026-Q2', '--out', folder, '--agency', 'POL')).toThrow(/2026-Q2_POL\.xlsx/);
    run('--period', '2026-Q2', '--out', folder, '--agency', 'POL', '--force');
    const back = await readBack(new Uint8Array(await readFile(join(folder, '2026-Q2_POL.xlsx'))));
    expect(back.meta.agency).toBe('POL');
  });

  it('creates the folder the forms go into, and the folders above it, when they are missing', async () => {
    const { writeFile } = await import('node:fs/promises');
    const plan = join(folder, 'plan.xlsx');
    await writeFile(plan, await examplePlanFile());
    const out = join(folder, 'forms', '2026-Q2');
    execFileSync('node', [cli, 'forms', plan, '--period', '2026-Q2', '--out', out, '--agency', 'POL,MOI'], {
      encoding: 'utf8',
    });
    expect((await readdir(out)).sort()).toEqual(['2026-Q2_MOI.xlsx', '2026-Q2_POL.xlsx']);
  });

  it('says the folder is a file, not that it exists, when a file already holds its name', async () => {
    const { writeFile } = await import('node:fs/promises');
    const plan = join(folder, 'plan.xlsx');
    await writeFile(plan, await examplePlanFile());
    let stderr = '';
    try {
      execFileSync('node', [cli, 'forms', plan, '--period', '2026-Q2', '--out', plan], { encoding: 'utf8' });
    } catch (error) {
      stderr = String((error as { stderr?: unknown }).stderr);
    }
    expect(stderr).toContain(`${plan} cannot be used: a part of its path is a file, not a folder.`);
    expect(stderr).not.toContain('--force');
  });
});
