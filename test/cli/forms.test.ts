import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli/main';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { memoryIo } from '../support/memoryIo';
import { readBack } from '../files/returnForm/exampleForms';

async function examplePlanFile() {
  const gateway = XlsxGateway.empty('plan.xlsx');
  await setupPlanWorkbook(gateway, {
    title: 'NAP',
    country: 'Montenegro',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    example: true,
    planId: 'p1',
  });
  return gateway.toBytes();
}

describe('nap-monitor forms', () => {
  it('writes one form per agency with something to report, and leaves the plan file as it was', async () => {
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
    expect(stdout()).toContain('5 forms for 2026-Q2, due 2026-07-15.');
    expect(stdout()).toContain('plan.xlsx was not changed');
    expect(files.get('plan.xlsx')).toBe(plan);
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
});
