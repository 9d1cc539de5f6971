// The storage interface: the smallest surface the pipeline and server need, one adapter per engine.
import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from './database-schema.js';

export type Dialect = 'sqlite' | 'postgres';

/** A transaction or the database itself: every query function takes one of these. */
export type Db = Kysely<Database>;

/**
 * A leading comment that asks the PostgreSQL adapter to run a query as a named prepared statement,
 * parsed and planned once per connection. For hot queries whose text never changes (SQLite caches
 * every statement anyway).
 */
export const PREPARED_STATEMENT = '/* prepared */ ';

const preparedQueries = new WeakMap<Db, Map<string, CompiledQuery>>();

/**
 * A hot query compiled once per database handle (building the SQL costs more than running it on either
 * engine) and marked PREPARED_STATEMENT; `name` tells the queries of one handle apart.
 */
export function preparedQuery<Row>(db: Db, name: string, build: () => CompiledQuery<Row>): CompiledQuery<Row> {
  let queries = preparedQueries.get(db);
  if (queries === undefined) {
    queries = new Map();
    preparedQueries.set(db, queries);
  }
  let query = queries.get(name) as CompiledQuery<Row> | undefined;
  if (query === undefined) {
    const built = build();
    query = { ...built, sql: `${PREPARED_STATEMENT}${built.sql}` };
    queries.set(name, query);
  }
  return query;
}

/** An open database of either engine. */
export interface Store {
  readonly dialect: Dialect;
  /** Where it is, for messages (a file path, or a URL without its password). */
  readonly location: string;
  readonly db: Db;
  /**
   * Runs `fn` in a write transaction that holds the writer lock from its first statement, so
   * history sequence numbers and the audit chain are appended by one writer at a time.
   */
  write<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Runs `fn` against one consistent, read-only view of the database (a long read that sees no later write). */
  snapshot<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
