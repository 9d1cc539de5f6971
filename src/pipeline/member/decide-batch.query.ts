// Decides many member/purpose/moment triples at once: one history read for all members, one answer per triple.
import { decideForMember, type MemberDecision } from '../../domain/member-decision.js';
import type { ErrorCode } from '../../domain/errors.js';
import type { Purpose } from '../../schema/purposes.js';
import { formatInstant, type Instant } from '../../schema/time.js';
import { loadHistoriesByIds } from '../../store/member-history-reads.js';
import type { Db } from '../../store/store.js';
import type { ResolvedPolicy } from '../resolve-policy.js';
import type { HistoryCache } from './history-cache.js';

/** One question: may this member's content be used for this purpose at this moment? */
export interface DecisionQuestion {
  readonly memberId: string;
  readonly purpose: Purpose;
  readonly at: Instant;
}

/** One answer: the decision, or why there is none for this triple (the others are still answered). */
export type DecisionAnswer =
  | ({ readonly memberId: string; readonly purpose: Purpose; readonly at: string } & MemberDecision)
  | { readonly memberId: string; readonly purpose: Purpose; readonly at: string; readonly error: { readonly code: ErrorCode; readonly message: string } };

/**
 * Answers every question in order. A batch is a result object, not all-or-nothing: an unknown
 * member or a purpose the pack does not define yields an error entry for that triple only.
 */
export async function decideBatch(props: { db: Db; policy: ResolvedPolicy; questions: readonly DecisionQuestion[]; cache?: HistoryCache }): Promise<DecisionAnswer[]> {
  const { db, policy, questions, cache } = props;
  const ids = questions.map((q) => q.memberId);
  const histories = cache === undefined ? await loadHistoriesByIds(db, ids, null) : await cache.histories(db, ids);
  return questions.map((q): DecisionAnswer => {
    const at = formatInstant(q.at);
    const history = histories.get(q.memberId);
    if (history === undefined) return { memberId: q.memberId, purpose: q.purpose, at, error: { code: 'E_MEMBER_NOT_FOUND', message: `no member with id "${q.memberId}"` } };
    if (policy.pack.purposes[q.purpose] === undefined) {
      return { memberId: q.memberId, purpose: q.purpose, at, error: { code: 'E_PURPOSE_UNDEFINED', message: `policy pack ${policy.pack.id} does not define purpose ${q.purpose}` } };
    }
    const decision = decideForMember(policy.pack, q.purpose, q.at, history);
    return { memberId: q.memberId, purpose: q.purpose, at, allowed: decision.allowed, reason: decision.reason, regime: decision.regime };
  });
}
