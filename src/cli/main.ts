// The CLI entry point: picks the command from argv, runs it, and turns errors into one clear line.
import { ConsentryError, isConsentryError } from '../domain/errors.js';
import type { CliIo } from './cli-io.js';
import type { CliCommand } from './command.js';
import { COMMANDS } from './command-table.js';

/** Runs the CLI with the given arguments (without `node` and script); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(await helpText());
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version') {
    io.stdout.write('consentry 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS.find((c) => c.words.every((word, i) => argv[i] === word));
  if (entry === undefined) {
    io.stderr.write(`consentry: unknown command "${argv.slice(0, 2).join(' ')}"\n\n${await helpText()}`);
    return 2;
  }
  const command = await entry.load();
  const args = argv.slice(command.words.length);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (isConsentryError(error)) {
    io.stderr.write(`consentry: ${error.message}\n`);
    for (const detail of error.details) io.stderr.write(`  ${detail}\n`);
    return error.code === 'E_INVALID_ARGUMENT' ? 2 : 1;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`consentry: unexpected failure (${new ConsentryError('E_INTERNAL', '').code})\n${message}\n`);
  return 1;
}

async function helpText(): Promise<string> {
  const commands: CliCommand[] = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.words.join(' ').length));
  const lines = commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}`);
  return [
    'consentry — consent-governed AI training on people’s content',
    '',
    'Usage: consentry <command> [options]   (consentry <command> --help for its options)',
    '',
    ...lines,
    '',
    'Database: --db PATH|postgres://… or CONSENTRY_DB; default data/consentry.db (SQLite).',
    '',
  ].join('\n');
}
