// The version of all member history: the recording sequence, which every history event (import or web) advances.
import type { Db } from './store.js';

/**
 * The last recording sequence number handed out. It only grows, and it grows in the same
 * transaction that writes a consent, objection, move, status or deletion event, so an unchanged
 * value means no history event was committed in between.
 */
export async function historyVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', 'event_seq').executeTakeFirstOrThrow();
  return row.value;
}
