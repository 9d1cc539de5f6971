// What a single scanned word looks like to the person rules: a capitalised word of prose, an initial, a
// word no list knows, a word that may be a name, and whether it joins the word before it on one line.
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';
import { hasHash, wordHashes } from './word-hash.js';

/** A capitalised word that is plain prose: no inner capitals, digit, tag, glue or contraction. */
export function isCapitalisedWord(shape: number): boolean {
  return (shape & T.CAPITALISED) !== 0 && (shape & (T.INNER_CAPS | T.NUMERIC | T.TAGGED | T.GLUED | T.CONTRACTION)) === 0;
}

/** A capitalised word that may be a name: a given name or surname that is not a dictionary word, or unknown. */
export function looksLikeName(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (shape & T.NAME_SHAPED) return true;
  if (!isCapitalisedWord(shape) || shape & T.ALL_CAPS || cls & (W.STOP | W.COMMON | W.PLACE | W.TITLE | W.RELATION | W.GREETING | W.SLANG)) return false;
  return true;
}

/** Classes of words a list knows as something other than a name: a word with none of them is unknown. */
export const NOT_UNKNOWN = W.COMMON | W.PLACE | W.STOP | W.TITLE | W.RELATION | W.GREETING | W.SPEECH | W.SLANG | W.LONG_LIST_WORD;

/**
 * A capitalised (or shouted) word that no list knows, of three letters or more: "Frissora", "RAGHUNATHAN".
 * Lists are looked up without accents, so "Sööt" meets "soot" and "Bär" meets "bar": a word whose only
 * other reading is an English dictionary word counts as unknown when it has a letter English does not use.
 */
export function isUnknownWord(words: TokenBuffer, i: number, text?: string): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (!isCapitalisedWord(shape) || shape & T.HAS_DIGIT || (words.end[i] ?? 0) - (words.start[i] ?? 0) < 3) return false;
  if ((cls & NOT_UNKNOWN) === 0) return true;
  return text !== undefined && (cls & NOT_UNKNOWN & ~(W.COMMON | W.LONG_LIST_WORD)) === 0 && hasForeignLetter(text, words.start[i] ?? 0, words.end[i] ?? 0);
}

/** Whether a word holds a Latin letter with a diacritic or a letter of another Latin alphabet ("ü", "ş", "ø", "ð"). */
export function hasForeignLetter(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true;
  }
  return false;
}

/** A capitalised word of the given-name or surname lists, whatever else it is (a dictionary word, a place), but no function word, cue or shout. */
export function isListedNameWord(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  return (cls & (W.GIVEN | W.SURNAME)) !== 0 && (cls & (W.STOP | W.TITLE | W.RELATION | W.GREETING | W.SLANG)) === 0 && isCapitalisedWord(shape) && !(shape & T.ALL_CAPS);
}

/** Whether word `i` follows the previous word with only spaces on the same line, and can continue a name. */
export function joinedName(words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  return (shape & T.SPACE_BEFORE) !== 0 && (shape & T.NEWLINE_BEFORE) === 0 && ((words.shape[i - 1] ?? 0) & T.POSSESSIVE) === 0;
}

/** A single capital letter: an initial ("J" of "J. Smith"). */
export function isInitial(words: TokenBuffer, i: number): boolean {
  return (words.end[i] ?? 0) - (words.start[i] ?? 0) === 1 && ((words.shape[i] ?? 0) & T.CAPITALISED) !== 0;
}

/** Months and seasons the given-name lists also hold, by their folded hashes. */
const MONTHS_AND_SEASONS = wordHashes(['april', 'may', 'june', 'august', 'summer', 'autumn', 'winter', 'spring', 'fall']);

/** Whether word `i` is a month or season that is also a given name: "May was hot", "Autumn began early". */
export function isMonthOrSeason(words: TokenBuffer, i: number): boolean {
  return hasHash(MONTHS_AND_SEASONS, words.hashA[i] ?? 0);
}
