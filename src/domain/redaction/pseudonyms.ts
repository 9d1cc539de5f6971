// Per-item pseudonyms for the `pseudonym` operator: "<PERSON_1>", "<PERSON_2>"…, the same value getting the
// same number within one item. Values are grouped by an HMAC of their normalised text under a secret key,
// so the redactor never holds plain values, and numbering restarts with every item, so the same person
// cannot be followed across items.
import { createHmac, randomBytes } from 'node:crypto';
import { foldString } from './char-classes.js';
import type { EntitySpan } from './entity-types.js';

/** Assigns pseudonyms to the entities of one text. */
export function pseudonymiser(key: string, text: string): (span: EntitySpan) => string {
  const numbers = new Map<string, number>();
  const perType = new Map<string, number>();
  return (span) => {
    const value = foldString(text.slice(span.start, span.end)).replace(/^@/, '').replace(/[^\p{L}\p{N}@.+]+/gu, ' ').trim();
    const digest = createHmac('sha256', key).update(`${span.type}\u0000${value}`).digest('base64');
    let n = numbers.get(digest);
    if (n === undefined) {
      n = (perType.get(span.type) ?? 0) + 1;
      perType.set(span.type, n);
      numbers.set(digest, n);
    }
    return `<${span.type}_${n}>`;
  };
}

/** A fresh random key, for redactors built without one. */
export function randomPseudonymKey(): string {
  return randomBytes(32).toString('base64');
}
