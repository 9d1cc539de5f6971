// Phone numbers in international and national formats, validated against libphonenumber's per-country
// numbering plans (libphonenumber-js, the maintained port of Google's libphonenumber, "max" metadata).
import type { CountryCode } from 'libphonenumber-js/max';
import { firstMatch } from './match-loop.js';
import { isPossibleInternational, isValidInternational, isValidNational } from './numbering-plans.js';
import type { EntitySpan } from './entity-types.js';

/**
 * Countries whose national formats are tried for a number written without "+": the network's largest
 * member countries. Trying every country would make almost any digit string valid somewhere.
 */
export const NATIONAL_COUNTRIES: readonly CountryCode[] = [
  'US', 'GB', 'IN', 'DE', 'FR', 'CA', 'AU', 'BR', 'ES', 'IT', 'NL', 'IE', 'MX', 'PL', 'SE', 'CH', 'AT', 'BE', 'PT', 'DK',
  'NO', 'FI', 'ZA', 'NG', 'KE', 'SG', 'AE', 'JP', 'CN', 'PH', 'ID', 'PK', 'TR', 'IL', 'NZ', 'AR', 'CO', 'CL', 'EG', 'SA',
];

// A number that runs on into ":34" is a time ("2000-04-16 11:34:35"), into ".5" or ",5" an amount.
const CANDIDATE = /(?<![\p{L}\p{N}+@/.:#-])(?:\+|00)?\(?\d[\d \u00a0().\-/]{4,26}\d(?:[ \u00a0]*(?:x|ext\.?|extension|#)[ \u00a0]*\d{1,6})?(?![\p{L}\p{N}@/]|[.,:-]\d)/gu;
const EXTENSION = /[ \u00a0]*(?:x|ext\.?|extension|#)[ \u00a0]*\d{1,6}$/i;
const CONTEXT_BEFORE =
  /(?:\b(?:call|calls|phone|tel|telephone|mobile|mob|cell|cellphone|fax|whatsapp|signal|telegram|text|sms|ring|reach|contact|dial|desk|office|landline|hotline|helpline|number|no|num|handy|telefon|portable|téléphone|tél|m|t|p|ph)\b|☎|📞|📱)[^\n\d]{0,24}$/iu;
const CONTEXT_AFTER = /^[\s(]{0,3}(?:mobile|cell|office|fax|home|work|desk|phone|tel|direct|landline|whatsapp)\b/i;
const NANP_SHAPE = /^(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}$/;
const DATE_LIKE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d\d\s?[-–/]\s?(?:19|20)?\d\d|\d{1,2}:\d\d(?::\d\d)?)$/;
const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;
// Four dotted numbers start an IP address; a fifth makes them the French "01.84.17.61.18".
const DOTTED_QUAD_START = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/;
/** Version numbers ("124.0.6367.91") have a one-digit part; dates run together ("20240517-…") start with a year. */
const NOT_A_PHONE = /^(?:[\d.]*\.\d\.[\d.]*|\d+\.\d|\d\.[\d.]+|(?:19|20)\d\d[01]\d[0-3]\d\D.*)$/;
/** Words before identifiers that are not phone numbers: "Meeting ID 845 2231 9900", "Order 1234 5678", "ZIP: 75534-030". */
const IDENTIFIER_BEFORE = /\b(?:id|order|invoice|ref|reference|tracking|account|acct|passcode|pin|ticket|case|booking|confirmation|serial|isbn|sku|no\. of|zip|postcode|postal code|cep|plz|licen[cs]e)\b[^\n\d]{0,12}$/i;

/**
 * Appends PHONE_NUMBER spans. `claimed` are spans the stricter detectors (IBAN, card, SSN, IP) already
 * validated: a phone candidate never starts inside one and is cut before one, because digit groups of
 * neighbouring numbers run together ("+49 30 901820 1.0.0.1").
 */
export function findPhoneNumbers(text: string, out: EntitySpan[], claimed: readonly EntitySpan[] = []): void {
  // A manual loop: a candidate that runs into the next number ("+44 20 7946 0958 001-01-0001") is cut
  // back group by group to its longest valid prefix, and the search resumes right after what was taken.
  // A candidate with no valid prefix is skipped whole, so no phone is carved out of the middle of one.
  for (let m = firstMatch(CANDIDATE, text); m !== null; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const inside = claimed.find((c) => c.start <= at && at < c.end);
    if (inside !== undefined) {
      CANDIDATE.lastIndex = inside.end;
      continue;
    }
    if (!m[0].startsWith('+') && IDENTIFIER_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
    let candidate = m[0];
    for (const c of claimed) if (c.start > at && c.start < at + candidate.length) candidate = candidate.slice(0, c.start - at).trimEnd();
    const taken = candidate === '' ? undefined : takePhone(text, at, candidate);
    if (taken !== undefined) {
      out.push(taken);
      CANDIDATE.lastIndex = taken.end;
    } else {
      CANDIDATE.lastIndex = at + m[0].length;
    }
  }
}

/** The phone number at the start of a candidate, if any: the longest prefix (in whole digit groups) that validates. */
function takePhone(text: string, index: number, candidate: string): EntitySpan | undefined {
  let raw = candidate;
  let start = index;
  // An opening parenthesis belongs to the number only when it closes inside it: "(07) 5331 0577".
  if (raw.startsWith('(') && !raw.includes(')')) {
    raw = raw.slice(1);
    start += 1;
  }
  if (DOTTED_QUAD_START.test(raw)) return undefined;
  // Only an international number, whose validation is strict, may be cut out of a longer run of groups;
  // "4111 1111 1111 1112" must not yield a national "4111 1111".
  const allEnds = groupEnds(raw);
  const ends = raw.startsWith('+') || raw.startsWith('00') ? allEnds : allEnds.slice(-1);
  for (let k = ends.length - 1; k >= 0; k--) {
    let prefix = raw.slice(0, ends[k]);
    while (prefix.endsWith(')') && !prefix.includes('(')) prefix = prefix.slice(0, -1);
    const core = hasExtensionMark(prefix) ? prefix.replace(EXTENSION, '') : prefix;
    const digits = onlyDigits(core).length;
    if (digits < 7) break;
    if (digits > 15 || DATE_LIKE.test(core) || DOTTED_QUAD.test(core) || NOT_A_PHONE.test(core)) continue;
    if (/[ .\-/]{3,}|\)\(|\(\(|\)\)/.test(core)) continue;
    // Dots mixed with spaces or dashes join a phone to a version or an IP ("+49 30 901820 1.0.0.1");
    // dashed 3-2-4 is the shape of a US SSN.
    if ((core.includes('.') && /[ \u00a0-]/.test(core)) || SSN_SHAPE.test(core)) continue;
    const span: EntitySpan = { type: 'PHONE_NUMBER', start, end: start + prefix.length };
    if (isValidNumber(core)) return span;
    // Context vouches only for the whole candidate, not for a prefix cut out of a longer run of digits.
    if (k === ends.length - 1 && hasPhoneContext(text, span)) return span;
  }
  return undefined;
}

/** Offsets where a digit group (or the extension) ends inside the candidate. */
function groupEnds(raw: string): number[] {
  const ends: number[] = [];
  for (let i = 1; i <= raw.length; i++) {
    const here = raw.charCodeAt(i - 1);
    const next = i < raw.length ? raw.charCodeAt(i) : -1;
    if (here >= 48 && here <= 57 && !(next >= 48 && next <= 57)) ends.push(i);
  }
  const ext = hasExtensionMark(raw) ? EXTENSION.exec(raw) : null;
  if (ext !== null) return [...ends.filter((e) => e <= ext.index), raw.length];
  return ends;
}

/** Whether a candidate's digits are a valid phone number: international with "+" or "00", or national in one of NATIONAL_COUNTRIES. */
function isValidNumber(core: string): boolean {
  const international = core.startsWith('+') || core.startsWith('00');
  if (international) {
    const digits = onlyDigits(core.startsWith('00') ? core.slice(2) : core);
    // Written with "+", a number of the country's possible length is a phone even when its range is not
    // (yet) allocated: nothing else is written "+49 1596 89128973". "00…" could be any number, so it must be valid.
    return isValidInternational(digits) || (core.startsWith('+') && digits.length >= 8 && isPossibleInternational(digits));
  }
  // "(574) 917-4465", "574-917-4465", "574.917.4465": the North American shape is a phone whatever its range.
  if (NANP_SHAPE.test(core)) return true;
  // A bare run of digits is an order number or an amount more often than a phone; it needs context, unless
  // it starts with a trunk "0" and is a whole national number ("0699482595"): amounts do not start with 0.
  if (/^\d+$/.test(core) && !/^0[1-9]\d{8,9}$/.test(core)) return false;
  const digits = onlyDigits(core);
  for (const country of NATIONAL_COUNTRIES) {
    if (isValidNational(digits, country)) return true;
  }
  return false;
}

/** Whether a candidate holds "x", "ext", "extension" or "#": only then can it end in an extension (most hold digits and spaces only). */
function hasExtensionMark(candidate: string): boolean {
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i) | 32;
    if (c === 120 || c === 101 || candidate.charCodeAt(i) === 35) return true;
  }
  return false;
}

/** The digits of a candidate, in order. */
function onlyDigits(candidate: string): string {
  let out = '';
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c >= 48 && c <= 57) out += candidate.charAt(i);
  }
  return out;
}

function hasPhoneContext(text: string, span: EntitySpan): boolean {
  return CONTEXT_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) || CONTEXT_AFTER.test(text.slice(span.end, span.end + 16));
}
