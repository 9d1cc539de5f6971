// A statistical name tagger: a linear model (averaged perceptron, trained offline by
// bench/train-person-tagger.ts) scores every word of the scanned text from hashed features — the word, its
// neighbours, their shapes, suffixes and word-list classes, and the tag given to the word before — and marks
// the words that belong to a person's name. It catches what no rule can: one-word names no list knows,
// nicknames and names in contexts the rules do not cue. Pure: the weights are data shipped in the repo.
import { foldCode } from './char-classes.js';
import type { EntitySpan } from './entity-types.js';
import { isMonthOrSeason } from './name-words.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';

/** log2 of the feature space: features are hashed into this many weights. */
export const TAGGER_BITS = 16;
/** Most features one word produces (see `wordFeatures`): 23 fixed ones and two per list class bit. */
export const MAX_FEATURES = 23 + 2 * 32;

/** Word-list classes the tagger reads; directory bits are left out so a model behaves the same for every network. */
export const LEXICON_BITS =
  W.GIVEN | W.SURNAME | W.COMMON | W.PLACE | W.TITLE | W.STOP | W.RELATION | W.GREETING | W.WEAK_CUE | W.PARTICLE | W.SPEECH | W.SLANG | W.FAMOUS | W.FREQUENT_GIVEN | W.LONG_LIST_ONLY | W.LONG_LIST_WORD | W.NAME_CUE | W.SIGN_OFF | W.NAME_SUFFIX | W.PLACE_PREPOSITION | W.STREET_TYPE;
const SHAPE_BITS = T.CAPITALISED | T.ALL_CAPS | T.NUMERIC | T.HAS_DIGIT | T.INNER_CAPS | T.TAGGED | T.POSSESSIVE | T.GLUED | T.CONTRACTION | T.NAME_SHAPED | T.SENTENCE_START | T.NEWLINE_BEFORE | T.DOT_BEFORE;

/** A trained model: one weight per hashed feature, and the score above which a word is part of a name. */
export interface PersonTaggerModel {
  readonly weights: Float32Array;
  readonly threshold: number;
}

/**
 * Hashes a feature template and its value into the weight space: one multiply whose top bits are the index
 * (Fibonacci hashing) — the tagger computes some thirty of these per word, so the hash must be cheap.
 */
function feature(template: number, value: number): number {
  return Math.imul((value ^ Math.imul(template + 1, 0x61c88647)) + template, 0x9e3779b1) >>> (32 - TAGGER_BITS);
}

/** The folded hash of a word's last `n` characters (its suffix): "-ova", "-sen", "-ski" mark surnames. */
function suffixHash(text: string, start: number, end: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = end - 1; k >= start && k >= end - n; k--) h = Math.imul(h ^ foldCode(text.charCodeAt(k)), 0x01000193);
  return h;
}

function wordHash(words: TokenBuffer, i: number): number {
  if (i < 0) return 1;
  if (i >= words.count) return 2;
  return words.hashA[i] ?? 0;
}

function classesOf(words: TokenBuffer, i: number): number {
  if (i < 0 || i >= words.count) return -1;
  return (words.classes[i] ?? 0) & LEXICON_BITS;
}

function shapeOf(words: TokenBuffer, i: number): number {
  if (i < 0 || i >= words.count) return -1;
  const shape = (words.shape[i] ?? 0) & SHAPE_BITS;
  const length = (words.end[i] ?? 0) - (words.start[i] ?? 0);
  // Lower case is the absence of capitals; length in three bands separates "I", "Jo" and longer words.
  return shape | (length <= 1 ? 1 << 20 : length <= 3 ? 1 << 21 : 1 << 22);
}

/**
 * Writes the feature indices of word `i` into `out` and returns how many; `previous` is the tag (0 or 1)
 * given to word i − 1.
 */
export function wordFeatures(text: string, words: TokenBuffer, i: number, previous: number, out: Int32Array): number {
  const shape = shapeOf(words, i);
  const shapePrev = shapeOf(words, i - 1);
  const shapeNext = shapeOf(words, i + 1);
  const cls = classesOf(words, i);
  const clsPrev = classesOf(words, i - 1);
  const clsNext = classesOf(words, i + 1);
  const hashPrev = wordHash(words, i - 1);
  const hashNext = wordHash(words, i + 1);
  const start = words.start[i] ?? 0;
  const end = words.end[i] ?? 0;
  const cap = shape & T.CAPITALISED;
  const caps = shape & (T.CAPITALISED | T.ALL_CAPS);
  out[0] = feature(0, 0);
  out[1] = feature(1, wordHash(words, i));
  out[2] = feature(2, hashPrev);
  out[3] = feature(3, hashNext);
  out[4] = feature(4, wordHash(words, i - 2));
  out[5] = feature(5, wordHash(words, i + 2));
  out[6] = feature(6, shape);
  out[7] = feature(7, shapePrev);
  out[8] = feature(8, shapeNext);
  out[9] = feature(9, cls);
  out[10] = feature(10, clsPrev);
  out[11] = feature(11, clsNext);
  const suffix2 = suffixHash(text, start, end, 2);
  out[12] = feature(12, end - start > 2 ? Math.imul(suffix2 ^ foldCode(text.charCodeAt(end - 3)), 0x01000193) : suffix2);
  out[13] = feature(13, suffix2);
  out[14] = feature(14, previous);
  out[15] = feature(15, previous * 0x10000 + (shape & 0xffff));
  out[16] = feature(16, Math.imul(shape, 31) ^ cls);
  out[17] = feature(17, Math.imul(hashPrev, 7) ^ cap);
  out[18] = feature(18, Math.imul(hashNext, 7) ^ cap);
  out[19] = feature(19, Math.imul(shapePrev, 131) ^ shape);
  out[20] = feature(20, Math.imul(shape, 131) ^ shapeNext);
  out[21] = feature(21, Math.imul(clsPrev, 131) ^ caps);
  out[22] = feature(22, Math.imul(clsNext, 131) ^ caps);
  let n = 23;
  // Each list class on its own, so an unseen combination still counts its parts.
  const caseCode = (cap ? 1 : 0) + (shape & T.ALL_CAPS ? 2 : 0);
  for (let rest = cls; rest > 0; rest &= rest - 1) {
    const bit = 31 - Math.clz32(rest & -rest);
    out[n++] = feature(23, bit);
    out[n++] = feature(24, bit * 4 + caseCode);
  }
  return n;
}

/**
 * Whether the tagger looks at word `i` at all: handles, hashtags, numbers and link parts are other detectors'
 * work, camel case ("eBPF", "LinkedIn") is a brand's, function words are never names, and a lower-case
 * dictionary word is taken for the word it is unless a list also knows it as a given name ("mason", "will").
 * Most words of a post are skipped this way, which keeps the tagger's cost to a fraction of the scan's.
 */
export function taggable(words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  if (shape & (T.TAGGED | T.NUMERIC | T.GLUED | T.HAS_DIGIT | T.INNER_CAPS)) return false;
  const cls = words.classes[i] ?? 0;
  if (cls & W.STOP) return false;
  return (shape & T.CAPITALISED) !== 0 || (cls & (W.COMMON | W.GIVEN)) !== W.COMMON;
}

/** Words that may sit beside a name but are not part of it: "Mr", "the", "my". */
const NOT_NAME = W.TITLE | W.STOP | W.RELATION | W.GREETING;

/** A word that may sit beside a name but is no part of it: a title, function word, or contraction ("I'd", "we'll"). */
function notName(words: TokenBuffer, i: number): boolean {
  return ((words.classes[i] ?? 0) & NOT_NAME) !== 0 || ((words.shape[i] ?? 0) & T.CONTRACTION) !== 0;
}

/** Whether word `i` follows a number, directly or after one letter ("63 Stadion", "63 N. Stadion"). */
function afterNumber(words: TokenBuffer, i: number): boolean {
  let k = i - 1;
  if (k > 0 && (words.end[k] ?? 0) - (words.start[k] ?? 0) === 1 && !((words.shape[k] ?? 0) & T.NUMERIC)) k--;
  return k >= 0 && ((words.shape[k] ?? 0) & T.NUMERIC) !== 0;
}

/**
 * Appends the words from..to as a span, trimmed of titles, function words and contractions ("I'd"). Left
 * to the rules: words all in capitals (acronyms such as "IBAN", shouted headlines), a lone letter, and words
 * right after a number ("63 N. Stadion" is a street).
 */
function pushTrimmed(words: TokenBuffer, from: number, to: number, out: EntitySpan[]): void {
  let a = from;
  let b = to;
  while (a <= b && notName(words, a)) a++;
  while (b >= a && notName(words, b)) b--;
  if (a > b || afterNumber(words, a)) return;
  if (a === b && (words.end[a] ?? 0) - (words.start[a] ?? 0) < 2) return;
  // A month or season alone ("Autumn began early") is left to the rules, which know when one names someone.
  if (a === b && isMonthOrSeason(words, a)) return;
  let shouted = true;
  for (let k = a; k <= b && shouted; k++) shouted = ((words.shape[k] ?? 0) & T.ALL_CAPS) !== 0;
  if (shouted) return;
  out.push({ type: 'PERSON', start: words.start[a] ?? 0, end: words.end[b] ?? 0 });
}

/** The model's score for a word from its features; above the model's threshold means part of a name. */
export function scoreWord(weights: Float32Array, features: Int32Array, count: number): number {
  let s = 0;
  for (let k = 0; k < count; k++) s += weights[features[k] ?? 0] ?? 0;
  return s;
}

/** Finds names with a trained model; holds its own scratch space, so one instance serves one thread. */
export interface PersonTagger {
  /**
   * Appends PERSON spans for runs of words the model tags as names (joined by spaces on one line). Words
   * inside spans already in `out` are not scored: another type's words (an address, an e-mail) are
   * redacted anyway, and a name's words count as tagged, so the model only extends names found before.
   */
  find(text: string, words: TokenBuffer, out: EntitySpan[]): void;
}

/** Marks, per word, the spans already found over it: 1 for another type, 2 for a person. */
function markCovered(words: TokenBuffer, spans: readonly EntitySpan[], into: Uint8Array): void {
  into.fill(0, 0, words.count);
  for (const span of spans) {
    const mark = span.type === 'PERSON' ? 2 : 1;
    for (let i = words.firstWordFrom(span.start); i < words.count && (words.end[i] ?? 0) <= span.end; i++) into[i] = (into[i] ?? 0) | mark;
  }
}

/** Creates a tagger over a model. */
export function createPersonTagger(model: PersonTaggerModel): PersonTagger {
  const features = new Int32Array(MAX_FEATURES);
  let covered = new Uint8Array(256);
  const { weights, threshold } = model;
  return {
    find(text, words, out) {
      if (covered.length < words.count) covered = new Uint8Array(words.count * 2);
      markCovered(words, out, covered);
      let previous = 0;
      let open = -1;
      let last = -1;
      // Whether the run holds a word the model itself tagged: a run only of names found before adds nothing.
      let fresh = false;
      for (let i = 0; i < words.count; i++) {
        const cover = covered[i] ?? 0;
        let tag = 0;
        // Words inside another entity are redacted anyway; words of a name already found count as tagged,
        // so the model may still extend that name ("Anna" by the rules, "Anna Kowalska" by the model). A
        // handle is whole in itself and counts as untagged, as in training, where handles are not taggable:
        // counting it tagged ran mentions into the words after them ("@OmegaWife5 exhaustingly").
        if (cover & 2 && !(cover & 1)) tag = (words.shape[i] ?? 0) & T.TAGGED ? 0 : 1;
        else if (cover === 0 && taggable(words, i)) tag = scoreWord(weights, features, wordFeatures(text, words, i, previous, features)) > threshold ? 1 : 0;
        const shape = words.shape[i] ?? 0;
        // A name runs over words joined by spaces on one line; punctuation or a line break ends it.
        if (open >= 0 && (tag === 0 || !(shape & T.SPACE_BEFORE) || shape & T.NEWLINE_BEFORE)) {
          if (fresh) pushTrimmed(words, open, last, out);
          open = -1;
          fresh = false;
        }
        if (tag === 1) {
          if (open < 0) open = i;
          last = i;
          if (cover === 0) fresh = true;
        }
        previous = tag;
      }
      if (open >= 0 && fresh) pushTrimmed(words, open, last, out);
    },
  };
}
