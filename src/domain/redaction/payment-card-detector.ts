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
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0];
    const separators = raw.replace(/\d/g, '');
    // Mixed separators ("1234 5678-9012") are not how anyone writes a card number.
    if (separators.length > 0 && separators.replaceAll(separators.charAt(0), '') !== '') continue;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 12 || digits.length > 19 || !luhnValid(digits)) continue;
    if (/^(\d)\1+$/.test(digits)) continue;
    // Issuer ranges start with 2–6; other Luhn-valid numbers count only next to words about cards.
    const issuer = digits.charCodeAt(0) >= 50 && digits.charCodeAt(0) <= 54;
    if (!issuer && !CARD_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ type: 'CREDIT_CARD', start: m.index, end: m.index + raw.length });
  }
}
