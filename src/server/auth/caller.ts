// Who is calling: nobody, or an account signed in by a browser session or an API bearer token.
import type { Account } from '../../store/account-records.js';

/** The caller of one request. */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'account'; readonly account: Account; readonly via: 'session'; readonly sessionToken: string }
  | { readonly kind: 'account'; readonly account: Account; readonly via: 'bearer' };

/** The anonymous caller. */
export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** A short description for logs and messages: `member:m1`, `acct_…`, `anonymous`. */
export function callerLabel(caller: Caller): string {
  return caller.kind === 'anonymous' ? 'anonymous' : caller.account.memberId === null ? caller.account.id : `member:${caller.account.memberId}`;
}
