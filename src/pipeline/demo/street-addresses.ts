// Street addresses in the five layouts the generator writes: US, UK, German, French and Indian.
import { countryProfile, type City, type DemoCountry, type Region } from './country-profiles.js';
import type { Rng } from './seeded-random.js';

// Letters that occur in UK and Canadian postcodes in every position (C, I, K, M, O, V are avoided).
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const IN_BUILDINGS = ['Sai Residency', 'Prestige Shantiniketan', 'Green Park Apartments', 'Lodha Towers', 'Sobha Dream Acres', 'Brigade Gateway', 'Hiranandani Gardens'];

/** Fills a postcode pattern: `#` becomes a digit, `@` a letter, anything else stays. */
export function postcode(rng: Rng, pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '#') out += String(rng.int(10));
    else if (ch === '@') out += POSTCODE_LETTERS[rng.int(POSTCODE_LETTERS.length)] ?? 'A';
    else out += ch;
  }
  return out;
}

/** A place to put an address in: the member's own region and city, or any of the country's. */
export interface AddressPlace {
  readonly country: DemoCountry;
  readonly region?: Region;
  readonly city?: City;
}

/** A street address in the layout of the country. */
export function streetAddress(rng: Rng, place: AddressPlace): string {
  const profile = countryProfile(place.country);
  const region = place.region ?? profile.regions.pick(rng);
  const city = place.city ?? rng.pick(region.cities);
  const street = rng.pick(profile.streets);
  const code = postcode(rng, city.postcode);
  const number = String(rng.between(1, rng.chance(0.7) ? 120 : 2400));
  switch (profile.addressStyle) {
    case 'us': {
      const unit = rng.chance(0.3) ? `, ${rng.pick(['Apt', 'Suite', 'Unit'])} ${String(rng.between(1, 40))}${rng.pick(['', 'A', 'B', 'C'])}` : '';
      const state = region.subdivision?.split('-')[1] ?? '';
      return `${number} ${street}${unit}, ${city.name}, ${state} ${code}`;
    }
    case 'uk': {
      const flat = rng.chance(0.25) ? `Flat ${String(rng.between(1, 30))}, ` : '';
      return `${flat}${number} ${street}, ${city.name} ${code}`;
    }
    case 'de':
      return `${street} ${number}${rng.chance(0.1) ? rng.pick(['a', 'b']) : ''}, ${code} ${city.name}`;
    case 'fr':
      return `${number}${rng.chance(0.1) ? ' bis' : ''} ${street}, ${code} ${city.name}`;
    case 'in':
      return `Flat ${String(rng.between(1, 20))}${String(rng.between(1, 12)).padStart(2, '0')}, ${rng.pick(IN_BUILDINGS)}, ${number} ${street}, ${city.name} ${code}`;
    default:
      return profile.addressStyle satisfies never;
  }
}
