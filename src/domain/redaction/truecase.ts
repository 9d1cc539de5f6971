// A text written without any capital letter ("have you heard frank freud speak yet?") gives the name rules
// none of the evidence they read from case. Truecasing restores it where the word lists allow: when the
// text reads as standard prose (every word but one is in a list), a word from the given-name or surname
// lists that is no dictionary word, and the one word no list knows, get a capital, as an editor would
// write them; the detectors then read the truecased copy. Slang and other languages, full of unknown
// words, are left alone. Offsets do not move: only letters whose capital is one code unit change.
import { NOT_UNKNOWN } from './name-words.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';

/** Fewest words for a caseless text to be truecased: "ok", "lol" carry no names worth the copy. */
const MIN_WORDS = 3;
/** Words in no list that a caseless text may hold and still read as standard prose. */
const UNKNOWN_ALLOWED = 1;

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

/** Whether at most UNKNOWN_ALLOWED words are in no list (dictionary or names). */
function isListedProse(words: TokenBuffer): boolean {
  let unknown = 0;
  for (let i = 0; i < words.count; i++) {
    if ((words.shape[i] ?? 0) & (T.HAS_DIGIT | T.TAGGED | T.GLUED)) continue;
    if (((words.classes[i] ?? 0) & (W.COMMON | W.STOP | W.GIVEN | W.SURNAME)) === 0 && ++unknown > UNKNOWN_ALLOWED) return false;
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
  return (cls & NOT_UNKNOWN) === 0 && end - start >= 3 && !drawnOut(text, start, end);
}

/** A letter three times in a row ("arggghhh", "sooo"): an exclamation drawn out, not a name. */
function drawnOut(text: string, start: number, end: number): boolean {
  for (let k = start + 2; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === text.charCodeAt(k - 1) && c === text.charCodeAt(k - 2)) return true;
  }
  return false;
}
