// Makers of the personal data people paste into posts and messages: cards, IBANs, SSNs, IPs, links.
//
// Every value is well-formed by the checks real detectors apply (Luhn for cards, mod-97 for IBANs,
// the SSA's area/group/serial rules, HMRC's NINO prefixes) so that a redactor's validation step
// is exercised rather than sidestepped; the tests verify each rule.
import { asciiSlug } from './ascii-fold.js';
import type { DemoCountry } from './country-profiles.js';
import type { Rng } from './seeded-random.js';

/** True when a digit string passes the Luhn check (payment cards). */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function luhnCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) if (isLuhnValid(payload + String(d))) return String(d);
  throw new Error('unreachable: one check digit always fits');
}

type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover';

function cardPrefix(rng: Rng, brand: CardBrand): string {
  switch (brand) {
    case 'visa':
      return '4';
    case 'mastercard':
      return rng.chance(0.8) ? String(rng.between(51, 55)) : String(rng.between(2221, 2720));
    case 'amex':
      return rng.pick(['34', '37']);
    case 'discover':
      return '6011';
    default:
      return brand satisfies never;
  }
}

/** A Luhn-valid payment card number in one of the ways people write it. */
export function cardNumber(rng: Rng): string {
  const brand = rng.pick<CardBrand>(['visa', 'visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover']);
  const length = brand === 'amex' ? 15 : 16;
  const prefix = cardPrefix(rng, brand);
  const payload = prefix + rng.digits(length - 1 - prefix.length);
  const digits = payload + luhnCheckDigit(payload);
  const style = rng.int(3);
  if (style === 2) return digits;
  const separator = style === 0 ? ' ' : '-';
  return brand === 'amex'
    ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(separator)
    : [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8, 12), digits.slice(12)].join(separator);
}

/** A card expiry date such as `04/27`. */
export function cardExpiry(rng: Rng): string {
  return `${String(rng.between(1, 12)).padStart(2, '0')}/${String(rng.between(25, 31))}`;
}

interface IbanFormat {
  /** Groups of the BBAN: n digits, a letters, c alphanumerics, z a reserved zero. */
  readonly bban: string;
  /** Real bank identifiers for the first letter group, where the BBAN starts with one. */
  readonly banks?: readonly string[];
}

const IBAN_FORMATS: Readonly<Partial<Record<DemoCountry, IbanFormat>>> = {
  AT: { bban: '16n' }, BE: { bban: '12n' }, BG: { bban: '4a6n8c', banks: ['BNBG', 'UNCR', 'STSA'] }, CH: { bban: '5n12c' },
  CY: { bban: '8n16c' }, CZ: { bban: '20n' }, DE: { bban: '18n' }, DK: { bban: '14n' }, EE: { bban: '16n' }, ES: { bban: '20n' },
  FI: { bban: '14n' }, FR: { bban: '10n11c2n' }, GB: { bban: '4a14n', banks: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'] },
  GR: { bban: '7n16c' }, HR: { bban: '17n' }, HU: { bban: '24n' }, IE: { bban: '4a14n', banks: ['AIBK', 'BOFI', 'IPBS'] },
  IT: { bban: '1a10n12c' }, LT: { bban: '16n' }, LU: { bban: '3n13c' }, LV: { bban: '4a13c', banks: ['HABA', 'UNLA', 'PARX'] },
  MT: { bban: '4a5n18c', banks: ['MALT', 'VALL'] }, NL: { bban: '4a10n', banks: ['ABNA', 'INGB', 'RABO', 'KNAB', 'TRIO'] },
  NO: { bban: '11n' }, PL: { bban: '24n' }, PT: { bban: '21n' }, RO: { bban: '4a16c', banks: ['BTRL', 'RNCB', 'BRDE'] },
  SE: { bban: '20n' }, SI: { bban: '15n' }, SK: { bban: '20n' }, TR: { bban: '5n1z16c' }, BR: { bban: '8n5n10n1a1c' }, EG: { bban: '25n' },
};

// Countries without IBANs (US, IN, …) send money to accounts in these.
const IBAN_FALLBACK: readonly DemoCountry[] = ['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'CH', 'IE'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function letters(rng: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += LETTERS[rng.int(26)] ?? 'A';
  return out;
}

function bban(rng: Rng, format: IbanFormat): string {
  let out = '';
  let usedBank = false;
  for (const [, count, kind] of format.bban.matchAll(/(\d+)([nacz])/g)) {
    const n = Number(count);
    if (kind === 'a' && !usedBank && format.banks !== undefined) {
      out += rng.pick(format.banks);
      usedBank = true;
    } else if (kind === 'a') out += letters(rng, n);
    else if (kind === 'z') out += '0'.repeat(n);
    else out += rng.digits(n);
  }
  return out;
}

/** The remainder mod 97 of an IBAN-style string, letters counting A=10 … Z=35. */
export function ibanMod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) rest = (rest * 10 + code - 48) % 97;
    else rest = (rest * 100 + code - 55) % 97;
  }
  return rest;
}

/** True when a compact IBAN (no spaces) has valid check digits. */
export function isIbanValid(iban: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban) && ibanMod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** A mod-97-valid IBAN of the country (or of a common European one), compact or in groups of four. */
export function iban(rng: Rng, country: DemoCountry): string {
  const code = IBAN_FORMATS[country] === undefined ? rng.pick(IBAN_FALLBACK) : country;
  const format = IBAN_FORMATS[code] ?? { bban: '18n' };
  let basic = bban(rng, format);
  if (code === 'BE') {
    // Belgian account numbers carry their own mod-97 key in the last two digits.
    const key = ibanMod97(basic.slice(0, 10)) || 97;
    basic = basic.slice(0, 10) + String(key).padStart(2, '0');
  }
  const check = 98 - ibanMod97(`${basic}${code}00`);
  const compact = `${code}${String(check).padStart(2, '0')}${basic}`;
  return rng.chance(0.7) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

/** A US Social Security number that follows the SSA's rules (no 000/666/9xx area, 00 group, 0000 serial). */
export function usSsn(rng: Rng): string {
  let area = rng.between(1, 899);
  if (area === 666) area = 667;
  const group = rng.between(1, 99);
  const serial = rng.between(1, 9999);
  const separator = rng.chance(0.85) ? '-' : ' ';
  return [String(area).padStart(3, '0'), String(group).padStart(2, '0'), String(serial).padStart(4, '0')].join(separator);
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BARRED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** A UK National Insurance number with an allowed prefix, e.g. `QQ 12 34 56 C`. */
export function ukNino(rng: Rng): string {
  let prefix: string;
  do prefix = (NINO_FIRST[rng.int(NINO_FIRST.length)] ?? 'A') + (NINO_SECOND[rng.int(NINO_SECOND.length)] ?? 'B');
  while (NINO_BARRED.has(prefix));
  const digits = rng.digits(6);
  const suffix = 'ABCD'[rng.int(4)] ?? 'A';
  return rng.chance(0.6) ? `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}` : `${prefix}${digits}${suffix}`;
}

/** An IPv4 (public or private) or IPv6 address. */
export function ipAddress(rng: Rng): string {
  const kind = rng.int(10);
  if (kind < 2) return `10.${String(rng.int(256))}.${String(rng.int(256))}.${String(rng.between(1, 254))}`;
  if (kind < 4) return `192.168.${String(rng.int(256))}.${String(rng.between(1, 254))}`;
  if (kind < 9) {
    let first = rng.between(3, 223);
    if (first === 10 || first === 127 || first === 169 || first === 172 || first === 192) first += 1;
    return `${String(first)}.${String(rng.int(256))}.${String(rng.int(256))}.${String(rng.between(1, 254))}`;
  }
  const group = (): string => rng.int(0x10000).toString(16);
  return rng.chance(0.5) ? `2001:db8:${group()}::${group()}:${group()}` : `2a02:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date of birth phrase (`born 12 March 1990`, `DOB: 03/12/1990`, …) for a YYYY-MM-DD date. */
export function birthDatePhrase(rng: Rng, date: string, american: boolean): string {
  const [y = '', m = '', d = ''] = date.split('-');
  const month = MONTHS[Number(m) - 1] ?? 'January';
  const day = String(Number(d));
  switch (rng.int(5)) {
    case 0:
      return american ? `born on ${month} ${day}, ${y}` : `born ${day} ${month} ${y}`;
    case 1:
      return american ? `DOB: ${m}/${d}/${y}` : `DOB: ${d}/${m}/${y}`;
    case 2:
      return `date of birth ${y}-${m}-${d}`;
    case 3:
      return `born ${d}.${m}.${y}`;
    default:
      return `my birthday is ${american ? `${month} ${day}` : `${day} ${month}`} (${y})`;
  }
}

/** A random plausible birth date phrase, for people whose real one we do not hold. */
export function someBirthDate(rng: Rng): string {
  const y = rng.between(1955, 2004);
  const m = rng.between(1, 12);
  const d = rng.between(1, 28);
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A social media handle derived from a name, such as `@anna_schmidt` or `@aschmidt87`. */
export function socialHandle(rng: Rng, given: string, surname: string): string {
  const g = asciiSlug(given, '');
  const s = asciiSlug(surname, '');
  const options = [`${g}_${s}`, `${g}${s}`, `${g.slice(0, 1)}${s}${String(rng.between(70, 99))}`, `${g}.${s}`, `the${g}${s.slice(0, 1)}`];
  return `@${rng.pick(options).slice(0, 15).replace(/[._]$/, '')}`;
}

/** A public profile link of the kind professional networks give out. */
export function profileUrl(rng: Rng, given: string, surname: string, suffix: string): string {
  const path = `in/${asciiSlug(`${given} ${surname}`, '-')}-${suffix}`;
  switch (rng.int(4)) {
    case 0:
      return `linkedin.com/${path}`;
    case 1:
      return `https://linkedin.com/${path}/`;
    default:
      return `https://www.linkedin.com/${path}`;
  }
}

/** A personal home page on a reserved example domain. */
export function personalPage(given: string, surname: string): string {
  return `https://${asciiSlug(`${given}${surname}`, '')}.example.net`;
}
