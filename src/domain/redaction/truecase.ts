// A text written without any capital letter ("have you heard frank freud speak yet?") gives the name rules
// none of the evidence they read from case. Truecasing restores it where the word lists allow: when the
// text reads as standard prose (the words no list knows are one short run), a word from the given-name or
// surname lists that is no dictionary word, and those unknown words, get a capital, as an editor would
// write them; the detectors then read the truecased copy. Slang and other languages, full of unknown
// words, are left alone. Offsets do not move: only letters whose capital is one code unit change.
import { NOT_UNKNOWN } from './name-words.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';

/** Fewest words for a caseless text to be truecased: "ok", "lol" carry no names worth the copy. */
const MIN_WORDS = 3;
/** Most words in no list, one after another, that a caseless text may hold and still read as standard prose. */
const UNKNOWN_RUN = 2;
/** Fewest letters of a word no list knows for it to be capitalised: shorter ones are acronyms ("pii", "gdpr"), as the name lists hold most short names. */
const MIN_UNKNOWN_LENGTH = 5;

/** `text` with likely names capitalised when no word of it has a capital letter, else `text` itself. */
export function truecase(text: string, words: TokenBuffer): string {
  if (words.casedWords > 0 || words.count < MIN_WORDS || !isListedProse(words)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < words.count; i++) {
    if (!mayBeName(text, words, i)) continue;
    const start = words.start[i] ?? 0;
    const first = text.charAt(start);
    const upper = first.toUpperCase();
    if (upper.length !== 1 || upper === first) continue;
    out += text.slice(from, start) + upper;
    from = start + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Whether the words no list knows (dictionary or names) form at most one run of up to UNKNOWN_RUN words:
 * one name in listed prose ("we need to add mirbadin ülker as guardian"), where slang and other languages
 * scatter unknown words all over the text.
 */
function isListedProse(words: TokenBuffer): boolean {
  let runs = 0;
  let run = 0;
  for (let i = 0; i < words.count; i++) {
    // A lone letter is an initial or the "s" after a possessive's apostrophe: neither prose nor slang.
    if ((words.shape[i] ?? 0) & (T.HAS_DIGIT | T.TAGGED | T.GLUED) || (words.end[i] ?? 0) - (words.start[i] ?? 0) < 2) continue;
    if (((words.classes[i] ?? 0) & (W.COMMON | W.STOP | W.GIVEN | W.SURNAME)) !== 0) {
      run = 0;
      continue;
    }
    if (run === 0 && ++runs > 1) return false;
    if (++run > UNKNOWN_RUN) return false;
  }
  return true;
}

function mayBeName(text: string, words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  if (shape & (T.HAS_DIGIT | T.TAGGED | T.GLUED | T.CONTRACTION)) return false;
  const cls = words.classes[i] ?? 0;
  const start = words.start[i] ?? 0;
  const end = words.end[i] ?? 0;
  if (cls & (W.GIVEN | W.SURNAME)) return (cls & (W.COMMON | W.STOP | W.SLANG)) === 0 && end - start >= 2;
  return (cls & NOT_UNKNOWN) === 0 && end - start >= MIN_UNKNOWN_LENGTH && !drawnOut(text, start, end);
}

/** A letter three times in a row ("arggghhh", "sooo"): an exclamation drawn out, not a name. */
function drawnOut(text: string, start: number, end: number): boolean {
  for (let k = start + 2; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === text.charCodeAt(k - 1) && c === text.charCodeAt(k - 2)) return true;
  }
  return false;
}
