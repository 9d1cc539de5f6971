// Phone number validation against libphonenumber's numbering plans (libphonenumber-js "max" metadata), with
// each plan's patterns compiled once. libphonenumber-js builds a new Metadata object and new regular
// expressions on every call, some 20–100 µs a number, more than the rest of redaction; this file follows
// its parse → national number → country → type steps exactly, so it answers as it does (a differential
// test holds the two together), and hands the rare forms it does not follow (an international dialling
// prefix such as "011" written instead of "+") back to the library.
import { Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import METADATA from 'libphonenumber-js/metadata.max.json';

/** The number types libphonenumber checks, fixed line first (its getNumberType). */
const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'] as const;

/** libphonenumber's bounds on a national significant number's length. */
const MIN_NSN = 2;
const MAX_NSN = 17;

/** One numbering plan (a country's, or a non-geographic calling code's) with its patterns compiled. */
interface Plan {
  readonly callingCode: string;
  readonly nationalNumber: RegExp;
  readonly possibleLengths: readonly number[] | undefined;
  readonly prefixForParsing: RegExp | undefined;
  readonly transformRule: string | undefined;
  readonly leadingDigits: RegExp | undefined;
  readonly hasTypes: boolean;
  readonly types: readonly { readonly pattern: RegExp; readonly lengths: readonly number[] | undefined }[];
  readonly idd: RegExp | undefined;
}

/** What a parse yields: the calling code, the country when one is known, and the national significant number. */
interface Parsed {
  readonly callingCode: string;
  readonly country: string | undefined;
  readonly nationalNumber: string;
}

interface PlanView {
  callingCode(): string;
  nationalNumberPattern(): string;
  possibleLengths(): unknown;
  nationalPrefixForParsing(): unknown;
  nationalPrefixTransformRule(): unknown;
  leadingDigits(): unknown;
  hasTypes(): boolean;
  type(type: string): { pattern(): unknown; possibleLengths(): unknown } | undefined;
  IDDPrefix(): unknown;
}

interface MetadataView {
  numberingPlan: PlanView;
  selectNumberingPlan(countryOrCallingCode: string): MetadataView;
  hasCallingCode(callingCode: string): boolean | undefined;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  getCountryCodeForCallingCode(callingCode: string): string | undefined;
  hasCountry(country: string): boolean;
}

const metadata = new Metadata(METADATA) as unknown as MetadataView;
const plans = new Map<string, Plan>();

/** A metadata string, or undefined where the compressed metadata holds 0 or "" for "none" (the library tests truthiness). */
function present(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** libphonenumber's matchesEntirely as one compiled pattern. */
function entire(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/** The plan selected by a country code or calling code, as libphonenumber's selectNumberingPlan picks it. */
function plan(countryOrCallingCode: string): Plan {
  let found = plans.get(countryOrCallingCode);
  if (found !== undefined) return found;
  const view = metadata.selectNumberingPlan(countryOrCallingCode).numberingPlan;
  const prefix = present(view.nationalPrefixForParsing());
  const leading = present(view.leadingDigits());
  const idd = present(view.IDDPrefix());
  const lengths = view.possibleLengths();
  const types: { pattern: RegExp; lengths: readonly number[] | undefined }[] = [];
  if (view.hasTypes()) {
    for (const name of TYPES) {
      const type = view.type(name);
      const pattern = present(type?.pattern());
      if (type === undefined || pattern === undefined) continue;
      const typeLengths = type.possibleLengths();
      types.push({ pattern: entire(pattern), lengths: Array.isArray(typeLengths) ? typeLengths : undefined });
    }
  }
  found = {
    callingCode: view.callingCode(),
    nationalNumber: entire(view.nationalNumberPattern()),
    possibleLengths: Array.isArray(lengths) ? lengths : undefined,
    prefixForParsing: prefix === undefined ? undefined : new RegExp(`^(?:${prefix})`),
    transformRule: present(view.nationalPrefixTransformRule()),
    leadingDigits: leading === undefined ? undefined : new RegExp(`^(?:${leading})`),
    hasTypes: view.hasTypes(),
    types,
    idd: idd === undefined ? undefined : new RegExp(`^(?:${idd})`),
  };
  plans.set(countryOrCallingCode, found);
  return found;
}

/** Whether the national number is of some type of the plan (libphonenumber's getNumberType !== undefined). */
function hasType(nationalNumber: string, p: Plan): boolean {
  if (!p.nationalNumber.test(nationalNumber)) return false;
  for (const type of p.types) {
    if (type.lengths !== undefined && !type.lengths.includes(nationalNumber.length)) continue;
    if (type.pattern.test(nationalNumber)) return true;
  }
  return false;
}

/** libphonenumber's checkNumberLength, reduced to the answers its callers here distinguish. */
function lengthCheck(nationalNumber: string, p: Plan): 'possible' | 'too-short' | 'too-long' | 'invalid' {
  const lengths = p.possibleLengths;
  if (lengths === undefined || lengths.length === 0) return 'possible';
  const length = nationalNumber.length;
  const min = lengths[0] ?? 0;
  if (min === length) return 'possible';
  if (min > length) return 'too-short';
  if ((lengths[lengths.length - 1] ?? 0) < length) return 'too-long';
  return lengths.indexOf(length, 1) >= 0 ? 'possible' : 'invalid';
}

/** The country of a calling code that the national number belongs to (getCountryByCallingCode). */
function countryFor(callingCode: string, nationalNumber: string): string | undefined {
  const countries = metadata.getCountryCodesForCallingCode(callingCode);
  if (countries === undefined) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const p = plan(country);
    if (p.leadingDigits !== undefined) {
      if (nationalNumber !== '' && p.leadingDigits.test(nationalNumber)) return country;
    } else if (hasType(nationalNumber, p)) return country;
  }
  return undefined;
}

/** The number without its national prefix or carrier code, or transformed (extractNationalNumberFromPossiblyIncompleteNumber). */
function stripNationalPrefix(number: string, p: Plan): string {
  if (number === '' || p.prefixForParsing === undefined) return number;
  const match = p.prefixForParsing.exec(number);
  if (match === null) return number;
  const groups = match.length - 1;
  const hasGroups = groups > 0 && (match[groups] ?? '') !== '';
  if (p.transformRule !== undefined && hasGroups) return number.replace(p.prefixForParsing, p.transformRule);
  return number.slice(match[0].length);
}

/** The national significant number of `number` under plan `p` (extractNationalNumber). */
function nationalNumberOf(number: string, p: Plan): string {
  const stripped = stripNationalPrefix(number, p);
  if (stripped === number) return number;
  if (p.nationalNumber.test(number) && !p.nationalNumber.test(stripped)) return number;
  if (p.possibleLengths !== undefined) {
    const country = countryFor(p.callingCode, stripped);
    const check = lengthCheck(stripped, country === undefined ? p : plan(country));
    if (check === 'too-short' || check === 'invalid') return number;
  }
  return stripped;
}

/** Parses "+" and digits as libphonenumber does; undefined where it would fail to parse. */
function parseInternational(digits: string): Parsed | undefined {
  if (digits === '' || digits.charCodeAt(0) === 48) return undefined;
  for (let i = 1; i <= 3 && i <= digits.length; i++) {
    const callingCode = digits.slice(0, i);
    if (metadata.hasCallingCode(callingCode) !== true) continue;
    const rest = digits.slice(i);
    if (rest === '') return undefined;
    const nationalNumber = nationalNumberOf(rest, plan(callingCode));
    return finish(callingCode, countryFor(callingCode, nationalNumber), nationalNumber);
  }
  return undefined;
}

/**
 * Parses national digits with a default country as libphonenumber does; null when the digits start with
 * the country's international dialling prefix, a form this file leaves to the library.
 */
function parseNational(digits: string, country: CountryCode): Parsed | undefined | null {
  const home = plan(country);
  if (home.idd !== undefined && home.idd.test(digits)) return null;
  const callingCode = home.callingCode;
  let number = digits;
  let selected: string | undefined = country;
  // "4420…" with GB as the default: the calling code written without "+" (extractCountryCallingCodeFromInternationalNumberWithoutPlusSign).
  if (digits.startsWith(callingCode)) {
    const shorter = digits.slice(callingCode.length);
    const shorterNational = nationalNumberOf(shorter, home);
    const national = nationalNumberOf(digits, home);
    if ((!home.nationalNumber.test(national) && home.nationalNumber.test(shorterNational)) || lengthCheck(national, home) === 'too-long') {
      if (shorter === '') return undefined;
      number = shorter;
      selected = undefined;
    }
  }
  const selectedPlan = selected === undefined ? plan(callingCode) : home;
  const nationalNumber = nationalNumberOf(number, selectedPlan);
  const exact = countryFor(callingCode, nationalNumber);
  return finish(callingCode, exact ?? selected, nationalNumber);
}

function finish(callingCode: string, country: string | undefined, nationalNumber: string): Parsed | undefined {
  if (nationalNumber.length < MIN_NSN || nationalNumber.length > MAX_NSN) return undefined;
  return { callingCode, country, nationalNumber };
}

/** PhoneNumber.isValid: the number is of some type of its country's plan (or matches the plan when it has no types). */
function isValidParsed(parsed: Parsed): boolean {
  const p = plan(parsed.country ?? parsed.callingCode);
  return p.hasTypes ? hasType(parsed.nationalNumber, p) : p.nationalNumber.test(parsed.nationalNumber);
}

/** PhoneNumber.isPossible: the national number has one of the plan's possible lengths. */
function isPossibleParsed(parsed: Parsed): boolean {
  const p = plan(parsed.country ?? parsed.callingCode);
  if (p.possibleLengths === undefined) return metadata.getCountryCodeForCallingCode(parsed.callingCode) === undefined;
  return lengthCheck(parsed.nationalNumber, p) === 'possible';
}

/** Whether "+" and these digits are a valid number (libphonenumber: parsePhoneNumberFromString(+digits)?.isValid()). */
export function isValidInternational(digits: string): boolean {
  const parsed = parseInternational(digits);
  return parsed !== undefined && isValidParsed(parsed);
}

/** Whether "+" and these digits have a possible length for their country (libphonenumber's isPossible). */
export function isPossibleInternational(digits: string): boolean {
  const parsed = parseInternational(digits);
  return parsed !== undefined && isPossibleParsed(parsed);
}

const nationalShapes = new Map<string, RegExp>();

/**
 * What national digits must look like to be valid in `country` by the plain national path: an optional
 * national prefix, then a national number of some country sharing its calling code. A valid number's
 * national number is the digits with or without that prefix and matches its country's pattern, so digits
 * that fail this one pattern are invalid there: most of the forty countries a national number is tried in
 * are ruled out in one test instead of a parse.
 */
function nationalShape(country: CountryCode): RegExp {
  let shape = nationalShapes.get(country);
  if (shape !== undefined) return shape;
  const view = metadata.selectNumberingPlan(country).numberingPlan;
  const prefix = present(view.nationalPrefixForParsing());
  const callingCode = view.callingCode();
  const group = metadata.getCountryCodesForCallingCode(callingCode) ?? [country];
  const patterns = [country, ...group].map((c) => `(?:${metadata.selectNumberingPlan(c).numberingPlan.nationalNumberPattern()})`);
  shape = new RegExp(`^${prefix === undefined ? '' : `(?:${prefix})?`}(?:${patterns.join('|')})$`);
  nationalShapes.set(country, shape);
  return shape;
}

/** Whether national digits are a valid number of `country` (libphonenumber: parsePhoneNumberFromString(digits, country)?.isValid()). */
export function isValidNational(digits: string, country: CountryCode): boolean {
  const home = plan(country);
  // The shortcut holds for the plain path only: not for a prefix transformed into other digits (AR, BR, JP),
  // nor for digits that start with the calling code or the international dialling prefix.
  if (home.transformRule === undefined && !digits.startsWith(home.callingCode) && home.idd?.test(digits) !== true && !nationalShape(country).test(digits)) return false;
  const parsed = parseNational(digits, country);
  if (parsed === null) return parsePhoneNumberFromString(digits, country, METADATA)?.isValid() === true;
  return parsed !== undefined && isValidParsed(parsed);
}
