// Country and subdivision codes (ISO 3166), validated against i18n-iso-countries' maintained list.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { z } from 'zod';

countries.registerLocale(english);

/** True when the code is an ISO 3166-1 alpha-2 country code (Kosovo's XK included). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** The English name of a country code, or the code itself when unknown. */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}

export const countryCodeSchema = z
  .string()
  .refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 country code such as US or DE' })
  .meta({ description: 'ISO 3166-1 alpha-2 country code.' });

export const subdivisionCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 subdivision code such as US-CA')
  .meta({ description: 'ISO 3166-2 subdivision code.' });
