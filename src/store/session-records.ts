// Browser sessions and API tokens, stored under the SHA-256 of their secret and resolved to an account.
import { ACCOUNT_COLUMNS, toAccount, type Account } from './account-records.js';
import type { Db } from './store.js';

/** A live session or token and the account it signs in. */
export interface Credential {
  readonly account: Account;
  readonly expiresAt: string;
  /** Sessions only: when it was last used (tokens: null). */
  readonly lastSeenAt: string | null;
}

/** Stores a new session. */
export async function insertSession(db: Db, session: { tokenHash: string; accountId: string; at: string; expiresAt: string }): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: session.tokenHash, account_id: session.accountId, created_at: session.at, last_seen_at: session.at, expires_at: session.expiresAt })
    .execute();
}

/** The session with this hash and its account, or null (expiry is the caller's to check). */
export async function findSession(db: Db, tokenHash: string): Promise<Credential | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([...ACCOUNT_COLUMNS, 'sessions.expires_at', 'sessions.last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row === undefined ? null : { account: toAccount(row), expiresAt: row.expires_at, lastSeenAt: row.last_seen_at };
}

/** Records that a session was used, pushing its idle expiry out (never past its absolute end). */
export async function touchSession(db: Db, tokenHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();
}

/** Ends a session. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of an account (after a password change). */
export async function deleteAccountSessions(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
}

/** Drops sessions that expired before the moment, so the table does not grow without bound. */
export async function deleteExpiredSessions(db: Db, before: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', before).execute();
}

/** Stores a new API token. */
export async function insertApiToken(db: Db, token: { tokenHash: string; accountId: string; at: string; expiresAt: string }): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({ token_hash: token.tokenHash, account_id: token.accountId, created_at: token.at, expires_at: token.expiresAt, revoked_at: null })
    .execute();
}

/** The unrevoked API token with this hash and its account, or null. */
export async function findApiToken(db: Db, tokenHash: string): Promise<Credential | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select([...ACCOUNT_COLUMNS, 'api_tokens.expires_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  return row === undefined ? null : { account: toAccount(row), expiresAt: row.expires_at, lastSeenAt: null };
}
