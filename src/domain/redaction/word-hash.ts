// Two independent 32-bit hashes of folded text, updated one character at a time, so a word or a run of
// words can be looked up without building a string; 64 bits keep false matches below one in 10^9 per lookup.
import { foldCode } from './char-classes.js';

/** A running pair of hash states; `a` and `b` are unfinalised. */
export interface HashState {
  a: number;
  b: number;
}

/** Starting state of both hashes. */
export const HASH_SEED_A = 0x811c9dc5;
export const HASH_SEED_B = 0x2545f491;

/** Feeds one folded character into the state (TokenBuffer.scan inlines the same two steps: change both together). */
export function hashStep(state: HashState, code: number): void {
  state.a = Math.imul(state.a ^ code, 0x01000193);
  let b = Math.imul(state.b + code, 0x9e3779b1);
  b ^= b >>> 15;
  state.b = b;
}

/** Finalises one state word (murmur3 fmix32) so that table slots spread evenly. */
export function finalise(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

/** The first hashes of words, folded as the scan folds them: a word of the text is then matched by one integer compare. */
export function wordHashes(words: readonly string[]): Int32Array {
  return Int32Array.from(words, (word) => hashWordInto(word, { a: 0, b: 0 }).a);
}

/** Whether `hash` (a word's first hash, `TokenBuffer.hashA`) is one of `hashes`. */
export function hasHash(hashes: Int32Array, hash: number): boolean {
  for (let k = 0; k < hashes.length; k++) if (hashes[k] === hash) return true;
  return false;
}

/** Hashes an already folded string (words separated by single spaces), as scanning would. */
export function hashFolded(folded: string): HashState {
  const state = { a: HASH_SEED_A, b: HASH_SEED_B };
  for (let i = 0; i < folded.length; i++) hashStep(state, folded.charCodeAt(i));
  return state;
}

/**
 * Hashes a word into `state` as `hashFolded(foldString(word))` would, without building the folded string:
 * word-class lookups run for many words of every text, and the string was most of their cost.
 */
export function hashWordInto(word: string, state: HashState): HashState {
  state.a = HASH_SEED_A;
  state.b = HASH_SEED_B;
  for (let i = 0; i < word.length; i++) {
    const f = foldCode(word.charCodeAt(i));
    if (f !== 0) hashStep(state, f);
  }
  return state;
}
