// Lets someone act for a member: a legacy contact (member died) or authorised agent (member incapacitated).
import { ConsentryError } from '../../domain/errors.js';
import { hashPassword } from '../../domain/password-hash.js';
import type { DelegationKind } from '../../schema/accounts.js';
import { appendAudit } from '../../store/audit-log.js';
import { findAccountByEmail } from '../../store/account-records.js';
import { upsertDelegation } from '../../store/delegation-records.js';
import { findMemberProfile } from '../../store/member-profile-reads.js';
import type { PipelineContext } from '../pipeline-context.js';
import { checkPassword } from './check-password.js';
import { insertNewAccount, parseAccountEmail } from './add-account.command.js';

/**
 * Grants the account with this e-mail the right to act for the member, creating a `delegate`
 * account when nobody has that address yet (then a password is required). A member's own account
 * may also be a delegate for someone else (a legacy contact is often another member). The grant is
 * recorded by whoever verified the documents (`ctx.actor`).
 * @throws ConsentryError E_MEMBER_NOT_FOUND, E_INVALID_ARGUMENT, E_FORBIDDEN (staff account, or the member themself)
 */
export async function addDelegate(props: {
  ctx: PipelineContext;
  email: string;
  name?: string | undefined;
  password?: string | undefined;
  memberId: string;
  kind: DelegationKind;
}): Promise<{ accountId: string; created: boolean }> {
  const { ctx, memberId, kind } = props;
  const email = parseAccountEmail(props.email);
  if ((await findMemberProfile(ctx.store.db, memberId)) === null) throw new ConsentryError('E_MEMBER_NOT_FOUND', `no member with id "${memberId}"`);
  const existing = await findAccountByEmail(ctx.store.db, email);
  const passwordHash = existing === null ? await hashPassword(checkPassword(props.password ?? '')) : null;
  return ctx.store.write(async (tx) => {
    const account = await findAccountByEmail(tx, email);
    let created = false;
    let accountId: string;
    if (account === null) {
      if (passwordHash === null) throw new ConsentryError('E_INVALID_ARGUMENT', 'a new delegate account needs a password');
      accountId = await insertNewAccount(tx, ctx, { email, name: props.name?.trim() || email, role: 'delegate', passwordHash });
      created = true;
    } else {
      if (account.role !== 'member' && account.role !== 'delegate') throw new ConsentryError('E_FORBIDDEN', `${email} is a staff account (${account.role}); a delegate signs in as a member or delegate`);
      if (account.memberId === memberId) throw new ConsentryError('E_FORBIDDEN', 'a member cannot be their own delegate');
      accountId = account.id;
    }
    const at = ctx.clock.now();
    await upsertDelegation(tx, { accountId, memberId, kind, at, grantedBy: ctx.actor });
    await appendAudit(tx, [{ at, action: 'account.changed', actor: ctx.actor, subject: accountId, payload: { change: 'delegation-granted', memberId, kind } }]);
    return { accountId, created };
  });
}
