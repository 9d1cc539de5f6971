// Member identities: pure per (seed, k), unique valid e-mails, names in their own spelling, real places.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCountryCode } from '../../schema/regions.js';
import { asciiSlug } from './ascii-fold.js';
import { COUNTRY_PROFILES, EU_COUNTRIES, type DemoCountry } from './country-profiles.js';
import { IdentityCache, memberId, memberIdentity, memberName, WELL_FORMED_COUNTRIES, WELL_FORMED_MEMBERS } from './member-identity.js';
import { NAME_POOLS } from './name-pools.js';

const COUNTRIES = Object.keys(COUNTRY_PROFILES) as DemoCountry[];

describe('memberIdentity', () => {
  it('depends only on the seed and the member number', () => {
    const later = memberIdentity(7, 4321);
    for (let k = 1; k < 50; k++) memberIdentity(7, k);
    expect(memberIdentity(7, 4321)).toEqual(later);
    expect(memberName(7, 4321)).toBe(later.name);
    expect(memberIdentity(8, 4321).name === later.name && memberIdentity(8, 4321).email === later.email).toBe(false);
  });

  it('serves the same identities from the cache as computed fresh', () => {
    const cache = new IdentityCache(3, 8);
    for (let k = 1; k <= 40; k++) expect(cache.get(k)).toEqual(memberIdentity(3, k));
    expect(cache.get(2)).toEqual(memberIdentity(3, 2));
  });

  it('numbers members with a type prefix and stable width', () => {
    expect([memberId(1), memberId(123), memberId(1_234_567)]).toEqual(['m-000001', 'm-000123', 'm-1234567']);
  });

  it('gives every member a unique, valid e-mail address derived from the name', () => {
    const emails = new Set<string>();
    let derived = 0;
    for (let k = 1; k <= 5000; k++) {
      const person = memberIdentity(1, k);
      expect(z.email().safeParse(person.email).success, person.email).toBe(true);
      emails.add(person.email);
      if (person.email.includes(asciiSlug(person.given, '')) || person.email.includes(asciiSlug(person.surname, ''))) derived++;
    }
    expect(emails.size).toBe(5000);
    expect(derived).toBe(5000);
  });

  it('writes names with the diacritics of their language, sometimes family name first', () => {
    const names = Array.from({ length: 3000 }, (_, i) => memberIdentity(1, i + 1));
    const accented = names.filter((p) => /[^\x20-\x7e]/.test(p.name));
    expect(accented.length / names.length).toBeGreaterThan(0.08);
    expect(names.some((p) => p.name === `${p.surname} ${p.given}`)).toBe(true);
    expect(names.some((p) => p.surname.includes(' '))).toBe(true);
  });

  it('makes the first members well-formed residents of US, DE, GB and IN with a subdivision', () => {
    for (let k = 1; k <= WELL_FORMED_MEMBERS; k++) {
      const person = memberIdentity(42, k);
      expect(person.country).toBe(WELL_FORMED_COUNTRIES[k - 1]);
      expect(person.subdivision?.startsWith(`${person.country}-`)).toBe(true);
    }
  });
});

describe('name pools', () => {
  it('ship at least 40 given names and 40 surnames for the larger countries', () => {
    for (const [id, pool] of Object.entries(NAME_POOLS)) {
      expect(new Set([...pool.female, ...pool.male]).size, id).toBe(pool.female.length + pool.male.length);
      expect(new Set(pool.surnames).size, id).toBe(pool.surnames.length);
    }
    // The traditions of every country with more than 1 % of the members.
    for (const id of ['en', 'de', 'fr', 'es', 'es-mx', 'it', 'pt-br', 'nl', 'sv', 'pl', 'tr', 'in', 'ng', 'zh', 'ja', 'ko', 'ar', 'za'] as const) {
      expect(NAME_POOLS[id].female.length + NAME_POOLS[id].male.length, id).toBeGreaterThanOrEqual(40);
      expect(NAME_POOLS[id].surnames.length, id).toBeGreaterThanOrEqual(40);
    }
  });
});

describe('country profiles', () => {
  it('cover at least 25 real countries including the EU-27 and the named others', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(25);
    for (const code of COUNTRIES) expect(isCountryCode(code), code).toBe(true);
    for (const code of EU_COUNTRIES) expect(COUNTRIES, code).toContain(code);
    for (const code of ['US', 'GB', 'CH', 'NO', 'IN', 'BR', 'NG', 'JP', 'CN', 'KR', 'MX', 'CA', 'AU', 'ZA', 'EG']) expect(COUNTRIES).toContain(code);
  });

  it('use ISO 3166-2 subdivisions of their own country', () => {
    for (const code of COUNTRIES) {
      for (const region of COUNTRY_PROFILES[code].regionList) {
        if (region.subdivision !== undefined) expect(region.subdivision).toMatch(new RegExp(`^${code}-[A-Z0-9]{1,3}$`));
        expect(region.cities.length, code).toBeGreaterThan(0);
      }
    }
    const us = COUNTRY_PROFILES.US.regionList.map((r) => r.subdivision);
    expect(us).toEqual(expect.arrayContaining(['US-CA', 'US-NY', 'US-TX']));
    expect(COUNTRY_PROFILES.CA.regionList.map((r) => r.subdivision)).toEqual(expect.arrayContaining(['CA-ON', 'CA-QC']));
  });
});

describe('asciiSlug', () => {
  it('folds diacritics and special letters and drops apostrophes', () => {
    expect(asciiSlug('Jürgen Groß', '.')).toBe('jurgen.gross');
    expect(asciiSlug("Siobhán O'Brien", '-')).toBe('siobhan-obrien');
    expect(asciiSlug('Łukasz Dąbrowski', '')).toBe('lukaszdabrowski');
    expect(asciiSlug('Søren Ødegård', '_')).toBe('soren_odegard');
    expect(asciiSlug('İbrahim Yılmaz', ' ')).toBe('ibrahim yilmaz');
    expect(asciiSlug('van den Berg', '')).toBe('vandenberg');
  });
});
