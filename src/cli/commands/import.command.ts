// `consentry import FILE.jsonl`: loads members, content and events (SPEC §5).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { systemClock } from '../../domain/clock.js';
import { ConsentryError } from '../../domain/errors.js';
import { importRecords } from '../../pipeline/import/import-records.command.js';
import { withCliStore } from '../cli-store.js';
import { write, type CliIo } from '../cli-io.js';
import { DB_OPTION, parseCommandArgs, type CliCommand } from '../command.js';
import { createProgressLine } from '../progress-line.js';

/** The import command. */
export const importCommand: CliCommand = {
  words: ['import'],
  summary: 'import members, content and events from a JSONL file (all or nothing)',
  usage: `Usage: consentry import FILE.jsonl [--db PATH|postgres://…]

Imports one JSON record per line (SPEC §5). The whole file is one transaction: any invalid line
refuses the file, listing each bad line, and nothing is written. Records whose id was imported
before with the same content are skipped, so importing a file again changes nothing.
Use - as FILE to read standard input. Prints a JSON summary.`,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs('import', args, { ...DB_OPTION }, { min: 1, max: 1, names: 'FILE.jsonl' });
    const file = positionals[0] ?? '-';
    const input = file === '-' ? io.stdin : await openFile(resolve(io.cwd, file), file);
    const progress = createProgressLine(io, 'import');
    const summary = await withCliStore(values.db, io, (store) =>
      importRecords({ ctx: { store, clock: systemClock, actor: 'cli' }, input, source: file === '-' ? 'stdin' : file, onProgress: (p) => { progress.update(p); } }),
    ).finally(() => { progress.end(); });
    for (const warning of summary.warnings) io.stderr.write(`consentry: warning: ${warning}\n`);
    await write(io.stdout, `${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  },
};

async function openFile(path: string, shown: string) {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ConsentryError('E_IMPORT_UNREADABLE', `${shown} is not a file`);
  } catch (error) {
    if (error instanceof ConsentryError) throw error;
    throw new ConsentryError('E_IMPORT_UNREADABLE', `cannot open ${shown}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return createReadStream(path);
}
