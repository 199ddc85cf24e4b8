/** Whether a write may replace a file that exists (`init --force`). */
export interface WriteOptions {
  replace: boolean;
}

/** Everything the command line touches outside itself, so commands run in-process in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Never leaves a half-written file; without `replace`, fails with EEXIST when the name is taken. */
  writeFile(path: string, bytes: Uint8Array, options?: WriteOptions): Promise<void>;
  /** Creates the folder, and the folders above it, when missing (forms and feedback copies go into one). */
  makeFolder(path: string): Promise<void>;
  /** Whether the name is taken, by a file, a folder or a link, even one pointing nowhere. */
  exists(path: string): Promise<boolean>;
  /** Today as an ISO date (YYYY-MM-DD), for defaults such as the plan period. */
  today(): string;
}

/**
 * Control characters (an escape sequence can rewrite the terminal) and bidirectional overrides (which can
 * make text read backwards) from a file or an argument, replaced by U+FFFD before they reach a terminal.
 * Newlines and tabs are the output's own layout and stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}

/** The same io, with everything printed made safe for a terminal. */
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(terminalText(text)),
    stderr: (text) => io.stderr(terminalText(text)),
  };
}
