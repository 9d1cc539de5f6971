// Phone numbers in international and national formats, validated against libphonenumber's per-country
// numbering plans (libphonenumber-js, the maintained port of Google's libphonenumber, "max" metadata).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { EntitySpan } from './entity-types.js';

/**
 * Countries whose national formats are tried for a number written without "+": the network's largest
 * member countries. Trying every country would make almost any digit string valid somewhere.
 */
const NATIONAL_COUNTRIES: readonly CountryCode[] = [
  'US', 'GB', 'IN', 'DE', 'FR', 'CA', 'AU', 'BR', 'ES', 'IT', 'NL', 'IE', 'MX', 'PL', 'SE', 'CH', 'AT', 'BE', 'PT', 'DK',
  'NO', 'FI', 'ZA', 'NG', 'KE', 'SG', 'AE', 'JP', 'CN', 'PH', 'ID', 'PK', 'TR', 'IL', 'NZ', 'AR', 'CO', 'CL', 'EG', 'SA',
];

const CANDIDATE = /(?<![\p{L}\p{N}+@/.:#-])(?:\+|00)?\(?\d[\d \u00a0().\-/]{4,26}\d(?:[ \u00a0]*(?:x|ext\.?|extension|#)[ \u00a0]*\d{1,6})?(?![\p{L}\p{N}@/]|[.,-]\d)/gu;
const EXTENSION = /[ \u00a0]*(?:x|ext\.?|extension|#)[ \u00a0]*\d{1,6}$/i;
const CONTEXT_BEFORE =
  /(?:\b(?:call|calls|phone|tel|telephone|mobile|mob|cell|cellphone|fax|whatsapp|signal|telegram|text|sms|ring|reach|contact|dial|desk|office|landline|hotline|helpline|number|no|num|handy|telefon|portable|téléphone|tél|m|t|p|ph)\b|☎|📞|📱)[^\n\d]{0,24}$/iu;
const CONTEXT_AFTER = /^[\s(]{0,3}(?:mobile|cell|office|fax|home|work|desk|phone|tel|direct|landline|whatsapp)\b/i;
const DATE_LIKE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d\d\s?[-–/]\s?(?:19|20)?\d\d|\d{1,2}:\d\d(?::\d\d)?)$/;
const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** Version numbers ("124.0.6367.91") have a one-digit part; dates run together ("20240517-…") start with a year. */
const NOT_A_PHONE = /^(?:[\d.]*\.\d\.[\d.]*|\d+\.\d|\d\.[\d.]+|(?:19|20)\d\d[01]\d[0-3]\d\D.*)$/;
/** Words before identifiers that are not phone numbers: "Meeting ID 845 2231 9900", "Order 1234 5678". */
const IDENTIFIER_BEFORE = /\b(?:id|order|invoice|ref|reference|tracking|account|acct|passcode|pin|ticket|case|booking|confirmation|serial|isbn|sku|no\. of)\b[^\n\d]{0,12}$/i;

/** Appends PHONE_NUMBER spans. */
export function findPhoneNumbers(text: string, out: EntitySpan[]): void {
  for (const m of text.matchAll(CANDIDATE)) {
    let raw = m[0];
    let start = m.index;
    // An opening parenthesis belongs to the number only when it closes inside it: "(07) 5331 0577".
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      start += 1;
    }
    while (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
    const core = raw.replace(EXTENSION, '');
    const digits = core.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || DATE_LIKE.test(core) || DOTTED_QUAD.test(core) || NOT_A_PHONE.test(core)) continue;
    if (!core.startsWith('+') && IDENTIFIER_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (/[ .\-/]{3,}|\)\(|\(\(|\)\)/.test(core)) continue;
    const span: EntitySpan = { type: 'PHONE_NUMBER', start, end: start + raw.length };
    if (isValidNumber(core) || hasPhoneContext(text, span)) out.push(span);
  }
}

function isValidNumber(core: string): boolean {
  const international = core.startsWith('+') || core.startsWith('00');
  if (international) {
    const e164 = `+${core.replace(/^00/, '').replace(/\D/g, '')}`;
    return parsePhoneNumberFromString(e164)?.isValid() === true;
  }
  // A bare run of digits is an order number or an amount more often than a phone; it needs context.
  if (/^\d+$/.test(core)) return false;
  for (const country of NATIONAL_COUNTRIES) {
    if (parsePhoneNumberFromString(core, country)?.isValid() === true) return true;
  }
  return false;
}

function hasPhoneContext(text: string, span: EntitySpan): boolean {
  return CONTEXT_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) || CONTEXT_AFTER.test(text.slice(span.end, span.end + 16));
}
