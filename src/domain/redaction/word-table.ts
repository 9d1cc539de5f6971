// An open-addressing hash table from a word or word sequence (by its 64-bit hash) to a set of flag bits:
// 12 bytes a slot, so 100,000 members' names and the word lists fit in a few megabytes.
import { finalise, type HashState } from './word-hash.js';

const RECENT_MASK = 4095;

/** Most slots in use before the table doubles; linear probing stays short below it. */
const MAX_LOAD = 0.7;

/** A set of hashed word sequences, each with flag bits; flags 0 means absent. */
export class WordTable {
  /**
   * Slot k holds key a, key b and flags at 3k, 3k + 1 and 3k + 2: one array, so a probe reads one cache
   * line instead of three (the table is larger than the processor's caches, and every word is a lookup).
   */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  /**
   * The last lookup in each of 4,096 places: frequent words ("the", "and") are found in a few cache lines
   * instead of a table of megabytes (a miss costs more than the rest of the scan step).
   */
  private readonly recent = new Int32Array((RECENT_MASK + 1) * 3);
  private recentUsed = false;

  constructor(expected: number) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the table's array. */
  get byteLength(): number {
    return this.slots.byteLength;
  }

  /**
   * A 32-bit digest of every key with its flags under `mask`, independent of insertion order: whatever was
   * trained on the table (the name tagger) can tell whether the table has changed since.
   */
  fingerprint(mask: number): number {
    const slots = this.slots;
    let sum = 0;
    for (let at = 0; at < slots.length; at += 3) {
      const flags = (slots[at + 2] ?? 0) & mask;
      if (flags !== 0) sum = (sum + (finalise((slots[at] ?? 0) ^ finalise((slots[at + 1] ?? 0) ^ flags)) >>> 0)) >>> 0;
    }
    return sum;
  }

  /** Adds flag bits to a key, inserting it when absent. */
  add(state: HashState, bits: number): void {
    if (bits === 0) return;
    if (this.recentUsed) {
      this.recent.fill(0);
      this.recentUsed = false;
    }
    if (this.count + 1 > (this.mask + 1) * MAX_LOAD) this.grow();
    this.insert(finalise(state.a), finalise(state.b), bits);
  }

  /** The flag bits of a key, 0 when absent. */
  get(state: HashState): number {
    return this.getFinal(finalise(state.a), finalise(state.b));
  }

  /** The flag bits of a key given by its finalised hashes. */
  getFinal(a: number, b: number): number {
    const cache = this.recent;
    const at = (b & RECENT_MASK) * 3;
    if (cache[at] === a && cache[at + 1] === b) return cache[at + 2] ?? 0;
    const flags = this.lookup(a, b);
    cache[at] = a;
    cache[at + 1] = b;
    cache[at + 2] = flags;
    this.recentUsed = true;
    return flags;
  }

  private lookup(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = a & mask;
    for (;;) {
      const at = slot * 3;
      const f = slots[at + 2] ?? 0;
      if (f === 0) return 0;
      if (slots[at] === a && slots[at + 1] === b) return f;
      slot = (slot + 1) & mask;
    }
  }

  private insert(a: number, b: number, bits: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let slot = a & mask;
    for (;;) {
      const at = slot * 3;
      const f = slots[at + 2] ?? 0;
      if (f === 0) {
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = bits;
        this.count++;
        return;
      }
      if (slots[at] === a && slots[at + 1] === b) {
        slots[at + 2] = f | bits;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
    this.count = 0;
    for (let at = 0; at < old.length; at += 3) {
      const f = old[at + 2] ?? 0;
      if (f !== 0) this.insert(old[at] ?? 0, old[at + 1] ?? 0, f);
    }
  }
}
