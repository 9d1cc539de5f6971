// Sign-in and sign-out: checks a password against its scrypt hash and opens or ends a database-backed session.
import { ConsentryError } from '../../domain/errors.js';
import { DECOY_HASH, verifyPassword } from '../../domain/password-hash.js';
import { hashSecretToken, newSecretToken } from '../../domain/secret-token.js';
import type { Instant } from '../../schema/time.js';
import { findAccountByEmail, type Account } from '../../store/account-records.js';
import { deleteExpiredSessions, deleteSession, insertSession } from '../../store/session-records.js';
import type { PipelineContext } from '../pipeline-context.js';

/** The session a successful sign-in opens: the secret for the cookie (never stored) and its end. */
export interface OpenedSession {
  readonly token: string;
  readonly account: Account;
  readonly expiresAt: Instant;
}

/**
 * Checks the e-mail and password; on success stores a new session under the hash of a fresh random
 * id. Failure says nothing about which of the two was wrong, and takes the same time either way.
 * @throws ConsentryError E_SIGN_IN_FAILED
 */
export async function signIn(props: { ctx: PipelineContext; email: string; password: string; sessionHours: number }): Promise<OpenedSession> {
  const { ctx, password, sessionHours } = props;
  const email = props.email.trim().toLowerCase();
  const account = email === '' || password.length > 1024 ? null : await findAccountByEmail(ctx.store.db, email);
  const hash = account?.passwordHash ?? DECOY_HASH;
  const matches = await verifyPassword(password, hash);
  if (account === null || account.passwordHash === null || account.disabled || !matches) {
    throw new ConsentryError('E_SIGN_IN_FAILED', 'wrong e-mail address or password');
  }
  const at = ctx.clock.now();
  const expiresAt = new Date(Date.parse(at) + sessionHours * 3_600_000).toISOString() as Instant;
  const token = newSecretToken('cs');
  await insertSession(ctx.store.db, { tokenHash: hashSecretToken(token), accountId: account.id, at, expiresAt });
  // Housekeeping on sign-in keeps the table small without a background job.
  await deleteExpiredSessions(ctx.store.db, at);
  const { passwordHash: _, ...withoutHash } = account;
  return { token, account: withoutHash, expiresAt };
}

/** Ends the session with this secret (no error when it is already gone). */
export async function signOut(props: { ctx: PipelineContext; token: string }): Promise<void> {
  await deleteSession(props.ctx.store.db, hashSecretToken(props.token));
}
