// Rules 10–13 of SPEC §4: region, explicit denial, missing opt-in grant, legacy content.
import type { PolicyPack, Regime } from '../schema/policy-pack.js';
import type { Purpose } from '../schema/purposes.js';
import type { Instant } from '../schema/time.js';
import { settingAt, type MemberHistory, type Residence } from './member-history.js';
import { effectiveAt, effectiveRegime, stricter } from './policy.js';
import { purposeAndAncestors } from './purpose-tree.js';

export type ConsentReason = 'region-excluded' | 'opted-out' | 'not-consented' | 'legacy-content';

/** The strictest effective regime of a purpose over several residences. */
export function strictestRegime(pack: PolicyPack, purpose: Purpose, residences: readonly Residence[]): Regime {
  let regime: Regime = 'opt-out';
  for (const residence of residences) regime = stricter(regime, effectiveRegime(pack, purpose, residence));
  return regime;
}

/** True when the member's explicit setting at the moment denies the purpose or one of its ancestors. */
export function deniedAt(member: MemberHistory, purpose: Purpose, moment: Instant): boolean {
  return purposeAndAncestors(purpose).some((p) => settingAt(member, p, moment) === 'denied');
}

/**
 * Applies rules 10–13 for one purpose. `createdAt` is the item's creation time, or null for a
 * member-level decision, where the legacy-content rule (13) has no item to look at.
 */
export function consentReason(
  pack: PolicyPack,
  purpose: Purpose,
  regime: Regime,
  member: MemberHistory,
  at: Instant,
  createdAt: Instant | null,
): ConsentReason | null {
  if (regime === 'excluded') return 'region-excluded';
  if (deniedAt(member, purpose, at)) return 'opted-out';
  const granted = settingAt(member, purpose, at) === 'granted';
  if (regime === 'opt-in' && !granted) return 'not-consented';
  if (
    createdAt !== null &&
    regime === 'opt-out' &&
    !granted &&
    pack.legacyContent === 'explicit-grant-only' &&
    createdAt < effectiveAt(pack, purpose)
  ) {
    return 'legacy-content';
  }
  return null;
}
