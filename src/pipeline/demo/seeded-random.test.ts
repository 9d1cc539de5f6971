// The seeded random streams: reproducible, independent per key, and fair enough for synthetic data.
import { describe, expect, it } from 'vitest';
import { hashSeed, memberStream, Rng, WeightedList } from './seeded-random.js';

const draws = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng.next());

describe('seeded random', () => {
  it('repeats a stream for the same seed and differs for another', () => {
    expect(draws(new Rng(5), 10)).toEqual(draws(new Rng(5), 10));
    expect(draws(new Rng(5), 10)).not.toEqual(draws(new Rng(6), 10));
  });

  it('keys streams by seed, member and purpose, in order, including seeds beyond 32 bits', () => {
    expect(hashSeed(1, 2)).not.toBe(hashSeed(2, 1));
    expect(hashSeed(2 ** 40 + 1)).not.toBe(hashSeed(1));
    expect(hashSeed(-1)).not.toBe(hashSeed(1));
    expect(draws(memberStream(1, 7, 'life'), 5)).not.toEqual(draws(memberStream(1, 7, 'text'), 5));
    expect(draws(memberStream(1, 7, 'life'), 5)).toEqual(draws(memberStream(1, 7, 'life'), 5));
  });

  it('draws uniform floats, integers in range and weighted picks in proportion', () => {
    const rng = new Rng(1);
    const values = draws(rng, 100_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 2);
    const seen = new Set(Array.from({ length: 1000 }, () => rng.between(3, 5)));
    expect(seen).toEqual(new Set([3, 4, 5]));
    const list = new WeightedList([['a', 1], ['b', 3]] as const);
    let b = 0;
    for (let i = 0; i < 40_000; i++) if (list.pick(rng) === 'b') b++;
    expect(b / 40_000).toBeCloseTo(0.75, 1);
  });

  it('refuses empty lists and non-positive weights', () => {
    expect(() => new Rng(1).pick([])).toThrow(/empty/);
    expect(() => new WeightedList([])).toThrow();
    expect(() => new WeightedList([['a', 0]])).toThrow(/positive/);
  });
});
