// The shape of a CLI command and the argument parsing every command shares (node:util parseArgs).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConsentryError } from '../domain/errors.js';
import type { CliIo } from './cli-io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** One CLI command: its words (`dataset build`), a usage text, and what it does. */
export interface CliCommand {
  readonly words: readonly string[];
  readonly summary: string;
  readonly usage: string;
  /** Runs the command; resolves to the process exit status. Never exits the process itself. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Options every command that touches the database accepts. */
export const DB_OPTION = { db: { type: 'string' } } as const satisfies Options;

/**
 * Parses a command's arguments strictly: unknown options and stray positionals are errors that
 * name the offending argument, so a typo never runs a command with defaults.
 */
export function parseCommandArgs<const T extends Options>(command: string, args: readonly string[], options: T, positionals: { min: number; max: number; names: string }) {
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: positionals.max > 0 });
    const count = parsed.positionals.length;
    if (count < positionals.min) throw new ConsentryError('E_INVALID_ARGUMENT', `${command}: missing ${positionals.names}`);
    if (count > positionals.max) throw new ConsentryError('E_INVALID_ARGUMENT', `${command}: unexpected argument "${parsed.positionals[positionals.max] ?? ''}"`);
    return parsed;
  } catch (error) {
    if (error instanceof ConsentryError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ConsentryError('E_INVALID_ARGUMENT', `${command}: ${message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
}

/** Reads a required string option or fails naming it. */
export function requireOption(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new ConsentryError('E_INVALID_ARGUMENT', `${command}: --${name} is required`);
  return value;
}
