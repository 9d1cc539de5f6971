// `consentry decide`: may this member's content in general be used for a purpose at a moment?
import type { PolicyPack, Regime } from '../schema/policy-pack.js';
import type { Purpose } from '../schema/purposes.js';
import type { ExclusionReason } from '../schema/reasons.js';
import type { Instant } from '../schema/time.js';
import { authorReason } from './author-rules.js';
import { consentReason, strictestRegime } from './consent-rules.js';
import { residenceAt, type MemberHistory } from './member-history.js';
import { effectiveAt } from './policy.js';

/** The answer of `decide`: allowed or not, the reason when not, and the regime that applied. */
export interface MemberDecision {
  readonly allowed: boolean;
  readonly reason: ExclusionReason | null;
  readonly regime: Regime;
}

/**
 * Decides for a member's content in general: rules 1, 5–8 and 10–12 of SPEC §4, with the
 * residence at the moment only (there is no item, hence no creation time).
 */
export function decideForMember(pack: PolicyPack, purpose: Purpose, at: Instant, member: MemberHistory): MemberDecision {
  const regime = strictestRegime(pack, purpose, [residenceAt(member, at)]);
  const reason = firstReason(pack, purpose, at, member, regime);
  return { allowed: reason === null, reason, regime };
}

function firstReason(pack: PolicyPack, purpose: Purpose, at: Instant, member: MemberHistory, regime: Regime): ExclusionReason | null {
  if (at < effectiveAt(pack, purpose)) return 'before-effective';
  return authorReason(pack, member, at) ?? consentReason(pack, purpose, regime, member, at, null);
}
