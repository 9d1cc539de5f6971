// Migration 0005: members and content items by import batch and line, the order `audit verify` reads them
// in to recompute the digest each import batch's audit entry holds over the records it added.
import type { Kysely } from 'kysely';

/** Indexes members and content by (batch_id, line). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('members_batch_idx').on('members').columns(['batch_id', 'line']).execute();
  await db.schema.createIndex('content_batch_idx').on('content').columns(['batch_id', 'line']).execute();
}
