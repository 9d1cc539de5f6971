// The password rules every account shares, checked before anything is hashed or stored.
import { ConsentryError } from '../../domain/errors.js';
import { passwordSchema } from '../../schema/accounts.js';
import { formatIssues } from '../../schema/issues.js';

/** Returns the password when acceptable. @throws ConsentryError E_INVALID_ARGUMENT saying why not */
export function checkPassword(password: string): string {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) throw new ConsentryError('E_INVALID_ARGUMENT', `password ${formatIssues(parsed.error).join('; ')}`);
  if (password.trim() === '') throw new ConsentryError('E_INVALID_ARGUMENT', 'password must not be only spaces');
  return parsed.data;
}
