// Moments as written: the fast path for canonical forms must agree with the pattern on every input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsAt, INSTANT_PATTERN, parseInstant } from './time.js';

/** The pattern-only parser parseInstant had before its fast path: the reference it must match. */
function byPattern(text: string): string | null {
  const m = INSTANT_PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac] = m;
  const days = [31, (Number(y) % 4 === 0 && Number(y) % 100 !== 0) || Number(y) % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(mo) - 1] ?? 0;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > days) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${(frac ?? '').padEnd(3, '0').slice(0, 3)}Z`;
}

describe('parseInstant', () => {
  it.each([
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01T10:00:00.123Z', '2024-05-01T10:00:00.123Z'],
    ['2024-05-01T10:00:00.1Z', '2024-05-01T10:00:00.100Z'],
    ['2024-05-01T10:00:00.123456789Z', '2024-05-01T10:00:00.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %s', (text, instant) => {
    expect(parseInstant(text)).toBe(instant);
  });

  it.each(['2025-02-29T00:00:00Z', '2024-13-01T00:00:00Z', '2024-05-01T24:00:00Z', '2024-05-01T10:60:00Z', '2024-05-01T10:00:00', '2024-05-01 10:00:00Z', '2024-05-0aT10:00:00Z', '2024-05-01T10:00:00.12aZ', '2024-05-01T10:00:00+01:00'])(
    'refuses %s',
    (text) => {
      expect(parseInstant(text)).toBeNull();
    },
  );

  it('agrees with the pattern on every string shaped like a moment', () => {
    const digit = fc.constantFrom(...'0123456789x'.split(''));
    const field = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
    const moment = fc
      .tuple(field(4), field(2), field(2), field(2), field(2), field(2), fc.constantFrom('', '.', '.1', '.12', '.123', '.1234', '.12x'), fc.constantFrom('Z', 'z', ''))
      .map(([y, mo, d, h, mi, s, frac, z]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${z}`);
    fc.assert(
      fc.property(moment, (text) => {
        expect(parseInstant(text)).toBe(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('digitsAt', () => {
  it('reads digits and refuses anything else', () => {
    expect(digitsAt('2024-05', 0, 4)).toBe(2024);
    expect(digitsAt('2024-05', 5, 2)).toBe(5);
    expect(digitsAt('20a4', 0, 4)).toBe(-1);
  });
});
