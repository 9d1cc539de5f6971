// Frames of English prose that make an unknown capitalised word a person's name: a life-story verb after
// it ("Järvilehto began writing", "Trivo lives on…", "Dzhambek is from…"), a speech verb before it
// ("shouted at Madara"), a work named after its author or performer ("the Dratchev novel", "a Pálmi
// Einarsson concert", "a huge Kont fan"), and a listed given name addressed ("Remember me, Randy?"). The
// life verbs and works also vouch for a listed name that is a word too ("Fuller began", "the Smith novel").
import { isCapitalisedWord, isListedNameWord, isMonthOrSeason, isUnknownWord, joinedName } from './name-words.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';
import { hasHash, wordHashes } from './word-hash.js';

/** Verbs of a life story: their subject is a person far more often than a product or a place. */
const LIFE_VERBS = new Set('lives lived began begins married studied studies graduated grew died retired moved spent'.split(' '));
/** First letters of the life verbs, checked before a word is lower-cased. */
const LIFE_VERB_INITIALS = 'lbmsgdrLBMSGDR';
/** Works that carry their author's or performer's name before them (and the fans of a performer). */
const WORKS = new Set('novel novels book books memoir biography concert concerts album albums song songs film films movie movies poem poems play plays opera symphony painting paintings exhibition interview lecture documentary version fan fans'.split(' '));
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The last word of a name that a frame marks at capitalised word `i`, or -1: the person-rule scan asks
 * this of every capitalised word no other rule took.
 */
export function nameInFrameEnd(text: string, words: TokenBuffer, i: number): number {
  // "Remember me, Randy?": a listed given name alone between a comma and a question or exclamation mark
  // is someone spoken to, even when it is also a dictionary word.
  if ((words.classes[i] ?? 0) & W.GIVEN && vocative(text, words, i)) return i;
  if ((words.shape[i] ?? 0) & T.ALL_CAPS) return -1;
  // "Oskar shouted at Madara", "Thomas shouted at Mark": the one spoken to after a speech verb, a listed
  // given name too.
  const unknown = isUnknownWord(words, i);
  if ((unknown || (words.classes[i] ?? 0) & W.GIVEN) && i >= 2 && joinedName(words, i) && joinedName(words, i - 1) && (words.classes[i - 2] ?? 0) & W.SPEECH && lengthOf(words, i - 1) === 2 && /^(?:at|to)$/.test(lower(text, words, i - 1))) return i;
  // "Fuller began writing", "the Smith novel": a name of the lists that is also a word or a place, in the
  // two frames that say most surely that a word names a person.
  const listed = !unknown && listedWord(words, i);
  if (!unknown && !listed) return -1;
  const next = i + 1;
  // "though Wieloch's song was…": a work after a possessive unknown word is that person's.
  if (unknown && ((words.shape[i] ?? 0) & (T.POSSESSIVE | T.SENTENCE_START)) === T.POSSESSIVE && next + 1 < words.count && lengthOf(words, next) === 1 && joinedName(words, next + 1) && WORKS.has(lower(text, words, next + 1))) return i;
  if (next >= words.count || !joinedName(words, next)) return -1;
  // "Dzhambek is from Civic Impulse", "Trivo lives on Grössgstötten 50".
  const verbLength = lengthOf(words, next);
  if (verbLength >= 4 && verbLength <= 10 && LIFE_VERB_INITIALS.includes(text.charAt(words.start[next] ?? 0)) && LIFE_VERBS.has(lower(text, words, next))) return i;
  if (unknown && verbLength <= 3 && (words.classes[next] ?? 0) & W.PERSON_VERB && next + 1 < words.count && lengthOf(words, next + 1) === 4 && joinedName(words, next + 1) && lower(text, words, next + 1) === 'from' && /^(?:is|was)$/.test(lower(text, words, next))) return i;
  // "Tiit is very reliable. You can always depend on him.": the subject of a sentence that a later "he" or
  // "her" takes up is a person; a product or a place would be "it".
  if (unknown && (words.shape[i] ?? 0) & T.SENTENCE_START && verbLength <= 3 && /^(?:is|was)$/.test(lower(text, words, next)) && personalPronounAfter(words, next + 1)) return i;
  // "the Dratchev novel", "a Pálmi Einarsson concert": one or two capitalised words between an article and a work.
  if (i === 0 || !joinedName(words, i)) return -1;
  // "a huge Kont fan": one lower-case word may stand between the article and the name.
  const adjective = i > 1 && joinedName(words, i - 1) && !((words.shape[i - 1] ?? 0) & T.CAPITALISED) && ((words.classes[i - 1] ?? 0) & (W.COMMON | W.STOP)) === W.COMMON ? 1 : 0;
  const article = i - 1 - adjective;
  if (lengthOf(words, article) > 3 || !'tTaA'.includes(text.charAt(words.start[article] ?? 0)) || !ARTICLES.has(lower(text, words, article))) return -1;
  const last = isUnknownWord(words, next) && !((words.shape[next] ?? 0) & T.ALL_CAPS) ? next : i;
  const work = last + 1;
  return work < words.count && joinedName(words, work) && !((words.shape[work] ?? 0) & T.CAPITALISED) && WORKS.has(lower(text, words, work)) ? last : -1;
}

/** A listed name that is also a word or a place, but no speech verb, month or season ("Said", "May"). */
function listedWord(words: TokenBuffer, i: number): boolean {
  return isListedNameWord(words, i) && !((words.classes[i] ?? 0) & W.SPEECH) && !isMonthOrSeason(words, i);
}

/** "he", "she", "him", "her", "his", "hers", "himself", "herself" by their folded hashes. */
const PERSONAL_PRONOUNS = wordHashes(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/** Whether a personal pronoun comes within twenty words from word `from`. */
function personalPronounAfter(words: TokenBuffer, from: number): boolean {
  const last = Math.min(words.count - 1, from + 20);
  for (let k = from; k <= last; k++) if (hasHash(PERSONAL_PRONOUNS, words.hashA[k] ?? 0)) return true;
  return false;
}

function lengthOf(words: TokenBuffer, i: number): number {
  return (words.end[i] ?? 0) - (words.start[i] ?? 0);
}

/** Word `i` in lower case: asked only of the few words that could be a frame's verb, article or work. */
function lower(text: string, words: TokenBuffer, i: number): string {
  return text.slice(words.start[i] ?? 0, words.end[i] ?? 0).toLowerCase();
}

/** Whether capitalised word `i` stands alone between ", " and "?" or "!", and is no place ("Thank you, London!"). */
function vocative(text: string, words: TokenBuffer, i: number): boolean {
  const start = words.start[i] ?? 0;
  const after = text.charCodeAt(words.end[i] ?? 0);
  return isCapitalisedWord(words.shape[i] ?? 0) && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 44 && (after === 63 || after === 33) && !((words.classes[i] ?? 0) & (W.STOP | W.TITLE | W.PLACE));
}
