// The PostgreSQL adapter: a pg pool; snapshots are REPEATABLE READ, READ ONLY transactions.
import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, sql, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { ConsentryError } from '../../domain/errors.js';
import type { Database } from '../database-schema.js';
import { PREPARED_STATEMENT, type Store } from '../store.js';
import { takeWriterLock } from '../writer-lock.js';

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Kysely's pg driver sends every query unnamed, so PostgreSQL parses and plans it on each call; for
 * the five-table history query behind `decide` that costs more than running it. Queries marked with
 * PREPARED_STATEMENT go as named statements instead (pg prepares each name once per connection).
 */
function preparingPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined) {
      name = `consentry_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      names.set(text, name);
    }
    return name;
  };
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    function query(textOrCursor: string | pg.Submittable, parameters?: readonly unknown[]): unknown {
      // Kysely streams through a pg-cursor, which pg accepts as a Submittable and hands back.
      if (typeof textOrCursor !== 'string') return client.query(textOrCursor);
      const values = [...(parameters ?? [])];
      return textOrCursor.startsWith(PREPARED_STATEMENT) ? client.query({ name: nameOf(textOrCursor), text: textOrCursor, values }) : client.query(textOrCursor, values);
    }
    return { query: query as PostgresPoolClient['query'], release: (destroy) => { client.release(destroy); } };
  };
  return {
    async connect() {
      const client = await pool.connect();
      let own = wrapped.get(client);
      if (own === undefined) {
        own = wrap(client);
        wrapped.set(client, own);
      }
      return own;
    },
    end: () => pool.end(),
  };
}

/**
 * Opens a PostgreSQL database. A `schema` query parameter selects (and creates) a schema, which is
 * how the test suite gives every run its own namespace inside one database.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConsentryError('E_DATABASE_UNAVAILABLE', `schema "${schema}" must be a lowercase SQL identifier`);
  }
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  });
  try {
    const client = await pool.connect();
    try {
      if (schema !== null) await client.query(`create schema if not exists ${schema}`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw new ConsentryError('E_DATABASE_UNAVAILABLE', `cannot connect to PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    dialect: 'postgres',
    location: redactUrl(url),
    db,
    write: (fn) =>
      db.transaction().execute(async (tx) => {
        await takeWriterLock(tx);
        return fn(tx);
      }),
    snapshot: (fn) =>
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (tx) => {
          // The snapshot is taken at the first statement; make it now rather than at the caller's first query.
          await sql`select 1`.execute(tx);
          return fn(tx);
        }),
    close: () => db.destroy(),
  };
}
