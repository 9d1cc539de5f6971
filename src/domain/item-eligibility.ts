// SPEC §4: whether one content item may enter a dataset, and if not, the first reason that applies.
import type { PolicyPack } from '../schema/policy-pack.js';
import type { Purpose } from '../schema/purposes.js';
import type { ContentKind } from '../schema/records.js';
import type { Verdict } from '../schema/reasons.js';
import type { Instant } from '../schema/time.js';
import { ageAt } from './age.js';
import { consentReason, strictestRegime } from './consent-rules.js';
import { authorReason } from './author-rules.js';
import { residenceAt, type MemberHistory } from './member-history.js';
import { effectiveAt } from './policy.js';

/** What a dataset is built for: one purpose at one snapshot moment, optionally shared. */
export interface DatasetRequest {
  readonly purpose: Purpose;
  readonly at: Instant;
  readonly shared: boolean;
}

/** The facts of one content item the rules look at. */
export interface ItemFacts {
  readonly id: string;
  readonly kind: ContentKind;
  readonly visibility: string;
  readonly createdAt: Instant;
  /** The earliest deletion of the item, or null when it was never deleted. */
  readonly deletedAt: Instant | null;
}

/**
 * The verdict for one item created at or before the snapshot: `included`, or the first exclusion
 * reason of SPEC §4 that applies. Items created after the snapshot are not considered at all, so
 * callers filter them out before asking.
 */
export function evaluateItem(pack: PolicyPack, request: DatasetRequest, member: MemberHistory, item: ItemFacts): Verdict {
  const { purpose, at, shared } = request;
  if (at < effectiveAt(pack, purpose) || (shared && at < effectiveAt(pack, 'share-affiliates'))) return 'before-effective';
  if (item.kind === 'message') return 'message';
  if (!pack.kinds.includes(item.kind) || !pack.visibility.includes(item.visibility)) return 'not-public';
  if (item.deletedAt !== null && item.deletedAt <= at) return 'deleted';
  const author = authorReason(pack, member, at);
  if (author !== null) return author;
  if (member.birthDate !== null && ageAt(member.birthDate, item.createdAt) < pack.minimumAge) return 'minor-at-creation';
  const residences = [residenceAt(member, item.createdAt), residenceAt(member, at)];
  const reason = consentReason(pack, purpose, strictestRegime(pack, purpose, residences), member, at, item.createdAt);
  if (reason !== null) return reason;
  if (shared) {
    const shareRegime = strictestRegime(pack, 'share-affiliates', residences);
    if (consentReason(pack, 'share-affiliates', shareRegime, member, at, item.createdAt) !== null) return 'not-shared';
  }
  return 'included';
}
