import type { CliIo } from '../../src/cli/cliIo';

/** A CliIo over an in-memory folder, capturing what the command prints. */
export function memoryIo(today = '2026-03-15') {
  const files = new Map<string, Uint8Array>();
  const folders = new Set<string>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`ENOENT: no such file, open '${path}'`);
      return bytes;
    },
    writeFile: async (path, bytes) => {
      if (path.startsWith('/readonly/')) throw new Error(`EACCES: permission denied, open '${path}'`);
      files.set(path, bytes);
    },
    makeFolder: async (path) => {
      if (path.startsWith('/readonly/')) throw new Error(`EACCES: permission denied, mkdir '${path}'`);
      folders.add(path);
    },
    exists: async (path) => files.has(path) || folders.has(path),
    today: () => today,
  };
  return { io, files, folders, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}
