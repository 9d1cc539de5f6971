// The compiled numbering plans must answer exactly as libphonenumber-js does: every country's example number,
// written internationally and nationally, and near misses of each (a digit dropped, added or changed, a
// stray trunk "0"), checked against the library itself.
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { describe, expect, it } from 'vitest';
import { isPossibleInternational, isValidInternational, isValidNational } from './numbering-plans.js';
import { NATIONAL_COUNTRIES } from './phone-detector.js';

/** A deterministic stream of digits, so a failure names the same numbers on every run. */
function digitStream(seed: number): () => string {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return String((state >>> 8) % 10);
  };
}

/** A number and its near misses. */
function nearMisses(digits: string, next: () => string): string[] {
  const at = Number(next()) % digits.length;
  return [digits, digits.slice(0, -1), digits + next(), `0${digits}`, digits.slice(0, at) + next() + digits.slice(at + 1)];
}

// Not every country has an example number, whatever the typings say.
const exampleOf = (country: CountryCode): string | undefined => (examples as Partial<Record<CountryCode, string>>)[country];
const countries = getCountries().filter((country) => exampleOf(country) !== undefined);
// The countries the phone detector tries national numbers in, and a few whose prefixes are digits of numbers too.
const national: CountryCode[] = [...NATIONAL_COUNTRIES, 'RU', 'BY', 'VI'];

describe('numbering plans', () => {
  it('agree with libphonenumber-js on international numbers of every country and their near misses', () => {
    const next = digitStream(7);
    const disagreements: string[] = [];
    for (const country of countries) {
      for (const number of nearMisses(`${getCountryCallingCode(country)}${exampleOf(country) ?? ''}`, next)) {
        const parsed = parsePhoneNumberFromString(`+${number}`);
        if (isValidInternational(number) !== (parsed?.isValid() === true)) disagreements.push(`valid +${number}`);
        if (isPossibleInternational(number) !== (parsed?.isPossible() === true)) disagreements.push(`possible +${number}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agree with libphonenumber-js on national numbers, with and without trunk prefixes, for many default countries', () => {
    const next = digitStream(11);
    const inputs: string[] = [];
    for (const country of countries) {
      const parsed = parsePhoneNumberFromString(`+${getCountryCallingCode(country)}${exampleOf(country) ?? ''}`);
      if (parsed !== undefined && country.charCodeAt(0) % 3 === 0) inputs.push(...nearMisses(parsed.formatNational().replace(/\D/g, ''), next));
    }
    // "4420…": a calling code written without "+", which the library reads as international for that country.
    inputs.push('442079460958', '4915123456789', '919876543210', '0115511912345678');
    const disagreements: string[] = [];
    for (const country of national) {
      for (const digits of inputs) {
        if (isValidNational(digits, country) !== (parsePhoneNumberFromString(digits, country)?.isValid() === true)) disagreements.push(`${country} ${digits}`);
      }
    }
    expect(inputs.length).toBeGreaterThan(200);
    expect(disagreements).toEqual([]);
  });

  it('reject what is not a number of any plan', () => {
    expect(isValidInternational('0123456789')).toBe(false);
    expect(isValidInternational('999123456')).toBe(false);
    expect(isValidNational('12', 'US')).toBe(false);
    expect(isValidInternational('442079460958')).toBe(true);
  });
});
