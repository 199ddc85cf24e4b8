/** Process exit codes: 64 is EX_USAGE from sysexits.h, which scripts and CI already understand. */
export const EXIT = {
  ok: 0,
  /** The workbook or a file is the problem (WorkbookError, a file that exists, cannot be written...). */
  workbook: 2,
  usage: 64,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
