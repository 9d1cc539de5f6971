// Writes imported records into their append-only tables, and finds which ids are already there.
import { sql } from 'kysely';
import type { ImportRecord, RecordType } from '../schema/records.js';
import { digestOf } from '../domain/digest.js';
import { entityRecordsById, RECORD_TABLE } from './record-reads.js';
import type { Db } from './store.js';

/** A validated record ready to store, with its provenance. */
export interface StagedRecord {
  readonly record: ImportRecord;
  /** SHA-256 of the canonical record (history events only; computed here when absent). */
  readonly digest?: string | undefined;
  readonly line: number | null;
  /** Position in the recording order (history events only). */
  readonly seq: number;
  /** Who recorded a consent or objection when not an import (`delegate:<id>`, `staff:<email>` …). */
  readonly actor?: string | undefined;
  /** An objection's free text. */
  readonly statement?: string | undefined;
}

/** Record types whose rows carry a recording sequence (every kind of history event). */
export function isHistoryType(type: RecordType): boolean {
  return type !== 'member' && type !== 'content';
}

/** Reserves `count` consecutive recording sequence numbers; returns the first. Needs the writer lock. */
export async function reserveSeqs(tx: Db, count: number): Promise<number> {
  const row = await tx
    .updateTable('counters')
    .set({ value: sql`value + ${count}` })
    .where('name', '=', 'event_seq')
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value - count + 1;
}

/**
 * The digests of those ids that already exist in a record type's table: stored for history events,
 * recomputed from the stored columns for members and content (which only a re-import asks about).
 */
export async function existingDigests(db: Db, type: RecordType, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (ids.length === 0) return found;
  if (type === 'member' || type === 'content') {
    for (const [id, record] of await entityRecordsById(db, type, ids)) found.set(id, digestOf(record));
    return found;
  }
  const rows = await db.selectFrom(RECORD_TABLE[type]).select(['id', 'digest']).where('id', 'in', [...ids]).execute();
  for (const row of rows) found.set(row.id, row.digest);
  return found;
}

const CHUNK = 400;

/** Inserts staged records of one type, in chunks that stay under both engines' parameter limits. */
export async function insertRecords(tx: Db, type: RecordType, staged: readonly StagedRecord[], batchId: string | null, recordedAt: string): Promise<void> {
  for (let i = 0; i < staged.length; i += CHUNK) {
    await insertChunk(tx, type, staged.slice(i, i + CHUNK), batchId, recordedAt);
  }
}

async function insertChunk(tx: Db, type: RecordType, staged: readonly StagedRecord[], batchId: string | null, recordedAt: string): Promise<void> {
  if (staged.length === 0) return;
  const prov = (s: StagedRecord) => ({ batch_id: batchId, line: s.line });
  const hist = (s: StagedRecord) => ({ ...prov(s), digest: s.digest ?? digestOf(s.record), seq: s.seq, recorded_at: recordedAt });
  switch (type) {
    case 'member':
      await tx
        .insertInto('members')
        .values(
          staged.map((s) => {
            const r = s.record as Extract<ImportRecord, { type: 'member' }>;
            return { id: r.id, name: r.name, email: r.email, country: r.country, subdivision: r.subdivision ?? null, birth_date: r.birthDate ?? null, created_at: r.createdAt, ...prov(s) };
          }),
        )
        .execute();
      return;
    case 'content':
      await tx
        .insertInto('content')
        .values(
          staged.map((s) => {
            const r = s.record as Extract<ImportRecord, { type: 'content' }>;
            return { id: r.id, member_id: r.memberId, kind: r.kind, visibility: r.visibility, text: r.text, created_at: r.createdAt, ...prov(s) };
          }),
        )
        .execute();
      return;
    case 'consent':
      await tx
        .insertInto('consent_events')
        .values(
          staged.map((s) => {
            const r = s.record as Extract<ImportRecord, { type: 'consent' }>;
            return { id: r.id, member_id: r.memberId, purpose: r.purpose, value: r.value, source: r.source, at: r.at, actor: s.actor ?? null, ...hist(s) };
          }),
        )
        .execute();
      return;
    case 'objection':
      await tx
        .insertInto('objections')
        .values(
          staged.map((s) => {
            const r = s.record as Extract<ImportRecord, { type: 'objection' }>;
            return { id: r.id, member_id: r.memberId, purposes: JSON.stringify(r.purposes), at: r.at, statement: s.statement ?? null, actor: s.actor ?? null, ...hist(s) };
          }),
        )
        .execute();
      return;
    case 'move':
      await tx
        .insertInto('moves')
        .values(
          staged.map((s) => {
            const r = s.record as Extract<ImportRecord, { type: 'move' }>;
            return { id: r.id, member_id: r.memberId, country: r.country, subdivision: r.subdivision ?? null, at: r.at, ...hist(s) };
          }),
        )
        .execute();
      return;
    case 'status':
      await tx
        .insertInto('status_events')
        .values(
          staged.map((s) => {
            const r = s.record as Extract<ImportRecord, { type: 'status' }>;
            return { id: r.id, member_id: r.memberId, status: r.status, at: r.at, ...hist(s) };
          }),
        )
        .execute();
      return;
    case 'delete':
      await tx
        .insertInto('deletions')
        .values(
          staged.map((s) => {
            const r = s.record as Extract<ImportRecord, { type: 'delete' }>;
            return {
              id: r.id,
              content_id: r.contentId,
              member_id: tx.selectFrom('content').select('content.member_id').where('content.id', '=', r.contentId),
              at: r.at,
              ...hist(s),
            };
          }),
        )
        .execute();
      return;
    default: {
      const never: never = type;
      throw new Error(`unknown record type ${String(never)}`);
    }
  }
}

/** Resolves the author of deletions whose item arrived later in the same import. */
export async function resolveDeletionAuthors(tx: Db, batchId: string): Promise<void> {
  await tx
    .updateTable('deletions')
    .set((eb) => ({ member_id: eb.selectFrom('content').select('content.member_id').whereRef('content.id', '=', 'deletions.content_id') }))
    .where('batch_id', '=', batchId)
    .where('member_id', 'is', null)
    .execute();
}

/** A record of the batch that points at something that does not exist. */
export interface DanglingReference {
  readonly line: number;
  readonly message: string;
  /** The member or content item the line points at. */
  readonly missing: { readonly type: 'member' | 'content'; readonly id: string };
}

/**
 * Finds records of a batch whose member or content does not exist (checked after the whole file is
 * staged, so a file may list content before its member). Returns at most `limit` problems.
 */
export async function danglingReferences(tx: Db, batchId: string, limit: number): Promise<DanglingReference[]> {
  const problems: DanglingReference[] = [];
  const memberTables = [
    ['content', 'content'],
    ['consent_events', 'consent'],
    ['objections', 'objection'],
    ['moves', 'move'],
    ['status_events', 'status'],
  ] as const;
  for (const [table, label] of memberTables) {
    const rows = await tx
      .selectFrom(table)
      .select(['id', 'line', 'member_id'])
      .where('batch_id', '=', batchId)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('members').select('members.id').whereRef('members.id', '=', `${table}.member_id`))))
      .orderBy('line')
      .limit(limit)
      .execute();
    for (const row of rows) {
      problems.push({ line: row.line ?? 0, message: `${label} ${row.id}: memberId "${row.member_id}" is not a member (not in this file, not imported before)`, missing: { type: 'member', id: row.member_id } });
    }
  }
  const deletions = await tx
    .selectFrom('deletions')
    .select(['id', 'line', 'content_id'])
    .where('batch_id', '=', batchId)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('content').select('content.id').whereRef('content.id', '=', 'deletions.content_id'))))
    .orderBy('line')
    .limit(limit)
    .execute();
  for (const row of deletions) {
    problems.push({ line: row.line ?? 0, message: `delete ${row.id}: contentId "${row.content_id}" is not a content item (not in this file, not imported before)`, missing: { type: 'content', id: row.content_id } });
  }
  return problems.sort((a, b) => a.line - b.line).slice(0, limit);
}
