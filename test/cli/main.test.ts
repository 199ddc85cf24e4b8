import { main } from '../../src/cli/main';
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
