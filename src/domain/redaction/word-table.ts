// An open-addressing hash table from a word or word sequence (by its 64-bit hash) to a set of flag bits:
// 12 bytes a slot, so 100,000 members' names and the word lists fit in a few megabytes.
import { finalise, type HashState } from './word-hash.js';

/** A set of hashed word sequences, each with flag bits; flags 0 means absent. */
export class WordTable {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private flags: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    let capacity = 1024;
    while (capacity * 0.6 < expected) capacity *= 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.flags = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the table's arrays. */
  get byteLength(): number {
    return this.keysA.byteLength + this.keysB.byteLength + this.flags.byteLength;
  }

  /** Adds flag bits to a key, inserting it when absent. */
  add(state: HashState, bits: number): void {
    if (bits === 0) return;
    if ((this.count + 1) > (this.mask + 1) * 0.7) this.grow();
    this.insert(finalise(state.a), finalise(state.b), bits);
  }

  /** The flag bits of a key, 0 when absent. */
  get(state: HashState): number {
    return this.getFinal(finalise(state.a), finalise(state.b));
  }

  /** The flag bits of a key given by its finalised hashes. */
  getFinal(a: number, b: number): number {
    const mask = this.mask;
    let slot = a & mask;
    for (;;) {
      const f = this.flags[slot] ?? 0;
      if (f === 0) return 0;
      if (this.keysA[slot] === a && this.keysB[slot] === b) return f;
      slot = (slot + 1) & mask;
    }
  }

  private insert(a: number, b: number, bits: number): void {
    const mask = this.mask;
    let slot = a & mask;
    for (;;) {
      const f = this.flags[slot] ?? 0;
      if (f === 0) {
        this.keysA[slot] = a;
        this.keysB[slot] = b;
        this.flags[slot] = bits;
        this.count++;
        return;
      }
      if (this.keysA[slot] === a && this.keysB[slot] === b) {
        this.flags[slot] = f | bits;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keysA, keysB, flags } = this;
    const capacity = (this.mask + 1) * 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.flags = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
    for (let i = 0; i < flags.length; i++) {
      const f = flags[i] ?? 0;
      if (f !== 0) this.insert(keysA[i] ?? 0, keysB[i] ?? 0, f);
    }
  }
}
