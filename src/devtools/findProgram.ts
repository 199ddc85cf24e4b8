import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The path of an external program the tests drive: the environment variable when it is set, else the first of
 * `names` on the PATH. Throws a message naming the program and the variable, so a machine without it fails
 * with an instruction rather than an ENOENT.
 */
export function findProgram(variable: string, names: readonly string[], install: string): string {
  const fromEnv = process.env[variable];
  if (fromEnv) return fromEnv;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not in this folder
      }
    }
  }
  throw new Error(`${names[0]} was not found on the PATH; install it (${install}) or set ${variable} to its path.`);
}
