// The version of all member history: the recording sequence, which every history event (import or web) advances.
import { preparedQuery, type Db } from './store.js';

/**
 * The last recording sequence number handed out. It only grows, and it grows in the same
 * transaction that writes a consent, objection, move, status or deletion event, so an unchanged
 * value means no history event was committed in between.
 */
export async function historyVersion(db: Db): Promise<number> {
  // Every batch decision reads the version first.
  const query = preparedQuery(db, 'history-version', () => db.selectFrom('counters').select('value').where('name', '=', 'event_seq').compile());
  const row = (await db.executeQuery(query)).rows[0];
  if (row === undefined) throw new Error('the event_seq counter is missing: the database was not migrated');
  return row.value;
}
