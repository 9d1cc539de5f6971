// Payment card numbers: 12–19 digits, plain or grouped by spaces or dashes, that pass the Luhn check.
import type { EntitySpan } from './entity-types.js';
import { firstMatch } from './match-loop.js';

const CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d]|-\d)/g;
const CARD_CONTEXT = /\b(?:card|credit|debit|visa|master ?card|amex|american express|discover|maestro|cc|cvv|expir)/i;

/** True when the digits pass the Luhn (mod 10) check. */
export function luhnValid(digits: string): boolean {
  return luhnValidDigits(Array.from(digits, (c) => c.charCodeAt(0) - 48), digits.length);
}

/** Appends CREDIT_CARD spans. */
export function findPaymentCards(text: string, out: EntitySpan[]): void {
  // A manual loop: a run of digit groups may start with another number ("0958 4000 0000 0000 0002"),
  // so a failed candidate is retried from its next group, and a valid one is cut to its longest valid prefix.
  for (let m = firstMatch(CANDIDATE, text); m !== null; m = CANDIDATE.exec(text)) {
    // After "+" the digits are an international phone number ("+447700677662"), whatever Luhn says.
    const taken = text.charCodeAt(m.index - 1) === 43 ? undefined : takeCard(text, m.index, m[0]);
    if (taken !== undefined) {
      out.push(taken);
      CANDIDATE.lastIndex = taken.end;
    } else {
      const nextGroup = /[ -]\d/.exec(m[0]);
      CANDIDATE.lastIndex = nextGroup === null ? m.index + m[0].length : m.index + nextGroup.index + 1;
    }
  }
}

function takeCard(text: string, index: number, candidate: string): EntitySpan | undefined {
  // The digits of an IBAN whose check failed ("DE89 3704 …") are not a card.
  if (/[A-Za-z]{2}\d{2}[ -]?$/.test(text.slice(Math.max(0, index - 6), index))) return undefined;
  // Digits and the end of every digit group, read once; each cut below is then a prefix of them.
  const digits: number[] = [];
  const groupEnds: { at: number; digits: number }[] = [];
  let separator = 0;
  let mixed = false;
  for (let k = 0; k < candidate.length; k++) {
    const c = candidate.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      digits.push(c - 48);
      const next = candidate.charCodeAt(k + 1);
      if (!(next >= 48 && next <= 57)) groupEnds.push({ at: k + 1, digits: digits.length });
    } else {
      // Mixed separators ("1234 5678-9012") are not how anyone writes a card number: cut before the second kind.
      if (separator !== 0 && c !== separator) mixed = true;
      if (mixed) break;
      separator = c;
    }
  }
  const context = () => CARD_CONTEXT.test(text.slice(Math.max(0, index - 40), index));
  for (let g = groupEnds.length - 1; g >= 0; g--) {
    const { at, digits: count } = groupEnds[g] ?? { at: 0, digits: 0 };
    if (count < 12) return undefined;
    if (count > 19 || !luhnValidDigits(digits, count) || allSame(digits, count)) continue;
    // Issuer ranges start with 2–6; other Luhn-valid numbers count only next to words about cards.
    const first = digits[0] ?? 0;
    if ((first < 2 || first > 6) && !context()) continue;
    return { type: 'CREDIT_CARD', start: index, end: index + at };
  }
  return undefined;
}

/** Luhn over the first `count` digits. */
function luhnValidDigits(digits: readonly number[], count: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = count - 1; i >= 0; i--) {
    let d = digits[i] ?? 0;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function allSame(digits: readonly number[], count: number): boolean {
  for (let i = 1; i < count; i++) if (digits[i] !== digits[0]) return false;
  return true;
}
