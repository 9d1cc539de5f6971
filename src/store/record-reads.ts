// Reads stored history records back in their import shape, so their digests can be recomputed.
import type { Purpose } from '../schema/purposes.js';
import type { ConsentRecord, ConsentValue, ConsentSource, ContentKind, ContentRecord, DeleteRecord, ImportRecord, MemberRecord, MemberStatus, MoveRecord, ObjectionRecord, RecordType, StatusRecord } from '../schema/records.js';
import type { Instant } from '../schema/time.js';
import type { Selectable } from 'kysely';
import type { ContentTable, MembersTable } from './database-schema.js';
import type { Db } from './store.js';

/** The table each record type is stored in. */
export const RECORD_TABLE = {
  member: 'members',
  content: 'content',
  consent: 'consent_events',
  objection: 'objections',
  move: 'moves',
  status: 'status_events',
  delete: 'deletions',
} as const satisfies Record<RecordType, string>;

/** Members or content items by id, rebuilt in their import shape from their columns. */
export async function entityRecordsById(db: Db, type: 'member' | 'content', ids: readonly string[]): Promise<Map<string, MemberRecord | ContentRecord>> {
  const found = new Map<string, MemberRecord | ContentRecord>();
  if (type === 'member') {
    for (const r of await db.selectFrom('members').selectAll().where('id', 'in', [...ids]).execute()) found.set(r.id, memberRecordOf(r));
    return found;
  }
  for (const r of await db.selectFrom('content').selectAll().where('id', 'in', [...ids]).execute()) found.set(r.id, contentRecordOf(r));
  return found;
}

/** The members or content items one import batch added, in its file's line order, read a page at a time. */
export async function* entityRecordsOfBatch(db: Db, type: 'member' | 'content', batchId: string, pageSize = 2000): AsyncGenerator<MemberRecord | ContentRecord> {
  let after = -1;
  for (;;) {
    const rows =
      type === 'member'
        ? await db.selectFrom('members').selectAll().where('batch_id', '=', batchId).where('line', '>', after).orderBy('line').limit(pageSize).execute()
        : await db.selectFrom('content').selectAll().where('batch_id', '=', batchId).where('line', '>', after).orderBy('line').limit(pageSize).execute();
    for (const r of rows) yield 'kind' in r ? contentRecordOf(r) : memberRecordOf(r);
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < pageSize) return;
    after = last.line ?? after;
  }
}

/** How many members or content items name one import batch, whatever their line (a planted row may have none). */
export async function entityCountOfBatch(db: Db, type: 'member' | 'content', batchId: string): Promise<number> {
  const row = await db
    .selectFrom(type === 'member' ? 'members' : 'content')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('batch_id', '=', batchId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The import batches that members or content items name (null for a row that names none). */
export async function entityBatchIds(db: Db, type: 'member' | 'content'): Promise<(string | null)[]> {
  const rows = await db.selectFrom(type === 'member' ? 'members' : 'content').select('batch_id').distinct().execute();
  return rows.map((r) => r.batch_id);
}

function memberRecordOf(r: Selectable<MembersTable>): MemberRecord {
  return {
    type: 'member',
    id: r.id,
    name: r.name,
    email: r.email,
    country: r.country,
    createdAt: r.created_at as Instant,
    ...(r.subdivision === null ? {} : { subdivision: r.subdivision }),
    ...(r.birth_date === null ? {} : { birthDate: r.birth_date }),
  };
}

function contentRecordOf(r: Selectable<ContentTable>): ContentRecord {
  return { type: 'content', id: r.id, memberId: r.member_id, kind: r.kind as ContentKind, visibility: r.visibility, text: r.text, createdAt: r.created_at as Instant };
}

/** History records of one type by id, rebuilt from their columns (not from the stored digest). */
export async function historyRecordsById(db: Db, type: Exclude<RecordType, 'member' | 'content'>, ids: readonly string[]): Promise<Map<string, ImportRecord>> {
  const found = new Map<string, ImportRecord>();
  if (ids.length === 0) return found;
  const list = [...ids];
  switch (type) {
    case 'consent':
      for (const r of await db.selectFrom('consent_events').selectAll().where('id', 'in', list).execute()) {
        const record: ConsentRecord = { type, id: r.id, memberId: r.member_id, purpose: r.purpose as Purpose, value: r.value as ConsentValue, source: r.source as ConsentSource, at: r.at as Instant };
        found.set(r.id, record);
      }
      return found;
    case 'objection':
      for (const r of await db.selectFrom('objections').selectAll().where('id', 'in', list).execute()) {
        const record: ObjectionRecord = { type, id: r.id, memberId: r.member_id, purposes: parsePurposes(r.purposes), at: r.at as Instant };
        found.set(r.id, record);
      }
      return found;
    case 'move':
      for (const r of await db.selectFrom('moves').selectAll().where('id', 'in', list).execute()) {
        const record: MoveRecord = { type, id: r.id, memberId: r.member_id, country: r.country, at: r.at as Instant, ...(r.subdivision === null ? {} : { subdivision: r.subdivision }) };
        found.set(r.id, record);
      }
      return found;
    case 'status':
      for (const r of await db.selectFrom('status_events').selectAll().where('id', 'in', list).execute()) {
        const record: StatusRecord = { type, id: r.id, memberId: r.member_id, status: r.status as MemberStatus, at: r.at as Instant };
        found.set(r.id, record);
      }
      return found;
    case 'delete':
      for (const r of await db.selectFrom('deletions').selectAll().where('id', 'in', list).execute()) {
        const record: DeleteRecord = { type, id: r.id, contentId: r.content_id, at: r.at as Instant };
        found.set(r.id, record);
      }
      return found;
    default: {
      const never: never = type;
      throw new Error(`not a history type: ${String(never)}`);
    }
  }
}

function parsePurposes(text: string): Purpose[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as Purpose[]) : [];
  } catch {
    // An altered, unparseable column yields a record whose digest will not match: reported as altered.
    return [];
  }
}

/** How many rows each history table holds, to compare with how many its audit entries certify. */
export async function historyRowCounts(db: Db): Promise<Record<Exclude<RecordType, 'member' | 'content'>, number>> {
  const count = async (type: Exclude<RecordType, 'member' | 'content'>) =>
    Number((await db.selectFrom(RECORD_TABLE[type]).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
  return { consent: await count('consent'), objection: await count('objection'), move: await count('move'), status: await count('status'), delete: await count('delete') };
}
