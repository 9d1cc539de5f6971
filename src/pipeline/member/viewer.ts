// Who is looking at or changing a member's data, and in what capacity: the member, a delegate, or staff.
import type { DelegationKind } from '../../schema/accounts.js';

/** The capacity in which someone acts on a member's data. */
export type ActingAs =
  | { readonly kind: 'member'; readonly accountId: string | null }
  | { readonly kind: 'delegate'; readonly accountId: string; readonly name: string; readonly delegation: DelegationKind }
  | { readonly kind: 'staff'; readonly accountId: string | null; readonly name: string };

/** The audit actor string of a capacity: `member:<id>`, `delegate:<accountId>`, `staff:<accountId>`. */
export function actorOf(actingAs: ActingAs, memberId: string): string {
  switch (actingAs.kind) {
    case 'member':
      return `member:${memberId}`;
    case 'delegate':
      return `delegate:${actingAs.accountId}`;
    case 'staff':
      return `staff:${actingAs.accountId ?? 'cli'}`;
    default: {
      const never: never = actingAs;
      throw new Error(`unknown capacity ${JSON.stringify(never)}`);
    }
  }
}
