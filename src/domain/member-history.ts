// A member's append-only history and what it says at a given moment: residence, status, settings.
import type { Purpose } from '../schema/purposes.js';
import type { ConsentValue, MemberStatus } from '../schema/records.js';
import type { Instant } from '../schema/time.js';

/** Where a member lives: an ISO country and, when known, an ISO subdivision. */
export interface Residence {
  readonly country: string;
  readonly subdivision: string | null;
}

/** A value that took effect at a moment. */
export interface Dated<T> {
  readonly at: Instant;
  readonly value: T;
}

/** One explicit setting of one purpose: a consent event, or one purpose of an objection or signal. */
export interface SettingEvent {
  readonly at: Instant;
  readonly purpose: Purpose;
  readonly value: ConsentValue;
}

/**
 * Everything the rules need to know about a member. Each list is in recording order — by `at`,
 * and for equal `at` in the order the events were recorded — which is how the store returns them.
 */
export interface MemberHistory {
  readonly id: string;
  readonly birthDate: string | null;
  readonly residence: Residence;
  readonly moves: readonly Dated<Residence>[];
  readonly statuses: readonly Dated<MemberStatus>[];
  readonly settings: readonly SettingEvent[];
}

/** The latest value with `at` ≤ moment, or the fallback when none has taken effect. */
function latestAt<T>(events: readonly Dated<T>[], moment: Instant, fallback: T): T {
  let value = fallback;
  for (const event of events) {
    if (event.at > moment) break;
    value = event.value;
  }
  return value;
}

/** Residence at a moment: the member record's, replaced by each move with `at` ≤ moment. */
export function residenceAt(member: MemberHistory, moment: Instant): Residence {
  return latestAt(member.moves, moment, member.residence);
}

/** Status at a moment: `active`, replaced by each status event with `at` ≤ moment. */
export function statusAt(member: MemberHistory, moment: Instant): MemberStatus {
  return latestAt(member.statuses, moment, 'active');
}

/** The explicit setting of one purpose at a moment (latest event for it with `at` ≤ moment), or null. */
export function settingAt(member: MemberHistory, purpose: Purpose, moment: Instant): ConsentValue | null {
  let value: ConsentValue | null = null;
  for (const event of member.settings) {
    if (event.at > moment) break;
    if (event.purpose === purpose) value = event.value;
  }
  return value;
}
