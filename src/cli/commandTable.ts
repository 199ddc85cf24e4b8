import type { Command } from './command';
import { checkCommand } from './commands/check';
import { initCommand } from './commands/init';
import { formsCommand } from './commands/forms';
import { importCommand } from './commands/import';
import { periodCommand } from './commands/period';
import { reportCommand } from './commands/report';
import { statusCommand } from './commands/status';

/** The commands `nap-monitor` knows, in the order `help` lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  checkCommand,
  statusCommand,
  formsCommand,
  importCommand,
  periodCommand,
  reportCommand,
];
