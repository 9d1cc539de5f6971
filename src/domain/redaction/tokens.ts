// Splits a text into words once, with each word's hash, shape and what separates it from the previous
// word; every name rule then reads these arrays instead of re-scanning the text.
import { CHAR_DIGIT, CHAR_SPACE, CHAR_UPPER, CHAR_WORD, charClass, foldCode, isSpaceCode, isUpperCode, isWordCode } from './char-classes.js';
import { finalise, HASH_SEED_A, HASH_SEED_B, hashStep, type HashState } from './word-hash.js';
import type { WordTable } from './word-table.js';

/** Shape bits of a word. */
export const T = {
  /** Starts with an upper-case letter. */
  CAPITALISED: 1 << 0,
  /** Has at least two letters, all upper case ("NASA", "JINX"). */
  ALL_CAPS: 1 << 1,
  /** Starts with a digit. */
  NUMERIC: 1 << 2,
  /** Only white space separates it from the previous word (line breaks included). */
  SPACE_BEFORE: 1 << 3,
  /** A line break lies between it and the previous word. */
  NEWLINE_BEFORE: 1 << 4,
  /** First word of the text or of a sentence. */
  SENTENCE_START: 1 << 5,
  /** Exactly ". " separates it from the previous word ("Dr. Who", "John F. Kennedy"). */
  DOT_BEFORE: 1 << 6,
  /** An upper-case letter after the first ("LinkedIn", "iPhone"): brands, not people. */
  INNER_CAPS: 1 << 7,
  /** Preceded directly by "@" or "#": a handle or hashtag, not prose. */
  TAGGED: 1 << 8,
  /** Followed directly by a possessive "'s". */
  POSSESSIVE: 1 << 9,
  /** Joined to the next or previous word by "@", "." or "/" without space: part of an address or link. */
  GLUED: 1 << 10,
  /** Ends in a contraction ("I've", "Haven't", "We'd"): a pronoun or verb, never a name. */
  CONTRACTION: 1 << 11,
  /** Preceded directly by "@" (a subset of TAGGED): a mention, whose next word may finish the name. */
  MENTION: 1 << 12,
  /** Shaped like a surname with a prefix: "O'Brien", "D'Souza", "al-Mallohi", "bin-Salman". */
  NAME_SHAPED: 1 << 13,
  /** Holds a digit anywhere ("DE89", "4th"): a code or number, never a name. */
  HAS_DIGIT: 1 << 14,
} as const;

/** The words of one text; arrays are reused between texts, `count` says how many are valid. */
export class TokenBuffer {
  count = 0;
  /** Decimal digits in the text: detectors of long numbers skip texts with too few. */
  digits = 0;
  /**
   * Most digits in one run of numbers joined only by spaces, "-", ".", "/" or brackets ("4111 1111 1111
   * 1111", "+1 (555) 123-4567"): a card needs 12, an SSN 9, a phone number 7.
   */
  digitRun = 0;
  /** Most plain numbers in a row joined by single dots ("10.0.0.1" has 4): an IPv4 address needs 4. */
  dottedNumbers = 0;
  /** Union of the class bits of every word: lets detectors skip texts without their cue words. */
  seen = 0;
  /** Words holding an upper-case letter: none means a text written without case (truecase.ts), most a title-case headline. */
  casedWords = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  shape = new Int32Array(256);
  /** Class bits from the word table (0 when the word is unknown). */
  classes = new Int32Array(256);
  /** Unfinalised hash states, so a match can be extended by the next word. */
  hashA = new Int32Array(256);
  hashB = new Int32Array(256);

  /** Tokenises `text`, looking every word up in `table`. */
  scan(text: string, table: WordTable): void {
    this.count = 0;
    this.seen = 0;
    this.casedWords = 0;
    this.digits = 0;
    this.digitRun = 0;
    this.dottedNumbers = 0;
    let run = 0;
    let dotted = 0;
    const n = text.length;
    let i = 0;
    let prevEnd = 0;
    let digits = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if ((charClass(code) & CHAR_WORD) === 0) {
        i++;
        continue;
      }
      const start = i;
      // The two hashes of word-hash.ts, kept in locals: this loop runs for every character of every text.
      let ha = HASH_SEED_A;
      let hb = HASH_SEED_B;
      let shape = 0;
      let letters = 0;
      let uppers = 0;
      const digitsBefore = digits;
      if (code >= 48 && code <= 57) shape |= T.NUMERIC;
      while (i < n) {
        const c = text.charCodeAt(i);
        const cc = charClass(c);
        if (cc & CHAR_WORD) {
          if (cc & CHAR_DIGIT) {
            digits++;
            shape |= T.HAS_DIGIT;
          }
          if (cc & CHAR_UPPER) {
            uppers++;
            if (i === start) shape |= T.CAPITALISED;
            // Upper case right after a lower-case letter is camel case ("LinkedIn"); after "-" or "'" it
            // is a name ("Adebayo-Smith", "O'Brien"), and so are "McDonald" and "DiCaprio".
            else if (isLowerLetter(text.charCodeAt(i - 1)) && !NAME_PREFIX.test(text.slice(start, i))) shape |= T.INNER_CAPS;
          }
          if (c > 64) letters++;
          // ASCII folds by arithmetic; other characters through the cached table.
          const f = c < 128 ? (cc & CHAR_UPPER ? c + 32 : c) : foldCode(c);
          if (f !== 0) {
            ha = Math.imul(ha ^ f, 0x01000193);
            hb = Math.imul(hb + f, 0x9e3779b1);
            hb ^= hb >>> 15;
          }
          i++;
          continue;
        }
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if ((c === 39 || c === 0x2019) && isWordCode(next)) {
          // A possessive "'s" ends the word ("Ada Byron's" names Ada Byron); "O'Brien" stays one word.
          const after = i + 2 < n ? text.charCodeAt(i + 2) : 0;
          if ((next === 115 || next === 83) && !isWordCode(after)) {
            shape |= T.POSSESSIVE;
            break;
          }
          if (isContractionEnd(text, i + 1)) shape |= T.CONTRACTION;
          ha = Math.imul(ha ^ 39, 0x01000193);
          hb = Math.imul(hb + 39, 0x9e3779b1);
          hb ^= hb >>> 15;
          i++;
          continue;
        }
        if ((c === 45 || c === 0x2010 || c === 0x2011) && isWordCode(next)) {
          ha = Math.imul(ha ^ 45, 0x01000193);
          hb = Math.imul(hb + 45, 0x9e3779b1);
          hb ^= hb >>> 15;
          i++;
          continue;
        }
        break;
      }
      if (uppers > 0) this.casedWords++;
      if (uppers >= 2 && uppers === letters) shape = (shape | T.ALL_CAPS) & ~T.INNER_CAPS;
      else if (uppers > 0 && i - start >= 4 && isNameShaped(text, start, i)) shape |= T.NAME_SHAPED;
      if (isGlue(text, i) || (start > 0 && isGlue(text, start - 1) && start > 1 && isWordCode(text.charCodeAt(start - 2)))) shape |= T.GLUED;
      shape |= this.gapShape(text, prevEnd, start);
      const wordDigits = digits - digitsBefore;
      if (wordDigits === 0) run = 0;
      else {
        run = run > 0 && numberJoint(text, prevEnd, start) ? run + wordDigits : wordDigits;
        if (run > this.digitRun) this.digitRun = run;
      }
      const plainNumber = letters === 0 && wordDigits > 0;
      if (!plainNumber) dotted = 0;
      else {
        dotted = dotted > 0 && start - prevEnd === 1 && text.charCodeAt(prevEnd) === 46 ? dotted + 1 : 1;
        if (dotted > this.dottedNumbers) this.dottedNumbers = dotted;
      }
      this.push(start, i, shape, ha, hb, table, plainNumber);
      prevEnd = i;
    }
    this.digits = digits;
  }

  /** The index of the first word starting at or after `at` (`count` when none): binary search, as a long text has thousands of words. */
  firstWordFrom(at: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.start[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Hash state of the words from..to (inclusive) joined by single spaces, as names are indexed. */
  extend(text: string, state: HashState, word: number): void {
    hashStep(state, 32);
    const end = this.end[word] ?? 0;
    for (let i = this.start[word] ?? 0; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2019) hashStep(state, 39);
      else if (c === 0x2010 || c === 0x2011) hashStep(state, 45);
      else {
        const f = foldCode(c);
        if (f !== 0) hashStep(state, f);
      }
    }
  }

  private gapShape(text: string, from: number, to: number): number {
    if (this.count === 0) {
      for (let k = 0; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return tagShape(text, to);
      return T.SENTENCE_START | tagShape(text, to);
    }
    // Most words follow a single space: nothing to examine.
    if (to - from === 1 && text.charCodeAt(from) === 32) return T.SPACE_BEFORE;
    let spaceOnly = true;
    let newline = false;
    let sentenceEnd = false;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) newline = true;
      else if (c === 46 || c === 33 || c === 63) sentenceEnd = true;
      if ((charClass(c) & CHAR_SPACE) === 0) spaceOnly = false;
    }
    let shape = tagShape(text, to);
    if (spaceOnly) shape |= T.SPACE_BEFORE;
    if (newline) shape |= T.NEWLINE_BEFORE;
    if (to - from === 2 && text.charCodeAt(from) === 46 && text.charCodeAt(from + 1) === 32) shape |= T.DOT_BEFORE;
    if (sentenceEnd || newline) shape |= T.SENTENCE_START;
    return shape;
  }

  private push(start: number, end: number, shape: number, ha: number, hb: number, table: WordTable, plainNumber: boolean): void {
    if (this.count === this.start.length) this.growArrays();
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.shape[k] = shape;
    this.hashA[k] = ha;
    this.hashB[k] = hb;
    // No list holds a plain number, and the table lookup is the scan's costliest step (a cache miss).
    const classes = plainNumber ? 0 : table.getFinal(finalise(ha), finalise(hb));
    this.classes[k] = classes;
    this.seen |= classes;
  }

  private growArrays(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.shape = grow(this.shape);
    this.classes = grow(this.classes);
    this.hashA = grow(this.hashA);
    this.hashB = grow(this.hashB);
  }
}

/** Whether the gap between two numbers is at most three of " -./()+" (the joints of grouped digits). */
function numberJoint(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45 && c !== 46 && c !== 47 && c !== 40 && c !== 41 && c !== 43 && c !== 0xa0) return false;
  }
  return true;
}

/** "@" after a word, or ".", "/", ":" between two word characters. */
function isGlue(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 64) return true;
  return (c === 46 || c === 47 || c === 58) && isWordCode(text.charCodeAt(at + 1));
}

/** "ve", "m", "d", "ll", "re" or "t" after an apostrophe, ending the word. */
function isContractionEnd(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at < 3 && isWordCode(text.charCodeAt(end))) end++;
  if (end < text.length && isWordCode(text.charCodeAt(end))) return false;
  return /^(?:ve|m|d|ll|re|t)$/i.test(text.slice(at, end));
}

const NAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Le|La|Van|Von|Fitz|Al|El)$/;

function isLowerLetter(code: number): boolean {
  return isWordCode(code) && !isUpperCode(code) && foldCode(code) === code && !(code >= 48 && code <= 57);
}

function tagShape(text: string, at: number): number {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (before === 64) return T.TAGGED | T.MENTION;
  return before === 35 ? T.TAGGED : 0;
}

const NAME_SHAPE = /^(?:[OoDd]['’]|(?:al|el|Al|El|bin|ibn|Abu|abu|Abd|abd)-)\p{Lu}\p{Ll}/u;

/** A surname prefix glued to a capitalised stem: "O'Brien", "D'Souza", "al-Mallohi". */
function isNameShaped(text: string, start: number, end: number): boolean {
  const second = text.charCodeAt(start + 1);
  // Only words with an apostrophe or hyphen in the first four characters are worth the regular expression.
  if (second !== 39 && second !== 0x2019 && text.charCodeAt(start + 2) !== 45 && text.charCodeAt(start + 3) !== 45) return false;
  return NAME_SHAPE.test(text.slice(start, end));
}
