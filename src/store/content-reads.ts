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
  const rows = await db
    .selectFrom('content')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('deletions')
          .innerJoin('content as c2', 'c2.id', 'deletions.content_id')
          .select(['deletions.content_id', (e) => e.fn.min<string>('deletions.at').as('deleted_at')])
          .where('c2.member_id', '>=', first)
          .where('c2.member_id', '<=', last)
          .where('deletions.at', '<=', deletedUpTo)
          .groupBy('deletions.content_id')
          .as('d'),
      (join) => join.onRef('d.content_id', '=', 'content.id'),
    )
    .select(['content.id', 'content.member_id', 'content.kind', 'content.visibility', 'content.created_at', 'd.deleted_at'])
    .where('content.member_id', '>=', first)
    .where('content.member_id', '<=', last)
    .where('content.created_at', '<=', createdUpTo)
    .orderBy('content.member_id')
    .orderBy('content.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    kind: r.kind as ContentKind,
    visibility: r.visibility,
    createdAt: r.created_at as Instant,
    deletedAt: (r.deleted_at ?? null) as Instant | null,
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
