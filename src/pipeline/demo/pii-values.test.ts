// PII values: cards pass Luhn, IBANs pass mod 97, SSNs and NINOs follow the issuers' rules, IPs parse.
import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { COUNTRY_PROFILES, type DemoCountry } from './country-profiles.js';
import { birthDatePhrase, cardNumber, iban, ibanMod97, ipAddress, isIbanValid, isLuhnValid, profileUrl, socialHandle, ukNino, usSsn } from './pii-values.js';
import { Rng } from './seeded-random.js';

const COUNTRIES = Object.keys(COUNTRY_PROFILES) as DemoCountry[];

describe('Luhn check', () => {
  it('accepts known-good card numbers and rejects a changed digit', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('378282246310005')).toBe(true);
    expect(isLuhnValid('5555555555554444')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });

  it('holds for every generated card, whatever the brand and layout', () => {
    const rng = new Rng(11);
    const lengths = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const text = cardNumber(rng);
      expect(text).toMatch(/^\d[\d -]+\d$/);
      const digits = text.replace(/[ -]/g, '');
      lengths.add(digits.length);
      expect(isLuhnValid(digits), text).toBe(true);
    }
    expect(lengths).toEqual(new Set([15, 16]));
  });
});

describe('IBAN', () => {
  it('accepts the standard examples and rejects a transposition', () => {
    expect(isIbanValid('GB82WEST12345698765432')).toBe(true);
    expect(isIbanValid('DE89370400440532013000')).toBe(true);
    expect(isIbanValid('BE68539007547034')).toBe(true);
    expect(isIbanValid('DE89370400440532031000')).toBe(false);
    expect(ibanMod97('3214282912345698765432161182')).toBe(1);
  });

  it.each(COUNTRIES)('is mod-97 valid for members in %s', (country) => {
    const rng = new Rng(country.charCodeAt(0) * 97 + country.charCodeAt(1));
    for (let i = 0; i < 100; i++) {
      const text = iban(rng, country);
      expect(isIbanValid(text.replace(/ /g, '')), text).toBe(true);
    }
  });

  it('gives Belgian account numbers their own mod-97 key', () => {
    const rng = new Rng(32);
    for (let i = 0; i < 100; i++) {
      const bban = iban(rng, 'BE').replace(/ /g, '').slice(4);
      expect(Number(bban.slice(10)), bban).toBe(Number(BigInt(bban.slice(0, 10)) % 97n) || 97);
    }
  });
});

describe('national identifiers', () => {
  it('writes SSNs the SSA could have issued', () => {
    const rng = new Rng(5);
    for (let i = 0; i < 2000; i++) {
      const text = usSsn(rng);
      const match = /^(\d{3})[- ](\d{2})[- ](\d{4})$/.exec(text);
      expect(match, text).not.toBeNull();
      const [, area = '', group = '', serial = ''] = match ?? [];
      expect(area === '000' || area === '666' || area.startsWith('9'), text).toBe(false);
      expect(group, text).not.toBe('00');
      expect(serial, text).not.toBe('0000');
    }
  });

  it('writes NINOs with allowed prefixes and suffixes', () => {
    const rng = new Rng(6);
    for (let i = 0; i < 2000; i++) {
      const compact = ukNino(rng).replace(/ /g, '');
      expect(compact).toMatch(/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/);
      expect(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']).not.toContain(compact.slice(0, 2));
    }
  });
});

describe('other values', () => {
  it('writes IP addresses that parse as IPv4 or IPv6', () => {
    const rng = new Rng(7);
    const versions = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const text = ipAddress(rng);
      const version = isIP(text);
      expect(version, text).not.toBe(0);
      versions.add(version);
    }
    expect(versions).toEqual(new Set([4, 6]));
  });

  it('derives profile links and handles from ASCII-folded names', () => {
    const rng = new Rng(8);
    expect(profileUrl(rng, 'Zoë', "O'Connor-Ó Briain", '1a2b')).toMatch(/linkedin\.com\/in\/zoe-oconnor-o-briain-1a2b\/?$/);
    for (let i = 0; i < 50; i++) expect(socialHandle(rng, 'Jürgen', 'Groß')).toMatch(/^@[a-z0-9._]{3,15}$/);
  });

  it('writes dates of birth in European and American styles', () => {
    const phrases = new Set<string>();
    const rng = new Rng(9);
    for (let i = 0; i < 200; i++) phrases.add(birthDatePhrase(rng, '1990-03-12', i % 2 === 0));
    expect(phrases).toContain('born 12 March 1990');
    expect(phrases).toContain('born on March 12, 1990');
    expect(phrases).toContain('DOB: 03/12/1990');
    expect(phrases).toContain('DOB: 12/03/1990');
  });
});
