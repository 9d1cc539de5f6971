// Issues a bearer token for the API to a staff account; only its hash is stored, the token is shown once.
import { ConsentryError } from '../../domain/errors.js';
import { addDays } from '../../domain/human-date.js';
import { hashSecretToken, newSecretToken } from '../../domain/secret-token.js';
import { isStaffRole } from '../../schema/accounts.js';
import { appendAudit } from '../../store/audit-log.js';
import { findAccountByEmail } from '../../store/account-records.js';
import { insertApiToken } from '../../store/session-records.js';
import type { PipelineContext } from '../pipeline-context.js';
import { parseAccountEmail } from './add-account.command.js';

/** How long a token is valid unless asked otherwise. */
export const DEFAULT_TOKEN_DAYS = 90;

/**
 * Creates an API token for the staff account with this e-mail.
 * @throws ConsentryError E_ACCOUNT_NOT_FOUND, E_FORBIDDEN (not a staff account)
 */
export async function issueApiToken(props: { ctx: PipelineContext; email: string; days?: number | undefined }): Promise<{ token: string; expiresAt: string; role: string }> {
  const { ctx } = props;
  const email = parseAccountEmail(props.email);
  const days = props.days ?? DEFAULT_TOKEN_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new ConsentryError('E_INVALID_ARGUMENT', 'days must be a whole number from 1 to 366');
  const token = newSecretToken('ct');
  const tokenHash = hashSecretToken(token);
  return ctx.store.write(async (tx) => {
    const account = await findAccountByEmail(tx, email);
    if (account === null) throw new ConsentryError('E_ACCOUNT_NOT_FOUND', `no account uses ${email}; add it with \`consentry staff add\``);
    if (!isStaffRole(account.role) || account.disabled) throw new ConsentryError('E_FORBIDDEN', `${email} is not an active staff account; API tokens are for staff (members and delegates sign in)`);
    const at = ctx.clock.now();
    const expiresAt = addDays(at, days);
    await insertApiToken(tx, { tokenHash, accountId: account.id, at, expiresAt });
    // The audit entry names the token by a prefix of its hash, never the token itself.
    await appendAudit(tx, [{ at, action: 'account.changed', actor: ctx.actor, subject: account.id, payload: { change: 'token-issued', token: tokenHash.slice(0, 12), expiresAt } }]);
    return { token, expiresAt, role: account.role };
  });
}
