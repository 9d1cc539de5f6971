// Phone numbers: every layout takes exactly its digits, and libphonenumber's full metadata calls every number valid.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { COUNTRY_PROFILES, type DemoCountry } from './country-profiles.js';
import { phoneLayouts, phoneNumber } from './phone-numbers.js';
import { Rng } from './seeded-random.js';

const COUNTRIES = Object.keys(COUNTRY_PROFILES) as DemoCountry[];

describe('phone numbers', () => {
  it('has a layout for every country, each taking exactly the digits of a number', () => {
    const layouts = phoneLayouts();
    expect(new Set(layouts.map((l) => l.country))).toEqual(new Set(COUNTRIES));
    for (const { country, layout, length } of layouts) expect([country, layout, layout.split('x').length - 1]).toEqual([country, layout, length]);
  });

  it.each(COUNTRIES)('writes valid mobile numbers of %s, nationally and internationally', (country) => {
    const rng = new Rng(country.charCodeAt(0) * 31 + country.charCodeAt(1));
    const invalid: string[] = [];
    for (let i = 0; i < 200; i++) {
      const text = phoneNumber(rng, country, COUNTRY_PROFILES[country].regionList[0]?.areaCodes);
      const parsed = parsePhoneNumberFromString(text, country);
      if (parsed?.isValid() !== true) invalid.push(text);
    }
    expect(invalid).toEqual([]);
  });
});
