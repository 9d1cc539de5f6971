// `consentry decide`: the member-level decision of SPEC §5 for one purpose at one moment.
import { ConsentryError } from '../domain/errors.js';
import { decideForMember, type MemberDecision } from '../domain/member-decision.js';
import { assertPackDefines } from '../domain/policy.js';
import type { Purpose } from '../schema/purposes.js';
import type { Instant } from '../schema/time.js';
import { loadMemberHistory } from '../store/member-history-reads.js';
import type { PipelineContext } from './pipeline-context.js';
import type { ResolvedPolicy } from './resolve-policy.js';

/** Decides whether a member's content may be used for a purpose at a moment (now by default). */
export async function decideMember(props: { ctx: PipelineContext; memberId: string; purpose: Purpose; at?: Instant | undefined; policy: ResolvedPolicy }): Promise<MemberDecision> {
  const { ctx, memberId, purpose, policy } = props;
  assertPackDefines(policy.pack, purpose);
  const at = props.at ?? ctx.clock.now();
  const member = await loadMemberHistory(ctx.store.db, memberId, at);
  if (member === null) throw new ConsentryError('E_MEMBER_NOT_FOUND', `no member with id "${memberId}"`);
  return decideForMember(policy.pack, purpose, at, member);
}
