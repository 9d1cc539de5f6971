// Every CLI command, in the order `consentry --help` lists them.
import type { CliCommand } from './command.js';

/** The commands the CLI knows. */
export const COMMANDS: readonly CliCommand[] = [];
