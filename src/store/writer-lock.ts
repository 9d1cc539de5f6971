// Takes the writer lock inside a transaction: a no-op update of one row that both engines serialise.
import { sql } from 'kysely';
import type { Db } from './store.js';

/**
 * Serialises writers. In PostgreSQL the row lock is held until commit; in SQLite the first write
 * turns the transaction into the single writer, waiting on busy_timeout instead of failing later.
 */
export async function takeWriterLock(tx: Db): Promise<void> {
  await sql`update counters set value = value + 1 where name = 'writer'`.execute(tx);
}
