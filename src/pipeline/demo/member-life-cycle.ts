// The life of one synthetic member: sign-up, age, moves, status changes, content, consent and deletions.
//
// Everything is planned from the member's own random streams, then emitted in time order after the
// member record, so a record only ever refers to the member or to content emitted before it. Shares
// (minors, moves, deaths, …) are chosen so that every exclusion reason of SPEC §4 occurs in a
// network of a few thousand members; `generate-network.ts` documents the resulting distributions.
import type { Purpose } from '../../schema/purposes.js';
import type { ConsentSource, ConsentValue, ContentKind, ImportRecord, MemberRecord } from '../../schema/records.js';
import { calendarDateOf, instantOf } from './fast-instant.js';
import { COUNTRY_WEIGHTS, countryProfile, type DemoCountry, type Region } from './country-profiles.js';
import { WELL_FORMED_MEMBERS, type IdentityCache, type MemberIdentity } from './member-identity.js';
import { memberStream, WeightedList, type Rng } from './seeded-random.js';
import { TextWriter, type Residence } from './text-templates.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

/** The first sign-up of the synthetic network. */
export const NETWORK_START = Date.UTC(2018, 0, 1);

/** When LinkedIn announced generative-AI training on member data: settings visits spiked. */
const ANNOUNCEMENT = Date.UTC(2024, 8, 18);

/** Probabilities of the member-level events; `generate-network.ts` documents what they produce. */
export const SHARES = {
  noBirthDate: 0.05,
  minorAtSomePoint: 0.06,
  leapDayBirthday: 0.012,
  moves: 0.05,
  deceased: 0.01,
  deactivated: 0.01,
  reactivated: 0.45,
  deletedContent: 0.03,
  settingsVisitors: 0.3,
  sameMomentToggle: 0.015,
  gpc: 0.04,
  objection: 0.025,
  admin: 0.006,
  delegateForLiving: 0.003,
  delegateAfterDeath: 0.6,
} as const;

const PURPOSES: readonly Purpose[] = ['train-ai', 'train-genai', 'share-affiliates'];
const TOUCHED_PURPOSE = new WeightedList<Purpose>([['train-genai', 5], ['train-ai', 3], ['share-affiliates', 2]]);
const KIND = new WeightedList<Exclude<ContentKind, 'profile'>>([['post', 42], ['comment', 33], ['message', 17], ['article', 8]]);

/** A half-open span of time in which the member could act. */
interface Span {
  readonly from: number;
  readonly to: number;
}

interface ResidenceChange extends Residence {
  readonly at: number;
  readonly subdivision?: string;
}

interface PlannedEvent {
  readonly at: number;
  /** Tie-breaker: the order events were planned in, kept for equal times (recording order). */
  readonly seq: number;
  readonly record: (ids: IdCounter) => ImportRecord;
}

/** Numbers a member's records per type, in emission order. */
class IdCounter {
  private readonly next = { e: 0, o: 0, v: 0, s: 0 };

  constructor(readonly member: string) {}

  take(prefix: 'e' | 'o' | 'v' | 's'): string {
    this.next[prefix] += 1;
    return `${prefix}-${this.member}-${String(this.next[prefix]).padStart(2, '0')}`;
  }
}


function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Whole years from a YYYY-MM-DD birth date to a moment, as SPEC §4 counts them. */
function ageAt(birthDate: string, ms: number): number {
  const moment = instantOf(ms);
  const years = Number(moment.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return moment.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}

function spanLength(spans: readonly Span[]): number {
  return spans.reduce((sum, s) => sum + (s.to - s.from), 0);
}

/** A moment inside the spans; `u` in [0, 1) is the fraction of the total active time. */
function pointIn(spans: readonly Span[], u: number): number {
  let offset = u * spanLength(spans);
  for (const s of spans) {
    const length = s.to - s.from;
    if (offset < length) return s.from + offset;
    offset -= length;
  }
  const last = spans[spans.length - 1];
  return last === undefined ? 0 : last.to - 1;
}

function isActive(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => s.from <= at && at < s.to);
}

/** A random moment the member was active, optionally skewed towards recent times (`skew` < 1). */
function activeMoment(rng: Rng, spans: readonly Span[], skew = 1): number {
  return pointIn(spans, skew === 1 ? rng.next() : rng.next() ** skew);
}

function signUp(rng: Rng, until: number, minor: boolean): number {
  const latest = until - 30 * DAY;
  // Minors joined recently, so that some are still minors at the end and some have come of age.
  const earliest = minor ? Math.max(NETWORK_START, Math.min(Date.UTC(2021, 0, 1), latest - 2 * YEAR)) : NETWORK_START;
  // A slight lean towards later sign-ups: the network grew.
  return earliest + (latest - earliest) * rng.next() ** 0.85;
}

function adultAge(rng: Rng): number {
  const r = rng.next();
  if (r < 0.18) return 18.05 + rng.next() * 6.9;
  if (r < 0.54) return 25 + rng.next() * 10;
  if (r < 0.86) return 35 + rng.next() * 15;
  return 50 + rng.next() * 22;
}

function birthDateFor(rng: Rng, createdAt: number, kind: 'adult' | 'minor'): string {
  const age = kind === 'adult' ? adultAge(rng) : 15 + rng.next() * 2.9;
  let date = calendarDateOf(createdAt - age * YEAR);
  // Minors keep their birth year (moving it would change their age class), so only those born in a
  // leap year can get the day; their higher chance evens out the share.
  if (rng.chance(kind === 'adult' ? SHARES.leapDayBirthday : 4 * SHARES.leapDayBirthday)) {
    const year = Number(date.slice(0, 4));
    const leap = kind === 'adult' ? year - (year % 4) : year;
    const candidate = `${String(leap)}-02-29`;
    const stillInClass = kind === 'adult' ? ageAt(candidate, createdAt) >= 18 : ageAt(candidate, createdAt) < 18;
    if (isLeapYear(leap) && stillInClass) date = candidate;
  }
  return date;
}

/** Active spans after status changes; returns the spans and the status events. */
function planStatus(rng: Rng, createdAt: number, until: number, wellFormed: boolean): { spans: Span[]; events: { at: number; status: 'deceased' | 'deactivated' | 'active' }[]; diedAt: number | null } {
  // Nothing happens in the very minute of sign-up, so every event is strictly after it.
  const start = createdAt + 60_000;
  const room = until - start;
  const r = wellFormed ? 1 : rng.next();
  if (r < SHARES.deceased && room > 90 * DAY) {
    const at = start + 60 * DAY + rng.next() * (room - 60 * DAY);
    return { spans: [{ from: start, to: at }], events: [{ at, status: 'deceased' }], diedAt: at };
  }
  if (r < SHARES.deceased + SHARES.deactivated && room > 60 * DAY) {
    const off = start + 30 * DAY + rng.next() * (room - 30 * DAY);
    const back = off + 7 * DAY + rng.next() * 700 * DAY;
    if (rng.chance(SHARES.reactivated) && back < until) {
      return { spans: [{ from: start, to: off }, { from: back, to: until }], events: [{ at: off, status: 'deactivated' }, { at: back, status: 'active' }], diedAt: null };
    }
    return { spans: [{ from: start, to: off }], events: [{ at: off, status: 'deactivated' }], diedAt: null };
  }
  return { spans: [{ from: start, to: until }], events: [], diedAt: null };
}

function otherRegion(rng: Rng, country: DemoCountry, current: Region): Region | null {
  const choices = countryProfile(country).regionList.filter((region) => region !== current && region.subdivision !== undefined);
  return choices.length === 0 ? null : rng.pick(choices);
}

/** Residence changes: within the country (another subdivision) or abroad, across EU borders or not. */
function planMoves(rng: Rng, identity: MemberIdentity, spans: readonly Span[], wellFormed: boolean): ResidenceChange[] {
  if (wellFormed || !rng.chance(SHARES.moves)) return [];
  const count = rng.chance(0.8) ? 1 : 2;
  const times = Array.from({ length: count }, () => activeMoment(rng, spans)).sort((a, b) => a - b);
  const moves: ResidenceChange[] = [];
  let country = identity.country;
  let region = identity.region;
  for (const at of times) {
    const domestic = rng.chance(0.35) ? otherRegion(rng, country, region) : null;
    if (domestic === null) {
      let next = COUNTRY_WEIGHTS.pick(rng);
      while (next === country) next = COUNTRY_WEIGHTS.pick(rng);
      country = next;
      region = countryProfile(country).regions.pick(rng);
    } else {
      region = domestic;
    }
    const omit = rng.chance(countryProfile(country).withoutSubdivision);
    moves.push({ at, country, region, city: rng.pick(region.cities), ...(region.subdivision === undefined || omit ? {} : { subdivision: region.subdivision }) });
  }
  return moves;
}

function contentCount(rng: Rng): number {
  const r = rng.next();
  if (r < 0.25) return rng.between(0, 2);
  if (r < 0.85) return rng.between(2, 12);
  if (r < 0.98) return rng.between(13, 42);
  return rng.between(43, 150);
}

function visibility(rng: Rng, kind: ContentKind): string {
  if (kind === 'message') return 'private';
  const r = rng.next();
  if (kind === 'profile') return r < 0.95 ? 'public' : 'connections';
  return r < 0.86 ? 'public' : r < 0.97 ? 'connections' : 'private';
}

interface ConsentPlan {
  readonly at: number;
  readonly purpose: Purpose;
  readonly value: ConsentValue;
  readonly source: ConsentSource;
}

/** Settings changes, GPC signals, delegate and admin actions of one member. */
function planConsents(rng: Rng, spans: readonly Span[], createdAt: number, until: number, diedAt: number | null): ConsentPlan[] {
  const plans: ConsentPlan[] = [];
  if (rng.chance(SHARES.settingsVisitors)) {
    const visits = rng.chance(0.7) ? 1 : rng.chance(0.67) ? 2 : 3;
    // Half of the members who were around went to their settings when the 2024 announcement broke.
    const spikeAt = ANNOUNCEMENT + rng.exponential(10 * DAY);
    const spike = createdAt < ANNOUNCEMENT && isActive(spans, spikeAt) && rng.chance(0.5);
    const times = Array.from({ length: visits }, (_, v) => (v === 0 && spike ? spikeAt : activeMoment(rng, spans))).sort((a, b) => a - b);
    let previous: ConsentPlan | null = null;
    for (const at of times) {
      if (previous !== null && rng.chance(0.5)) {
        // A change of mind: the same purpose again, the other way.
        previous = { at, purpose: previous.purpose, value: previous.value === 'granted' ? 'denied' : 'granted', source: 'member' };
        plans.push(previous);
        continue;
      }
      const touched = rng.chance(0.7) ? 1 : rng.chance(0.67) ? 2 : 3;
      const purposes = touched === 3 ? PURPOSES : touched === 2 ? [...new Set([TOUCHED_PURPOSE.pick(rng), TOUCHED_PURPOSE.pick(rng)])] : [TOUCHED_PURPOSE.pick(rng)];
      const denyShare = at === spikeAt ? 0.85 : 0.6;
      for (const purpose of purposes) {
        previous = { at, purpose, value: rng.chance(denyShare) ? 'denied' : 'granted', source: 'member' };
        plans.push(previous);
      }
    }
  }
  if (rng.chance(SHARES.sameMomentToggle)) {
    // A double click: two opposite settings recorded at the same instant; the later-recorded wins.
    const at = activeMoment(rng, spans);
    const purpose = TOUCHED_PURPOSE.pick(rng);
    const first: ConsentValue = rng.chance(0.5) ? 'granted' : 'denied';
    plans.push({ at, purpose, value: first, source: 'member' }, { at, purpose, value: first === 'granted' ? 'denied' : 'granted', source: 'member' });
  }
  if (rng.chance(SHARES.gpc)) {
    // SPEC §2: a GPC signal is recorded as denials of share-affiliates and train-ai.
    const signals = rng.chance(0.3) ? 2 : 1;
    for (let i = 0; i < signals; i++) {
      const at = activeMoment(rng, spans);
      plans.push({ at, purpose: 'share-affiliates', value: 'denied', source: 'gpc' }, { at, purpose: 'train-ai', value: 'denied', source: 'gpc' });
    }
  }
  if (diedAt !== null && rng.chance(SHARES.delegateAfterDeath)) {
    const at = Math.min(diedAt + DAY + rng.exponential(45 * DAY), until);
    plans.push({ at, purpose: 'train-ai', value: 'denied', source: 'delegate' });
    if (rng.chance(0.5)) plans.push({ at, purpose: 'share-affiliates', value: 'denied', source: 'delegate' });
  } else if (diedAt === null && rng.chance(SHARES.delegateForLiving)) {
    plans.push({ at: activeMoment(rng, spans), purpose: rng.pick(PURPOSES), value: rng.chance(0.8) ? 'denied' : 'granted', source: 'delegate' });
  }
  if (rng.chance(SHARES.admin)) {
    // A support case: staff restore or withdraw a setting on the member's request.
    plans.push({ at: createdAt + 60_000 + rng.next() * (until - createdAt - 60_000), purpose: rng.pick(PURPOSES), value: rng.chance(0.5) ? 'granted' : 'denied', source: 'admin' });
  }
  return plans;
}

function objectionPurposes(rng: Rng): Purpose[] {
  const chosen = PURPOSES.filter(() => rng.chance(0.45));
  return chosen.length > 0 ? chosen : [TOUCHED_PURPOSE.pick(rng)];
}

function residenceAt(identity: MemberIdentity, moves: readonly ResidenceChange[], at: number): Residence {
  let residence: Residence = { country: identity.country, region: identity.region, city: identity.city };
  for (const move of moves) if (move.at <= at) residence = move;
  return residence;
}

/** Every record of member number k, in an order where references point backwards. */
export function memberRecords(identities: IdentityCache, k: number, until: number): ImportRecord[] {
  const identity = identities.get(k);
  const rng = memberStream(identities.seed, k, 'life');
  const wellFormed = k <= WELL_FORMED_MEMBERS;
  const ageDraw = wellFormed ? 1 : rng.next();
  const age = ageDraw < SHARES.noBirthDate ? 'unknown' : ageDraw < SHARES.noBirthDate + SHARES.minorAtSomePoint ? 'minor' : 'adult';
  const createdAt = signUp(rng, until, age === 'minor');
  const birthDate = age === 'unknown' ? undefined : birthDateFor(rng, createdAt, age);

  const member: MemberRecord = {
    type: 'member',
    id: identity.id,
    name: identity.name,
    email: identity.email,
    country: identity.country,
    ...(identity.subdivision === undefined ? {} : { subdivision: identity.subdivision }),
    ...(birthDate === undefined ? {} : { birthDate }),
    createdAt: instantOf(createdAt),
  };

  const { spans, events: statusEvents, diedAt } = planStatus(rng, createdAt, until, wellFormed);
  const moves = planMoves(rng, identity, spans, wellFormed);
  const planned: PlannedEvent[] = [];
  let seq = 0;
  const add = (at: number, record: (ids: IdCounter) => ImportRecord): void => {
    planned.push({ at: Math.floor(at), seq: seq++, record });
  };

  for (const s of statusEvents) add(s.at, (ids) => ({ type: 'status', id: ids.take('s'), memberId: identity.id, status: s.status, at: instantOf(s.at) }));
  for (const m of moves) {
    add(m.at, (ids) => ({ type: 'move', id: ids.take('v'), memberId: identity.id, country: m.country, ...(m.subdivision === undefined ? {} : { subdivision: m.subdivision }), at: instantOf(m.at) }));
  }

  const writer = new TextWriter(identities, identity, birthDate);
  const items: { at: number; kind: ContentKind }[] = Array.from({ length: contentCount(rng) }, () => ({ at: activeMoment(rng, spans, 0.75), kind: KIND.pick(rng) }));
  if (items.length > 0 && rng.chance(0.85)) {
    // Most members fill in their profile within days of signing up.
    const first = spans[0] ?? { from: createdAt, to: until };
    items[0] = { at: first.from + Math.min(rng.exponential(2 * DAY), (first.to - first.from) / 4), kind: 'profile' };
  }
  items.sort((a, b) => a.at - b.at);
  items.forEach(({ at, kind }, index) => {
    const contentId = `c-${identity.id.slice(2)}-${String(index + 1).padStart(3, '0')}`;
    const text = writer.write(kind, residenceAt(identity, moves, at));
    const shownTo = visibility(rng, kind);
    add(at, () => ({ type: 'content', id: contentId, memberId: identity.id, kind, visibility: shownTo, text, createdAt: instantOf(at) }));
    if (rng.chance(SHARES.deletedContent) && until - at > 2000) {
      // Most deletions come soon after posting, a few years later.
      const deletedAt = at + 1000 + (until - at - 1000) * rng.next() ** 3;
      add(deletedAt, () => ({ type: 'delete', id: `d-${contentId.slice(2)}`, contentId, at: instantOf(deletedAt) }));
    }
  });

  if (!wellFormed) {
    for (const c of planConsents(rng, spans, createdAt, until, diedAt)) {
      add(c.at, (ids) => ({ type: 'consent', id: ids.take('e'), memberId: identity.id, purpose: c.purpose, value: c.value, source: c.source, at: instantOf(c.at) }));
    }
    if (rng.chance(SHARES.objection)) {
      const at = activeMoment(rng, spans);
      const purposes = objectionPurposes(rng);
      add(at, (ids) => ({ type: 'objection', id: ids.take('o'), memberId: identity.id, purposes, at: instantOf(at) }));
    }
  }

  planned.sort((a, b) => a.at - b.at || a.seq - b.seq);
  const ids = new IdCounter(identity.id.slice(2));
  const records: ImportRecord[] = [member];
  for (const event of planned) records.push(event.record(ids));
  return records;
}
