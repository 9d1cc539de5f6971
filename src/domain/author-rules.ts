// Rules 5–8 of SPEC §4: the author's status and age at the snapshot moment.
import type { PolicyPack } from '../schema/policy-pack.js';
import type { Instant } from '../schema/time.js';
import { ageAt } from './age.js';
import { statusAt, type MemberHistory } from './member-history.js';

export type AuthorReason = 'deceased' | 'deactivated' | 'age-unknown' | 'minor';

/** The first of rules 5–8 that excludes the author's content at the moment, or null. */
export function authorReason(pack: PolicyPack, member: MemberHistory, at: Instant): AuthorReason | null {
  const status = statusAt(member, at);
  if (status === 'deceased') return 'deceased';
  if (status === 'deactivated') return 'deactivated';
  if (member.birthDate === null) return pack.unknownAge === 'exclude' ? 'age-unknown' : null;
  return ageAt(member.birthDate, at) < pack.minimumAge ? 'minor' : null;
}
