// The fast instant formatter writes exactly what Date#toISOString writes.
import { describe, expect, it } from 'vitest';
import { calendarDateOf, instantOf } from './fast-instant.js';
import { Rng } from './seeded-random.js';

describe('instantOf', () => {
  it('agrees with Date#toISOString on edge days and on a million random moments', () => {
    const edges = ['1970-01-01T00:00:00.000Z', '2000-02-29T23:59:59.999Z', '2024-12-31T23:59:59.999Z', '2100-03-01T00:00:00.000Z', '1955-07-04T12:30:05.007Z'];
    for (const text of edges) expect(instantOf(Date.parse(text))).toBe(text);
    const rng = new Rng(1);
    const from = Date.UTC(1940, 0, 1);
    const span = Date.UTC(2040, 0, 1) - from;
    for (let i = 0; i < 1_000_000; i++) {
      const ms = from + rng.next() * span;
      const expected = new Date(Math.floor(ms)).toISOString();
      if (instantOf(ms) !== expected) expect(instantOf(ms)).toBe(expected);
    }
    expect(calendarDateOf(Date.UTC(2008, 1, 29, 23))).toBe('2008-02-29');
  });
});
