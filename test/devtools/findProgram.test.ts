import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProgram } from '../../src/devtools/findProgram';

describe('findProgram', () => {
  const saved = { PATH: process.env.PATH, NAP_TEST_TOOL: process.env.NAP_TEST_TOOL };
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.NAP_TEST_TOOL === undefined) delete process.env.NAP_TEST_TOOL;
    else process.env.NAP_TEST_TOOL = saved.NAP_TEST_TOOL;
  });

  it('takes the environment variable first, then the first executable name on the PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'find-program-'));
    writeFileSync(join(dir, 'tool-b'), '#!/bin/sh\n');
    chmodSync(join(dir, 'tool-b'), 0o755);
    writeFileSync(join(dir, 'tool-a'), 'not executable');
    process.env.PATH = dir;
    delete process.env.NAP_TEST_TOOL;
    expect(findProgram('NAP_TEST_TOOL', ['tool-a', 'tool-b'], 'apt-get install tool')).toBe(join(dir, 'tool-b'));
    process.env.NAP_TEST_TOOL = '/opt/tool';
    expect(findProgram('NAP_TEST_TOOL', ['tool-a', 'tool-b'], 'apt-get install tool')).toBe('/opt/tool');
  });

  it('names the program, how to install it and the variable when it is missing', () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), 'find-program-empty-'));
    delete process.env.NAP_TEST_TOOL;
    expect(() => findProgram('NAP_TEST_TOOL', ['tool-a'], 'apt-get install tool')).toThrow(
      'tool-a was not found on the PATH; install it (apt-get install tool) or set NAP_TEST_TOOL to its path.',
    );
  });
});
