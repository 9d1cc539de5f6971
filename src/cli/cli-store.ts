// Opens the database a CLI command names: --db, else CONSENTRY_DB, else the default SQLite file.
import { DEFAULT_DB_PATH, openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { CliIo } from './cli-io.js';

/** The database location the command should use. */
export function dbLocation(option: string | undefined, io: CliIo): string {
  return option ?? io.env['CONSENTRY_DB'] ?? DEFAULT_DB_PATH;
}

/** Opens the command's database, runs `fn`, and always closes it. */
export async function withCliStore<T>(option: string | undefined, io: CliIo, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbLocation(option, io), io.cwd);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
