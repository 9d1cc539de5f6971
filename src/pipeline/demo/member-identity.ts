// Who member number k is (name, e-mail, residence at sign-up): a pure function of (seed, k).
//
// Keeping identity pure is what lets a post mention a colleague by name without the generator
// holding the network in memory: the colleague's name is recomputed from their number on demand.
import { asciiSlug } from './ascii-fold.js';
import { COUNTRY_WEIGHTS, countryProfile, type City, type DemoCountry, type Region } from './country-profiles.js';
import { NAME_POOLS, type NamePoolId } from './name-pools.js';
import { memberStream, type Rng } from './seeded-random.js';

/** The number of leading members that are guaranteed well-formed (see WELL_FORMED_COUNTRIES). */
export const WELL_FORMED_MEMBERS = 4;

/**
 * Countries of members 1–4. These members are adults with a birth date, stay active, never move
 * and record no consent or objection events, so demo logins start from the policy defaults.
 */
export const WELL_FORMED_COUNTRIES: readonly DemoCountry[] = ['US', 'DE', 'GB', 'IN'];

const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'post.example.org', 'inbox.example.net'];

/** A person's name parts as written in their tradition. */
export interface PersonName {
  readonly given: string;
  readonly surname: string;
  /** The full name as the person writes it (family name first in some traditions). */
  readonly name: string;
}

/** Member number k of a generated network. */
export interface MemberIdentity extends PersonName {
  readonly number: number;
  readonly id: string;
  readonly email: string;
  readonly country: DemoCountry;
  readonly region: Region;
  /** The subdivision as the member record states it; absent when the member left it out. */
  readonly subdivision?: string;
  readonly city: City;
  /** The stable tail of the member's public profile link (`…/in/anna-schmidt-<suffix>`). */
  readonly profileSuffix: string;
}

/** The id of member number k: `m-000001`, `m-000002`, …; wider numbers keep all their digits. */
export function memberId(k: number): string {
  return `m-${String(k).padStart(6, '0')}`;
}

/** Draws a name from a naming tradition; used for members and for people who are not members. */
export function drawName(rng: Rng, poolId: NamePoolId): PersonName {
  const pool = NAME_POOLS[poolId];
  const female = rng.chance(0.5);
  // Many Chinese professionals also use an English given name at work.
  const givenPool = poolId === 'zh' && rng.chance(0.2) ? NAME_POOLS.en : pool;
  const given = rng.pick(female ? givenPool.female : givenPool.male);
  const gendered = (surname: string): string => {
    const [male = surname, womanForm] = surname.split('/');
    return female && womanForm !== undefined ? womanForm : male;
  };
  let surname = gendered(rng.pick(pool.surnames));
  if (pool.doubleSurname > 0 && rng.chance(pool.doubleSurname)) {
    const second = gendered(rng.pick(pool.surnames));
    if (second !== surname) surname = `${surname} ${second}`;
  }
  let written = surname;
  // French professionals often capitalise the family name; some English speakers add an initial.
  if (poolId === 'fr' && rng.chance(0.08)) written = surname.toLocaleUpperCase('fr');
  const initial = poolId === 'en' && rng.chance(0.08) ? ` ${'ABCDEFGHJKLMNPRSTW'[rng.int(18)] ?? 'J'}.` : '';
  const name = pool.familyFirst > 0 && rng.chance(pool.familyFirst) ? `${written} ${given}` : `${given}${initial} ${written}`;
  return { given, surname, name };
}

function emailLocalPart(rng: Rng, given: string, surname: string, k: number): string {
  const g = asciiSlug(given, '') || 'member';
  const s = asciiSlug(surname, '') || 'member';
  // The member number as the tail makes every address unique without a registry of used ones.
  const n = String(k);
  switch (rng.int(6)) {
    case 0:
      return `${g}.${s}${n}`;
    case 1:
      return `${g}${s}${n}`;
    case 2:
      return `${g.slice(0, 1)}${s}${n}`;
    case 3:
      return `${s}.${g}${n}`;
    case 4:
      return `${g}_${s}${n}`;
    default:
      return `${g}${n}`;
  }
}

function pickRegion(rng: Rng, country: DemoCountry, forced: boolean): Region {
  const profile = countryProfile(country);
  const region = profile.regions.pick(rng);
  if (!forced || region.subdivision !== undefined) return region;
  return profile.regionList.find((candidate) => candidate.subdivision !== undefined) ?? region;
}

/** Member number k (1-based) of the network generated with `seed`. */
export function memberIdentity(seed: number, k: number): MemberIdentity {
  const rng = memberStream(seed, k, 'identity');
  const wellFormed = k <= WELL_FORMED_MEMBERS;
  const drawn = COUNTRY_WEIGHTS.pick(rng);
  const country = wellFormed ? (WELL_FORMED_COUNTRIES[k - 1] ?? drawn) : drawn;
  const profile = countryProfile(country);
  const region = pickRegion(rng, country, wellFormed);
  const city = rng.pick(region.cities);
  const poolId = (region.pools ?? profile.pools).pick(rng);
  const person = drawName(rng, poolId);
  const email = `${emailLocalPart(rng, person.given, person.surname, k)}@${rng.pick(EMAIL_DOMAINS)}`;
  const profileSuffix = Math.floor(rng.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  const omitSubdivision = !wellFormed && rng.chance(profile.withoutSubdivision);
  return {
    number: k,
    id: memberId(k),
    ...person,
    email,
    country,
    region,
    ...(region.subdivision === undefined || omitSubdivision ? {} : { subdivision: region.subdivision }),
    city,
    profileSuffix,
  };
}

/** The full name of member number k, recomputed without generating anyone else. */
export function memberName(seed: number, k: number): string {
  return memberIdentity(seed, k).name;
}

/**
 * Recently used identities of one network (least recently used evicted first). Mentions mostly name
 * members who joined shortly before the author or a few well-known early members, so a small cache
 * saves most recomputation while memory stays bounded.
 */
export class IdentityCache {
  private readonly entries = new Map<number, MemberIdentity>();

  constructor(
    readonly seed: number,
    private readonly capacity = 2048,
  ) {}

  /** Member number k, from the cache or freshly computed. */
  get(k: number): MemberIdentity {
    const cached = this.entries.get(k);
    // Re-inserting moves the entry to the end: Maps iterate in insertion order.
    this.entries.delete(k);
    const identity = cached ?? memberIdentity(this.seed, k);
    this.entries.set(k, identity);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value ?? k);
    return identity;
  }
}
