// Enables (or changes) a member's sign-in: creates their account on first use, stores a scrypt hash.
import { ConsentryError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { hashPassword } from '../../domain/password-hash.js';
import { appendAudit } from '../../store/audit-log.js';
import { findAccountByEmail, findAccountOfMember, insertAccount, updatePasswordHash } from '../../store/account-records.js';
import { findMemberProfile } from '../../store/member-profile-reads.js';
import { deleteAccountSessions } from '../../store/session-records.js';
import type { PipelineContext } from '../pipeline-context.js';
import { checkPassword } from './check-password.js';

/**
 * Sets the password a member signs in with (their e-mail from the member record is the login).
 * Creates the member's account the first time; a change ends the member's open sessions.
 * @throws ConsentryError E_INVALID_ARGUMENT (password too short/long), E_MEMBER_NOT_FOUND, E_ACCOUNT_EXISTS
 */
export async function setMemberPassword(props: { ctx: PipelineContext; memberId: string; password: string }): Promise<{ accountId: string; email: string; created: boolean }> {
  const { ctx, memberId } = props;
  const password = checkPassword(props.password);
  const member = await findMemberProfile(ctx.store.db, memberId);
  if (member === null) throw new ConsentryError('E_MEMBER_NOT_FOUND', `no member with id "${memberId}"`);
  const hash = await hashPassword(password);
  const email = member.email.toLowerCase();
  return ctx.store.write(async (tx) => {
    const at = ctx.clock.now();
    const existing = await findAccountOfMember(tx, memberId);
    let accountId: string;
    if (existing === null) {
      const clash = await findAccountByEmail(tx, email);
      if (clash !== null) throw new ConsentryError('E_ACCOUNT_EXISTS', `another account (${clash.role}) already uses ${email}; a member signs in with the e-mail of their member record`);
      accountId = newId('acct');
      await insertAccount(tx, { id: accountId, email, name: member.name, role: 'member', memberId, passwordHash: hash, at });
    } else {
      accountId = existing.id;
      await updatePasswordHash(tx, accountId, hash, at);
      await deleteAccountSessions(tx, accountId);
    }
    await appendAudit(tx, [{ at, action: 'account.changed', actor: ctx.actor, subject: accountId, payload: { change: existing === null ? 'created' : 'password-set', role: 'member', memberId } }]);
    return { accountId, email, created: existing === null };
  });
}
