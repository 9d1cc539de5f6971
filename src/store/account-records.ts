// Accounts: who can sign in, with which role, as which member; looked up by e-mail, id or member.
import type { Selectable } from 'kysely';
import type { Role } from '../schema/accounts.js';
import type { AccountsTable } from './database-schema.js';
import type { Db } from './store.js';

/** An account as the server sees it (the password hash only where sign-in needs it). */
export interface Account {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly memberId: string | null;
  readonly disabled: boolean;
}

/** An account with its password hash, for sign-in. */
export interface AccountWithCredential extends Account {
  readonly passwordHash: string | null;
}

/** The columns that make an Account, for joins from other tables. */
export const ACCOUNT_COLUMNS = ['accounts.id', 'accounts.email', 'accounts.name', 'accounts.role', 'accounts.member_id', 'accounts.disabled_at'] as const;

/** Turns an accounts row into an Account. */
export function toAccount(row: Pick<Selectable<AccountsTable>, 'id' | 'email' | 'name' | 'role' | 'member_id' | 'disabled_at'>): Account {
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, memberId: row.member_id, disabled: row.disabled_at !== null };
}

/** Inserts a new account. */
export async function insertAccount(tx: Db, account: { id: string; email: string; name: string; role: Role; memberId: string | null; passwordHash: string | null; at: string }): Promise<void> {
  await tx
    .insertInto('accounts')
    .values({
      id: account.id,
      email: account.email,
      name: account.name,
      role: account.role,
      member_id: account.memberId,
      password_hash: account.passwordHash,
      created_at: account.at,
      updated_at: account.at,
      disabled_at: null,
    })
    .execute();
}

/** Replaces an account's password hash. */
export async function updatePasswordHash(tx: Db, accountId: string, passwordHash: string, at: string): Promise<void> {
  await tx.updateTable('accounts').set({ password_hash: passwordHash, updated_at: at }).where('id', '=', accountId).execute();
}

/** The account with this (lowercased) e-mail, with its password hash, or null. */
export async function findAccountByEmail(db: Db, email: string): Promise<AccountWithCredential | null> {
  const row = await db.selectFrom('accounts').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row === undefined ? null : { ...toAccount(row), passwordHash: row.password_hash };
}

/** The account of a member, or null when the member has none yet. */
export async function findAccountOfMember(db: Db, memberId: string): Promise<AccountWithCredential | null> {
  const row = await db.selectFrom('accounts').selectAll().where('member_id', '=', memberId).executeTakeFirst();
  return row === undefined ? null : { ...toAccount(row), passwordHash: row.password_hash };
}

/** Names of accounts by id (for showing who acted). */
export async function accountNames(db: Db, ids: readonly string[]): Promise<Map<string, { name: string; role: Role }>> {
  const names = new Map<string, { name: string; role: Role }>();
  if (ids.length === 0) return names;
  const rows = await db.selectFrom('accounts').select(['id', 'name', 'role']).where('id', 'in', [...ids]).execute();
  for (const row of rows) names.set(row.id, { name: row.name, role: row.role as Role });
  return names;
}
