// The audit chain in the database: appended under the writer lock, read back in pages for verification.
import { chainEntries, type AuditAction, type AuditBody, type AuditEntry } from '../domain/audit-chain.js';
import type { Instant } from '../schema/time.js';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from './database-schema.js';
import type { Db } from './store.js';

/** An entry to append; seq is assigned on append. */
export type NewAuditEntry = Omit<AuditBody, 'seq'>;

/**
 * Appends entries to the chain. Must run inside `Store.write`, whose writer lock guarantees that
 * no other transaction reads the same head.
 */
export async function appendAudit(tx: Db, entries: readonly NewAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await tx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const chained = chainEntries(
    head.hash,
    entries.map((e, i) => ({ ...e, seq: head.seq + 1 + i })),
  );
  for (let i = 0; i < chained.length; i += 500) {
    await tx
      .insertInto('audit_log')
      .values(
        chained.slice(i, i + 500).map((e) => ({
          seq: e.seq,
          at: e.at,
          action: e.action,
          actor: e.actor,
          subject: e.subject,
          payload: JSON.stringify(e.payload),
          prev_hash: e.prevHash,
          hash: e.hash,
        })),
      )
      .execute();
  }
  const last = chained[chained.length - 1];
  if (last !== undefined) await tx.updateTable('audit_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
}

/** The recorded head of the chain: how many entries there should be and the last hash. */
export async function readAuditHead(db: Db): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/** Reads stored entries in seq order, a page at a time, so verification runs in bounded memory. */
export async function* readAuditEntries(db: Db, pageSize = 5000): AsyncGenerator<AuditEntry> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    for (const row of rows) {
      yield toAuditEntry(row);
    }
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < pageSize) return;
    after = last.seq;
  }
}

function parsePayload(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { invalid: text };
  } catch {
    // An altered payload that is no longer JSON must still reach the verifier, which reports it.
    return { unparseable: text };
  }
}

/** The latest entries, newest first (for the admin console and `audit tail`). */
export async function latestAuditEntries(db: Db, limit: number): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(limit).execute();
  return rows.map(toAuditEntry);
}

function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: row.seq,
    at: row.at as Instant,
    action: row.action as AuditAction,
    actor: row.actor,
    subject: row.subject,
    payload: parsePayload(row.payload),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
