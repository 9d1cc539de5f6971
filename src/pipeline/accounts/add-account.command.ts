// Adds a staff or delegate account with a password (`consentry staff add`, `consentry delegate add`).
import { ConsentryError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { hashPassword } from '../../domain/password-hash.js';
import { accountEmailSchema, type Role } from '../../schema/accounts.js';
import { formatIssues } from '../../schema/issues.js';
import { appendAudit } from '../../store/audit-log.js';
import { findAccountByEmail, insertAccount } from '../../store/account-records.js';
import type { Db } from '../../store/store.js';
import type { PipelineContext } from '../pipeline-context.js';
import { checkPassword } from './check-password.js';

/** Normalises and checks an e-mail address. @throws ConsentryError E_INVALID_ARGUMENT */
export function parseAccountEmail(email: string): string {
  const parsed = accountEmailSchema.safeParse(email.trim());
  if (!parsed.success) throw new ConsentryError('E_INVALID_ARGUMENT', `email ${formatIssues(parsed.error).join('; ')}`);
  return parsed.data;
}

/** Inserts an account inside the caller's write transaction, refusing a used e-mail address. */
export async function insertNewAccount(tx: Db, ctx: PipelineContext, account: { email: string; name: string; role: Exclude<Role, 'member'>; passwordHash: string }): Promise<string> {
  const clash = await findAccountByEmail(tx, account.email);
  if (clash !== null) throw new ConsentryError('E_ACCOUNT_EXISTS', `an account (${clash.role}) already uses ${account.email}`);
  const at = ctx.clock.now();
  const id = newId('acct');
  await insertAccount(tx, { id, email: account.email, name: account.name, role: account.role, memberId: null, passwordHash: account.passwordHash, at });
  await appendAudit(tx, [{ at, action: 'account.changed', actor: ctx.actor, subject: id, payload: { change: 'created', role: account.role } }]);
  return id;
}

/**
 * Adds a staff account (privacy officer, ML engineer, auditor).
 * @throws ConsentryError E_INVALID_ARGUMENT, E_ACCOUNT_EXISTS
 */
export async function addStaffAccount(props: { ctx: PipelineContext; email: string; role: Exclude<Role, 'member' | 'delegate'>; name?: string | undefined; password: string }): Promise<{ accountId: string; email: string }> {
  const { ctx, role } = props;
  const email = parseAccountEmail(props.email);
  const password = checkPassword(props.password);
  const passwordHash = await hashPassword(password);
  const name = props.name?.trim() || email;
  const accountId = await ctx.store.write((tx) => insertNewAccount(tx, ctx, { email, name, role, passwordHash }));
  return { accountId, email };
}
