import type { Command } from './command';
import { initCommand } from './commands/init';

/** The commands `nap-monitor` knows, in the order `help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand];
