// A member's own record (name, e-mail, residence at sign-up), for pages, reports and receipts.
import type { Db } from './store.js';

/** A member as imported. */
export interface MemberProfile {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly country: string;
  readonly subdivision: string | null;
  readonly birthDate: string | null;
  readonly createdAt: string;
}

/** One member by id, or null. */
export async function findMemberProfile(db: Db, memberId: string): Promise<MemberProfile | null> {
  const row = await db.selectFrom('members').select(['id', 'name', 'email', 'country', 'subdivision', 'birth_date', 'created_at']).where('id', '=', memberId).executeTakeFirst();
  return row === undefined
    ? null
    : { id: row.id, name: row.name, email: row.email, country: row.country, subdivision: row.subdivision, birthDate: row.birth_date, createdAt: row.created_at };
}
