// International bank account numbers: country code, check digits and the country's exact length, mod-97 checked.
import type { EntitySpan } from './entity-types.js';
import { firstMatch } from './match-loop.js';

/** IBAN length per country (SWIFT IBAN registry, including the countries added up to 2024). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28,
  LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24,
  SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

const CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){8,32}/gu;

/** True when the compact, upper-case IBAN has its country's length and a valid mod-97 check. */
export function ibanValid(iban: string): boolean {
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 48 && c <= 57) remainder = (remainder * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) remainder = (remainder * 100 + (c - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

/** Appends IBAN_CODE spans; the candidate is cut to its country's length, so a following word is not swallowed. */
export function findIbans(text: string, out: EntitySpan[]): void {
  // A manual loop, because a greedy candidate ("CH93 … 7 and Austrian AT61 …") must not hide the next IBAN.
  for (let m = firstMatch(CANDIDATE, text); m !== null; m = CANDIDATE.exec(text)) {
    CANDIDATE.lastIndex = m.index + 1;
    const raw = m[0];
    const country = raw.slice(0, 2).toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    let compact = '';
    let end = 0;
    // One case throughout: "DE89 … 0130 en" must not borrow letters from the next word.
    const upper = raw.charAt(0) === raw.charAt(0).toUpperCase();
    for (let i = 0; i < raw.length && compact.length < length; i++) {
      const c = raw.charAt(i);
      if (c === ' ' || c === '-') continue;
      if ((c === c.toUpperCase()) !== upper && c.toUpperCase() !== c.toLowerCase()) break;
      compact += c.toUpperCase();
      end = i + 1;
    }
    if (compact.length !== length || !ibanValid(compact)) continue;
    const after = text.charCodeAt(m.index + end);
    // A longer run of digits is some other number that merely starts like an IBAN.
    if (after >= 48 && after <= 57) continue;
    out.push({ type: 'IBAN_CODE', start: m.index, end: m.index + end });
    CANDIDATE.lastIndex = m.index + end;
  }
}
