// Reads content items with their deletion time, a page of members at a time.
import type { ContentKind } from '../schema/records.js';
import type { Instant } from '../schema/time.js';
import type { Db } from './store.js';

/** A content item's facts as the eligibility rules need them (its text is read separately). */
export interface StoredItem {
  readonly id: string;
  readonly memberId: string;
  readonly kind: ContentKind;
  readonly visibility: string;
  readonly createdAt: Instant;
  /** Earliest deletion with `at` ≤ the read's horizon, or null. */
  readonly deletedAt: Instant | null;
}

/**
 * Facts of the items of members with ids in [first, last] created at or before `createdUpTo`,
 * ordered by member then id, each with its earliest deletion at or before `deletedUpTo`.
 */
export async function loadItemsInRange(db: Db, first: string, last: string, createdUpTo: Instant, deletedUpTo: Instant): Promise<StoredItem[]> {
  const deletions = await db
    .selectFrom('deletions')
    .select(['content_id', (eb) => eb.fn.min<string>('at').as('deleted_at')])
    .where('member_id', '>=', first)
    .where('member_id', '<=', last)
    .where('at', '<=', deletedUpTo)
    .groupBy('content_id')
    .execute();
  const deletedAt = new Map(deletions.map((d) => [d.content_id, d.deleted_at as Instant]));
  const rows = await db
    .selectFrom('content')
    .select(['id', 'member_id', 'kind', 'visibility', 'created_at'])
    .where('member_id', '>=', first)
    .where('member_id', '<=', last)
    .where('created_at', '<=', createdUpTo)
    .orderBy('member_id')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    kind: r.kind as ContentKind,
    visibility: r.visibility,
    createdAt: r.created_at as Instant,
    deletedAt: deletedAt.get(r.id) ?? null,
  }));
}

/**
 * The texts of the given items. Read only for items a build includes: most of a network's text is
 * never needed, and reading it is most of the cost of a build.
 */
export async function loadTexts(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db.selectFrom('content').select(['id', 'text']).where('id', 'in', ids.slice(i, i + 5000)).execute();
    for (const row of rows) texts.set(row.id, row.text);
  }
  return texts;
}

/** How many content items exist, for progress estimates. */
export async function countItems(db: Db, createdUpTo: Instant): Promise<number> {
  const row = await db
    .selectFrom('content')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('created_at', '<=', createdUpTo)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
