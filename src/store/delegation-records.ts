// Delegations: which accounts may act for which members, and as what (legacy contact, authorised agent).
import type { DelegationKind } from '../schema/accounts.js';
import type { Db } from './store.js';

/** A live delegation, with the member's name for showing it. */
export interface Delegation {
  readonly accountId: string;
  readonly memberId: string;
  readonly memberName: string;
  readonly kind: DelegationKind;
  readonly grantedAt: string;
  readonly grantedBy: string;
}

/** Grants (or renews) a delegation; a revoked one is brought back. */
export async function upsertDelegation(tx: Db, d: { accountId: string; memberId: string; kind: DelegationKind; at: string; grantedBy: string }): Promise<void> {
  await tx.deleteFrom('delegations').where('account_id', '=', d.accountId).where('member_id', '=', d.memberId).execute();
  await tx
    .insertInto('delegations')
    .values({ account_id: d.accountId, member_id: d.memberId, kind: d.kind, granted_at: d.at, granted_by: d.grantedBy, revoked_at: null })
    .execute();
}

/** The members an account may act for, by member name (or only `memberId` when given). */
export async function delegationsOfAccount(db: Db, accountId: string, memberId?: string): Promise<Delegation[]> {
  let query = db
    .selectFrom('delegations')
    .innerJoin('members', 'members.id', 'delegations.member_id')
    .select(['delegations.account_id', 'delegations.member_id', 'members.name', 'delegations.kind', 'delegations.granted_at', 'delegations.granted_by'])
    .where('delegations.account_id', '=', accountId)
    .where('delegations.revoked_at', 'is', null);
  if (memberId !== undefined) query = query.where('delegations.member_id', '=', memberId);
  const rows = await query.orderBy('members.name').orderBy('delegations.member_id').execute();
  return rows.map((r) => ({ accountId: r.account_id, memberId: r.member_id, memberName: r.name, kind: r.kind as DelegationKind, grantedAt: r.granted_at, grantedBy: r.granted_by }));
}

/** The live delegation of an account for a member, or null. */
export async function findDelegation(db: Db, accountId: string, memberId: string): Promise<Delegation | null> {
  return (await delegationsOfAccount(db, accountId, memberId))[0] ?? null;
}

/** Every delegation ever granted for a member (revoked ones too), to name who acted in past events. */
export async function delegationsOfMember(db: Db, memberId: string): Promise<{ accountId: string; name: string; kind: DelegationKind; revoked: boolean }[]> {
  const rows = await db
    .selectFrom('delegations')
    .innerJoin('accounts', 'accounts.id', 'delegations.account_id')
    .select(['delegations.account_id', 'accounts.name', 'delegations.kind', 'delegations.revoked_at'])
    .where('delegations.member_id', '=', memberId)
    .orderBy('accounts.name')
    .execute();
  return rows.map((r) => ({ accountId: r.account_id, name: r.name, kind: r.kind as DelegationKind, revoked: r.revoked_at !== null }));
}
