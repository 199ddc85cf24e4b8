'use strict';
// Our npm registry mirror only carries the Linux builds of packages that ship one native binary per platform
// (@swc/core-darwin-x64, @unrs/resolver-binding-win32-x64-msvc, ...). `npm install` therefore leaves those
// optional dependencies out of package-lock.json, and `npm ci` then refuses the lockfile ("Missing: ... from lock
// file"). This adds the missing optional entries (version, os, cpu, libc), exactly as npm writes them when the registry
// has them; npm ci skips them on other platforms. Idempotent: `node src/devtools/complete-lockfile.js [lockfile]`.
const fs = require('node:fs');
const path = require('node:path');

const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

/** os/cpu/libc of a platform package named like `<name>-<os>-<cpu>[-<abi>]`; {} when the name says none. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OSES.includes(part));
  const cpu = parts.find((part) => CPUS.includes(part));
  const libc = parts.some((part) => part.startsWith('musl')) ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

/** Where npm would look for `dependency` when required from the package installed at `from`. */
function isResolvable(packages, from, dependency) {
  let dir = from;
  for (;;) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${dependency}`]) return true;
    if (!dir) return false;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent < 0 ? '' : dir.slice(0, parent);
  }
}

/** Adds the missing optional platform entries to a parsed lockfile; returns the names it added. */
function completeLockfile(lock) {
  const added = [];
  for (const [from, entry] of Object.entries(lock.packages)) {
    for (const [dependency, range] of Object.entries(entry.optionalDependencies ?? {})) {
      if (isResolvable(lock.packages, from, dependency)) continue;
      // Platform binaries pin exact versions; anything else is not ours to guess.
      if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range)) continue;
      lock.packages[`node_modules/${dependency}`] = { version: range, optional: true, ...platformOf(dependency) };
      added.push(`${dependency}@${range}`);
    }
  }
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  return added;
}

function main() {
  const file = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'package-lock.json'));
  const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
  const added = completeLockfile(lock);
  if (added.length === 0) {
    console.log(`${path.basename(file)}: no optional platform packages missing.`);
    return;
  }
  fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`${path.basename(file)}: added ${added.length} optional platform packages:\n  ${added.join('\n  ')}`);
}

if (require.main === module) main();

module.exports = { completeLockfile, platformOf };
