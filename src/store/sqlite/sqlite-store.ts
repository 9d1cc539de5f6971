// The SQLite adapter: better-sqlite3 in WAL mode, with a separate read-only connection for snapshots.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { ConsentryError } from '../../domain/errors.js';
import type { Database } from '../database-schema.js';
import type { Store } from '../store.js';
import { takeWriterLock } from '../writer-lock.js';

function connect(file: string, readonly: boolean): SQLite.Database {
  const connection = new SQLite(file, { readonly, fileMustExist: readonly });
  // 16 KiB pages (applied only when the file is new) read a 1M-item network ~40% faster than 4 KiB.
  // WAL lets snapshot readers run beside the writer; busy_timeout makes a second process wait, not fail.
  if (!readonly) {
    connection.pragma('page_size = 16384');
    connection.pragma('journal_mode = WAL');
  }
  connection.pragma('cache_size = -8000');
  connection.pragma('busy_timeout = 10000');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  return connection;
}

/**
 * Kysely's SQLite driver prepares every query afresh; preparing costs more than running an indexed
 * read, so statements are cached by their SQL text (bounded, oldest dropped first).
 */
function withStatementCache(connection: SQLite.Database, limit = 200): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement === undefined) {
        statement = connection.prepare(sql);
        if (cache.size >= limit) cache.delete(cache.keys().next().value ?? '');
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Opens (creating if needed) a SQLite database file. */
export function openSqliteStore(file: string): Store {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new ConsentryError('E_DATABASE_UNAVAILABLE', `cannot create the folder for ${file}: ${(error as Error).message}`);
  }
  let connection: SQLite.Database;
  try {
    connection = connect(file, false);
  } catch (error) {
    throw new ConsentryError('E_DATABASE_UNAVAILABLE', `cannot open SQLite database ${file}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  return {
    dialect: 'sqlite',
    location: file,
    db,
    write: (fn) =>
      db.transaction().execute(async (tx) => {
        await takeWriterLock(tx);
        return fn(tx);
      }),
    async snapshot(fn) {
      // A second connection: its read transaction pins one WAL snapshot while the main connection
      // keeps serving (and writing) — Kysely's SQLite driver would otherwise queue everything behind it.
      const reader = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connect(file, true)) }) });
      try {
        return await reader.transaction().execute(fn);
      } finally {
        await reader.destroy();
      }
    },
    close: () => db.destroy(),
  };
}
