// Properties over generated texts: planted values are found and never survive redaction, and entity
// offsets always slice the original text exactly (UTF-16, emoji and accents included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './create-redactor.js';
import type { EntityType } from './entity-types.js';
import { ibanValid } from './iban-detector.js';
import { luhnValid } from './payment-card-detector.js';

const redactor = createRedactor({ members: [{ name: 'Rosalind Kowalczyk' }, { name: 'Tomasz Wieczorek' }], suppressed: [], operator: 'replace' });
const masker = createRedactor({ members: [{ name: 'Rosalind Kowalczyk' }], suppressed: [], operator: 'mask' });

/** Appends the Luhn check digit that makes the number valid. */
function withLuhn(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

/** Computes the check digits that make a German IBAN valid. */
function germanIban(bban: string): string {
  for (let c = 2; c < 99; c++) {
    const iban = `DE${String(c).padStart(2, '0')}${bban}`;
    if (ibanValid(iban)) return iban;
  }
  throw new Error('unreachable');
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const planted: fc.Arbitrary<{ type: EntityType; value: string }> = fc.oneof(
  fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{1,8}$/), fc.stringMatching(/^[a-z]{2,8}$/), fc.constantFrom('com', 'org', 'io', 'de')).map(([u, d, t]) => ({ type: 'EMAIL_ADDRESS' as const, value: `${u}@${d}.${t}` })),
  fc.tuple(fc.constantFrom('4', '51', '37', '6011'), fc.constantFrom(' ', '-', '')).chain(([prefix, sep]) =>
    digits(15 - prefix.length).map((rest) => {
      const card = withLuhn(`${prefix}${rest}`);
      return { type: 'CREDIT_CARD' as const, value: sep === '' ? card : (card.match(/.{1,4}/g) ?? []).join(sep) };
    }),
  ),
  digits(18).map((bban) => ({ type: 'IBAN_CODE' as const, value: (germanIban(bban).match(/.{1,4}/g) ?? []).join(' ') })),
  fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map((o) => ({ type: 'IP_ADDRESS' as const, value: o.join('.') })),
  fc.tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 })).map(([a, g, s]) => ({
    type: 'US_SSN' as const,
    value: `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`,
  })),
  fc.constantFrom('+44 20 7946 0958', '+1 415 555 2671', '+49 30 901820', '+91 98765 43210', '+33 1 42 68 53 00').map((value) => ({ type: 'PHONE_NUMBER' as const, value })),
  fc.constantFrom('Rosalind Kowalczyk', 'rosalind kowalczyk', 'TOMASZ WIECZOREK').map((value) => ({ type: 'PERSON' as const, value })),
);
const filler = fc.array(fc.constantFrom('the', 'team', 'shipped', 'a', 'launch', 'today', 'and', 'we', 'celebrate', '🎉', 'café', 'naïve', 'über', '😀😀', '—', 'great', 'work'), { maxLength: 6 }).map((w) => w.join(' '));
const post = fc.array(fc.tuple(filler, planted), { minLength: 1, maxLength: 4 }).chain((parts) => filler.map((tail) => ({ parts, tail })));

function assemble({ parts, tail }: { parts: [string, { type: EntityType; value: string }][]; tail: string }) {
  let text = '';
  const values: { type: EntityType; value: string; start: number }[] = [];
  for (const [words, value] of parts) {
    text += `${words} `;
    values.push({ ...value, start: text.length });
    text += `${value.value} `;
  }
  return { text: text + tail, values };
}

describe('redaction properties', () => {
  it('finds every planted value (alone, or inside a longer entity of its type), and none survives in the output', () => {
    fc.assert(
      fc.property(post, (p) => {
        const { text, values } = assemble(p);
        const result = redactor.redact(text);
        for (const v of values) {
          const end = v.start + v.value.length;
          expect(result.entities.some((e) => e.type === v.type && e.start <= v.start && e.end >= end)).toBe(true);
          expect(result.text).not.toContain(v.value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns sorted, disjoint entities inside the text, and an output rebuilt from them, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }), post.map((p) => assemble(p).text)), (text) => {
        const result = redactor.redact(text);
        let cursor = 0;
        let rebuilt = '';
        for (const e of result.entities) {
          expect(e.start).toBeGreaterThanOrEqual(cursor);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(text.length);
          rebuilt += `${text.slice(cursor, e.start)}<${e.type}>`;
          cursor = e.end;
        }
        expect(result.text).toBe(rebuilt + text.slice(cursor));
        const masked = masker.redact(text).text;
        expect(masked).toHaveLength(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
