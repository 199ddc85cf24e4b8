import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { terminalText } from '../../src/cli/cliIo';
import { main } from '../../src/cli/main';
import { syntheticPlanFile } from '../../src/devtools/syntheticPlanFile';
import { memoryIo } from '../support/memoryIo';

describe('nap-monitor command line', () => {
  it.each([['help'], ['--help'], ['-h']])('%s lists the commands on stdout and exits 0', async (word) => {
    const { io, stdout, stderr } = memoryIo();
    expect(await main([word], io)).toBe(0);
    expect(stdout()).toMatch(/^Usage: nap-monitor <command> \[options\]/);
    expect(stdout()).toMatch(/^ {2}init +Create a new plan workbook/m);
    expect(stdout()).toMatch(/^ {2}help +Show this help/m);
    expect(stdout()).toMatch(/^ {2}check +Check a plan workbook/m);
    expect(stdout()).toMatch(/^ {2}status +On track/m);
    expect(stderr()).toBe('');
  });

  it('shows the options of one command with "help init" and "init --help"', async () => {
    for (const argv of [
      ['help', 'init'],
      ['init', '--help'],
    ]) {
      const { io, stdout } = memoryIo();
      expect(await main(argv, io)).toBe(0);
      expect(stdout()).toContain('Usage: nap-monitor init --out plan.xlsx');
      expect(stdout()).toContain('quarterly, semiannual, annual');
      expect(stdout()).toContain('en, sr-Latn, sr-Cyrl, sq, mk, bs');
    }
  });

  it('prints usage on stderr and exits 64 without a command', async () => {
    const { io, stdout, stderr } = memoryIo();
    expect(await main([], io)).toBe(64);
    expect(stderr()).toMatch(/^Usage: nap-monitor/);
    expect(stdout()).toBe('');
  });

  it('names an unknown command, shows usage and exits 64', async () => {
    const { io, stderr } = memoryIo();
    expect(await main(['publish'], io)).toBe(64);
    expect(stderr()).toMatch(/^There is no command "publish"\.\nUsage: nap-monitor/);
  });

  it.each([
    [['init', '--out'], 'The option --out needs a value.'],
    [['init', '--out', '--force'], 'The option --out needs a value.'],
    [['init', '--colour', 'red'], 'The command "init" has no option --colour.'],
    [['init', 'plan.xlsx'], 'Unexpected argument "plan.xlsx".'],
    [['init', '--force=yes', '--out', 'a.xlsx'], 'Unexpected argument "--force=yes".'],
    [['init', '--example'], 'The option --out is required.'],
  ])('refuses %j with a clear message and exit 64', async (argv, message) => {
    const { io, stderr, files } = memoryIo();
    expect(await main(argv, io)).toBe(64);
    expect(stderr()).toBe(`${message}\nRun "nap-monitor help init" to see the options.`);
    expect(files.size).toBe(0);
  });
});

describe('nap-monitor output on a terminal', () => {
  it('replaces control characters and bidirectional overrides before they are printed', async () => {
    const { io, stderr } = memoryIo();
    expect(await main(['publish\u001b[2J\u202egpj.exe'], io)).toBe(64);
    expect(stderr()).toMatch(/^There is no command "publish\ufffd\[2J\ufffdgpj\.exe"\.\n/);
    expect(stderr()).not.toContain('\u001b');
    expect(stderr()).not.toContain('\u202e');
  });

  it('keeps the newlines and tabs of its own layout', () => {
    expect(terminalText('a\tb\nc\r\u0007\u2066')).toBe('a\tb\nc\ufffd\ufffd\ufffd');
  });
});

describe('nap-monitor as a process', () => {
  const root = resolve(__dirname, '../..');
  const cli = join(root, process.env.NAP_DIST || 'dist', 'cli', 'nap-monitor.js');
  let folder: string;

  beforeAll(() => {
    // `npm test` builds first; run alone, this suite builds when needed.
    if (!existsSync(cli))
      execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
        cwd: root,
        stdio: 'ignore',
      });
    folder = mkdtempSync(join(tmpdir(), 'nap-pipe-'));
  }, 300_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('ends quietly when the reader of its output goes away (status --json | head)', async () => {
    const plan = join(folder, 'plan.xlsx');
    writeFileSync(plan, await syntheticPlanFile(300, 300));
    const child = spawn(process.execPath, [cli, 'status', plan, '--json', '--as-of', '2026-12-31'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
