// Chooses and opens the database named by --db / CONSENTRY_DB, and brings its schema up to date.
import { resolve } from 'node:path';
import { Migrator, sql } from 'kysely';
import { ConsentryError } from '../domain/errors.js';
import { migrationProvider } from './migrations/migration-list.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** The default database: an embedded SQLite file under ./data/. */
export const DEFAULT_DB_PATH = 'data/consentry.db';

/** True when the location names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** Opens the database at a location (file path or postgres:// URL) and migrates it. */
export async function openStore(location: string, cwd: string = process.cwd()): Promise<Store> {
  const store = isPostgresUrl(location) ? await openPostgresStore(location) : openSqliteStore(resolve(cwd, location));
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    if (error instanceof ConsentryError) throw error;
    throw new ConsentryError('E_DATABASE_UNAVAILABLE', `cannot prepare the database at ${store.location}: ${(error as Error).message}`);
  }
  return store;
}

async function migrate(store: Store): Promise<void> {
  // Kysely looks for its migration tables in every schema unless told which one; with several
  // schemas in one PostgreSQL database (one per test run, say) it would find another schema's.
  const schema = store.dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]?.schema : undefined;
  const migrator = new Migrator({ db: store.db, provider: migrationProvider, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}
