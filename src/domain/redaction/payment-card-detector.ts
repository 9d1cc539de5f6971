// Payment card numbers: 12–19 digits, plain or grouped by spaces or dashes, that pass the Luhn check.
import type { EntitySpan } from './entity-types.js';

const CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d]|-\d)/g;
const CARD_CONTEXT = /\b(?:card|credit|debit|visa|master ?card|amex|american express|discover|maestro|cc|cvv|expir)/i;

/** True when the digits pass the Luhn (mod 10) check. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Appends CREDIT_CARD spans. */
export function findPaymentCards(text: string, out: EntitySpan[]): void {
  // A manual loop: a run of digit groups may start with another number ("0958 4000 0000 0000 0002"),
  // so a failed candidate is retried from its next group, and a valid one is cut to its longest valid prefix.
  const candidates = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  for (let m = candidates.exec(text); m !== null; m = candidates.exec(text)) {
    const taken = takeCard(text, m.index, m[0]);
    if (taken !== undefined) {
      out.push(taken);
      candidates.lastIndex = taken.end;
    } else {
      const nextGroup = /[ -]\d/.exec(m[0]);
      candidates.lastIndex = nextGroup === null ? m.index + m[0].length : m.index + nextGroup.index + 1;
    }
  }
}

function takeCard(text: string, index: number, candidate: string): EntitySpan | undefined {
  // The digits of an IBAN whose check failed ("DE89 3704 …") are not a card.
  if (/[A-Za-z]{2}\d{2}[ -]?$/.test(text.slice(Math.max(0, index - 6), index))) return undefined;
  for (let end = candidate.length; end > 0; end--) {
    // Only cut at the end of a digit group.
    const last = candidate.charCodeAt(end - 1);
    const after = candidate.charCodeAt(end);
    if (last < 48 || last > 57 || (after >= 48 && after <= 57)) continue;
    const raw = candidate.slice(0, end);
    const separators = raw.replace(/\d/g, '');
    // Mixed separators ("1234 5678-9012") are not how anyone writes a card number.
    if (separators.length > 0 && separators.replaceAll(separators.charAt(0), '') !== '') continue;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 12) return undefined;
    if (digits.length > 19 || !luhnValid(digits) || /^(\d)\1+$/.test(digits)) continue;
    // Issuer ranges start with 2–6; other Luhn-valid numbers count only next to words about cards.
    const issuer = digits.charCodeAt(0) >= 50 && digits.charCodeAt(0) <= 54;
    if (!issuer && !CARD_CONTEXT.test(text.slice(Math.max(0, index - 40), index))) continue;
    return { type: 'CREDIT_CARD', start: index, end: index + raw.length };
  }
  return undefined;
}
