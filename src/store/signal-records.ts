// Machine privacy signals already recorded per member, so each distinct signal is recorded once.
import type { Purpose } from '../schema/purposes.js';
import type { Db } from './store.js';

/** A recorded signal and the denials it produced. */
export interface ReceivedSignal {
  readonly signal: string;
  readonly header: string;
  readonly purposes: readonly Purpose[];
  readonly eventIds: readonly string[];
  readonly receivedAt: string;
}

/**
 * Claims a signal for a member inside a write transaction. Returns false when it was already
 * recorded; the primary key makes this exact even when two requests with the signal race.
 */
export async function claimSignal(tx: Db, row: { memberId: string; signal: string; header: string; purposes: readonly Purpose[]; eventIds: readonly string[]; at: string }): Promise<boolean> {
  const result = await tx
    .insertInto('received_signals')
    .values({ member_id: row.memberId, signal: row.signal, header: row.header, purposes: JSON.stringify(row.purposes), event_ids: JSON.stringify(row.eventIds), received_at: row.at })
    .onConflict((oc) => oc.columns(['member_id', 'signal']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Whether a signal was already recorded for a member. */
export async function hasSignal(db: Db, memberId: string, signal: string): Promise<boolean> {
  const row = await db.selectFrom('received_signals').select('signal').where('member_id', '=', memberId).where('signal', '=', signal).executeTakeFirst();
  return row !== undefined;
}

/** Every signal recorded for a member, oldest first. */
export async function signalsOfMember(db: Db, memberId: string): Promise<ReceivedSignal[]> {
  const rows = await db.selectFrom('received_signals').selectAll().where('member_id', '=', memberId).orderBy('received_at').orderBy('signal').execute();
  return rows.map((r) => ({
    signal: r.signal,
    header: r.header,
    purposes: JSON.parse(r.purposes) as Purpose[],
    eventIds: JSON.parse(r.event_ids) as string[],
    receivedAt: r.received_at,
  }));
}
