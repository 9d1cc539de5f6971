// The synthetic network generator behind `consentry demo generate`: a stream of import records.
//
// Usage from code:
//   for (const record of generateNetwork({ members: 1000, seed: 7 })) …   // ImportRecord values
//   for (const chunk of networkJsonl({ members: 1000, seed: 7 })) …       // UTF-8 JSONL Buffers (network-jsonl.ts)
//   memberName(seed, k), memberIdentity(seed, k), memberId(k)             // any member, recomputed alone
//   wellFormedMembers(seed, members)                                      // members fit for demo logins
//
// Guarantees:
// - Deterministic: the same (members, seed, until) give byte-identical output; nothing reads the
//   clock (`until` defaults to DEFAULT_UNTIL). Member k's records depend only on (seed, k, until), so
//   the output for N members is a prefix of the output for more members.
// - Streaming: one member's records are planned at a time; memory does not grow with `members`.
// - Every record validates against RECORD_SCHEMAS and refers only to records emitted before it:
//   each member is followed by their own content and events in time order (ties keep the order
//   they were recorded in, which the file order then states).
// - Members 1–4 (WELL_FORMED_MEMBERS) live in US, DE, GB and IN with a subdivision, are adults with
//   a birth date, stay active, never move, and have no consent or objection events.
//
// What a network looks like (measured on 100,000 members, seed 1; the knobs are SHARES in
// member-life-cycle.ts): 1.21 million records, 337 MB of JSONL. 9.97 content items per member
// (posts 39 %, comments 30 %, messages 16 %, profiles 8 %, articles 7 %; 87 % of non-messages
// public, the rest connections or private; messages always private), texts of 80–600 characters
// (mean 156), 3.0 % of items deleted. 43 countries (all of the EU-27; US 25 %, IN 12 %, BR 6 %).
// 5.0 % of members without a birth date; 6.0 % minors at some point of their membership (1.7 %
// still minors at the end, 4.3 % who come of age); 1.2 % born on 29 February. 4.9 % move (a third
// within their country, a third across the EU border). 1.0 % die, 1.0 % are deactivated (a quarter
// come back). 35 % have consent events: member settings (denials outnumber grants 5:3; 7.8 % of
// members change their mind; 1.5 % toggle twice in the same instant), GPC signals from 4 % of members, delegates
// (mostly after a death) and admins; 2.5 % file an objection.
import { parseInstant } from '../../schema/time.js';
import type { ImportRecord } from '../../schema/records.js';
import { IdentityCache, memberIdentity, WELL_FORMED_MEMBERS, type MemberIdentity } from './member-identity.js';
import { memberRecords, NETWORK_START } from './member-life-cycle.js';

export { memberId, memberIdentity, memberName, WELL_FORMED_COUNTRIES, WELL_FORMED_MEMBERS, type MemberIdentity } from './member-identity.js';

/** The default end of the generated history, fixed so that output never depends on the clock. */
export const DEFAULT_UNTIL = '2026-10-31T00:00:00Z';

/** The most members one run may generate (about 100 million content items). */
export const MAX_MEMBERS = 10_000_000;

/** What to generate. */
export interface GenerateNetworkOptions {
  /** How many members (1 … MAX_MEMBERS). */
  readonly members: number;
  /** Any safe integer; the same seed gives the same network. */
  readonly seed: number;
  /** No record is later than this ISO 8601 UTC time; default DEFAULT_UNTIL. */
  readonly until?: string;
}

function untilOf(options: GenerateNetworkOptions): number {
  const text = options.until ?? DEFAULT_UNTIL;
  const parsed = parseInstant(text);
  if (parsed === null) throw new RangeError(`until must be an ISO 8601 UTC time, got "${text}"`);
  const ms = Date.parse(parsed);
  // Members need room for a life: a year after the network's first sign-up at least.
  if (ms < NETWORK_START + 366 * 86_400_000) throw new RangeError(`until must be 2019-01-01 or later, got "${text}"`);
  return ms;
}

function checkOptions(options: GenerateNetworkOptions): number {
  if (!Number.isSafeInteger(options.members) || options.members < 1 || options.members > MAX_MEMBERS) {
    throw new RangeError(`members must be an integer from 1 to ${String(MAX_MEMBERS)}, got ${String(options.members)}`);
  }
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be a safe integer, got ${String(options.seed)}`);
  return untilOf(options);
}

/** Generates the records of a synthetic network, member by member, each followed by their content and events. */
export function generateNetwork(options: GenerateNetworkOptions): Generator<ImportRecord, void, undefined> {
  // Validate eagerly, so a bad option fails at the call rather than at the first next().
  const until = checkOptions(options);
  return (function* records() {
    const identities = new IdentityCache(options.seed);
    for (let k = 1; k <= options.members; k++) yield* memberRecords(identities, k, until);
  })();
}

/** Members fit for demo logins: adult, active, with a birth date, in US/DE/GB/IN (at most WELL_FORMED_MEMBERS). */
export function wellFormedMembers(seed: number, members: number): MemberIdentity[] {
  const count = Math.min(Math.max(Math.floor(members), 0), WELL_FORMED_MEMBERS);
  return Array.from({ length: count }, (_, i) => memberIdentity(seed, i + 1));
}
