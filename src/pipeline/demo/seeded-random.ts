// Seeded pseudo-random numbers for the demo generator: one small, fast stream per member and purpose.
//
// Our own mulberry32 rather than pure-rand: the generator promises byte-identical output for a seed
// across releases, so the algorithm must be pinned in this repository and never change under us in
// a dependency upgrade. Mulberry32 is a dozen lines, fast with Math.imul, and good enough for
// synthetic data. Its 2^32 period is ample because every stream is short: each member gets fresh
// streams keyed by (seed, member number, purpose), which is also what makes one member's data
// recomputable on its own without generating the members before it.

/** Which independent stream of a member is wanted; adding one never changes the others. */
export type StreamPurpose = 'identity' | 'life' | 'text';

const STREAM_SALT: Readonly<Record<StreamPurpose, number>> = { identity: 0x1d3a_5e71, life: 0x5bd1_e995, text: 0x27d4_eb2f };

/** Murmur3's finaliser: spreads every input bit over the whole word. */
function fmix32(value: number): number {
  let x = value;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85eb_ca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2_ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hashes the parts into one 32-bit seed; order matters, so (1, 2) and (2, 1) differ. */
export function hashSeed(...parts: readonly number[]): number {
  let h = 0x811c_9dc5;
  for (const part of parts) {
    // Whole numbers beyond 32 bits (a large --seed) contribute both halves.
    const low = part >>> 0;
    const high = Math.floor(part / 0x1_0000_0000) >>> 0;
    h = fmix32(Math.imul(h ^ low, 0x0100_0193) + 0x9e37_79b9);
    h = fmix32(Math.imul(h ^ high, 0x0100_0193) + 0x7f4a_7c15);
  }
  return h;
}

/** A mulberry32 stream with the helpers the generator needs. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b_79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [low, high], both included. */
  between(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A string of n decimal digits (leading zeros allowed). */
  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(Math.floor(this.next() * 10));
    return out;
  }

  /** A standard normal variate (Box–Muller; one of the pair is dropped for simplicity). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** An exponential variate with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
}

/** The stream of one member for one purpose under a network seed. */
export function memberStream(seed: number, member: number, purpose: StreamPurpose): Rng {
  return new Rng(hashSeed(seed, member, STREAM_SALT[purpose]));
}

/** A list with weights, for repeated weighted picks without re-summing. */
export class WeightedList<T> {
  private readonly items: readonly T[];
  private readonly cumulative: readonly number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('a weighted list needs at least one entry');
    let sum = 0;
    const cumulative: number[] = [];
    for (const [, weight] of entries) {
      if (!(weight > 0)) throw new Error('weights must be positive');
      sum += weight;
      cumulative.push(sum);
    }
    this.items = entries.map(([item]) => item);
    this.cumulative = cumulative;
    this.total = sum;
  }

  /** One item, chosen with probability proportional to its weight. */
  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    // Binary search: the country table has dozens of entries and is hit for every mention.
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low] as T;
  }
}
