interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}
interface LockFile {
  packages: Record<string, LockEntry>;
}
interface CompleteLockfileModule {
  completeLockfile(lock: LockFile): string[];
}

const { completeLockfile } = jest.requireActual<CompleteLockfileModule>('../../src/devtools/complete-lockfile.js');

function sampleLock(): LockFile {
  return {
    packages: {
      '': { version: '0.1.0' },
      'node_modules/@swc/core': {
        version: '1.16.22',
        optionalDependencies: {
          '@swc/core-darwin-arm64': '1.16.22',
          '@swc/core-linux-x64-gnu': '1.16.22',
          '@swc/core-linux-x64-musl': '1.16.22',
        },
      },
      'node_modules/@swc/core-linux-x64-gnu': { version: '1.16.22', optional: true, os: ['linux'], cpu: ['x64'] },
      'node_modules/tool': { version: '2.0.0', optionalDependencies: { fsevents: '^2.3.0', helper: '1.0.0' } },
      'node_modules/tool/node_modules/helper': { version: '1.0.0' },
    },
  };
}

describe('completeLockfile', () => {
  it('adds the optional platform packages the registry mirror left out, with their platform', () => {
    const lock = sampleLock();
    expect(completeLockfile(lock)).toEqual(['@swc/core-darwin-arm64@1.16.22', '@swc/core-linux-x64-musl@1.16.22']);
    expect(lock.packages['node_modules/@swc/core-darwin-arm64']).toEqual({
      version: '1.16.22',
      optional: true,
      os: ['darwin'],
      cpu: ['arm64'],
    });
    expect(lock.packages['node_modules/@swc/core-linux-x64-musl']).toEqual({
      version: '1.16.22',
      optional: true,
      os: ['linux'],
      cpu: ['x64'],
      libc: ['musl'],
    });
  });

  it('keeps the root entry first and the rest sorted', () => {
    const lock = sampleLock();
    completeLockfile(lock);
    const keys = Object.keys(lock.packages);
    expect(keys[0]).toBe('');
    expect(keys.slice(1)).toEqual([...keys.slice(1)].sort((a, b) => a.localeCompare(b)));
  });

  it('leaves present, nested and non-exact optional dependencies alone, and is idempotent', () => {
    const lock = sampleLock();
    completeLockfile(lock);
    const once = JSON.stringify(lock);
    expect(completeLockfile(lock)).toEqual([]);
    expect(JSON.stringify(lock)).toBe(once);
    expect(lock.packages['node_modules/helper']).toBeUndefined();
    expect(lock.packages['node_modules/fsevents']).toBeUndefined();
  });
});
