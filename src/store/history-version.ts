// The version of all member history: the recording sequence, which every history event (import or web) advances.
import type { CompiledQuery } from 'kysely';
import { PREPARED_STATEMENT, type Db } from './store.js';

// Compiled once per database handle: every batch decision reads the version first, and building the SQL
// cost more than running it.
const compiled = new WeakMap<Db, CompiledQuery<{ value: number }>>();

/**
 * The last recording sequence number handed out. It only grows, and it grows in the same
 * transaction that writes a consent, objection, move, status or deletion event, so an unchanged
 * value means no history event was committed in between.
 */
export async function historyVersion(db: Db): Promise<number> {
  let query = compiled.get(db);
  if (query === undefined) {
    const built = db.selectFrom('counters').select('value').where('name', '=', 'event_seq').compile();
    query = { ...built, sql: `${PREPARED_STATEMENT}${built.sql}` };
    compiled.set(db, query);
  }
  const row = (await db.executeQuery(query)).rows[0];
  if (row === undefined) throw new Error('the event_seq counter is missing: the database was not migrated');
  return row.value;
}
