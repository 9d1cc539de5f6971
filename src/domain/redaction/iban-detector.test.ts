// IBANs: each country's length and the mod-97 check; a bad check digit or wrong length stays.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from './entity-types.js';
import { findIbans, ibanValid } from './iban-detector.js';

function ibans(text: string): string[] {
  const out: EntitySpan[] = [];
  findIbans(text, out);
  return out.map((s) => text.slice(s.start, s.end));
}

describe('IBAN detector', () => {
  it.each([
    'DE89 3704 0044 0532 0130 00',
    'GB29NWBK60161331926819',
    'FR14 2004 1010 0505 0001 3M02 606',
    'NO93 8601 1117 947',
    'BR18 0036 0305 0000 1000 9795 493C 1',
    'SA03 8000 0000 6080 1016 7519',
    'de89 3704 0044 0532 0130 00',
  ])('finds %s', (iban) => {
    expect(ibans(`IBAN ${iban}, thanks`)).toEqual([iban]);
  });

  it('cuts a candidate to its country length and finds the next IBAN after it', () => {
    expect(ibans('Swiss CH93 0076 2011 6238 5295 7 and Austrian AT61 1904 3002 3457 3201 accounts')).toEqual(['CH93 0076 2011 6238 5295 7', 'AT61 1904 3002 3457 3201']);
  });

  it.each([
    ['DE89 3704 0044 0532 0130 01', 'bad check digits'],
    ['DE89 3704 0044 0532 0130', 'too short for DE'],
    ['XX89 3704 0044 0532 0130 00', 'no such country'],
    ['DE89370400440532013000123', 'longer run of digits'],
  ])('leaves %s (%s)', (value) => {
    expect(ibans(`account ${value} end`)).toEqual([]);
  });

  it('validates compact IBANs', () => {
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
  });
});
