/** Everything the command line touches outside itself, so commands run in-process in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Today as an ISO date (YYYY-MM-DD), for defaults such as the plan period. */
  today(): string;
}
