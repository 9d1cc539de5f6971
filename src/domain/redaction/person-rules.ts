// Names of people who are not in the directory, found by rules over the scanned words: titles ("Dr. X"),
// relations and greetings ("my mentor X", "Thanks X", "with sam"), given names from the shipped lists
// followed by surname-like words, initials ("J. Smith"), prefixed surnames ("O'Brien", "al-Mallohi"),
// mentions that run into a surname ("@Anna Schmidt"), and a known given name before a known surname in any case.
import type { EntitySpan } from './entity-types.js';
import { nameInFrameEnd } from './person-frames.js';
import { hasForeignLetter, isCapitalisedWord, isInitial, isListedNameWord, isMonthOrSeason, isUnknownWord, joinedName, looksLikeName, NOT_UNKNOWN } from './name-words.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';
import { hasHash, wordHashes } from './word-hash.js';

/** Options of the rule-based person detector. */
export interface PersonRuleOptions {
  /** Also take lower-case given names that are not dictionary words ("emma said"), common in social posts. */
  readonly lowercaseNames: boolean;
  /** Take a capitalised known surname standing alone in mid-sentence. */
  readonly loneSurnames: boolean;
}

const MAX_NAME_WORDS = 4;

/**
 * Jobs named before a person's name. Kept out of the word table's RELATION class: the name tagger reads that
 * class, and its shipped weights were trained without these words.
 */
const ROLE_NOUNS = wordHashes('producer songwriter singer writer novelist poet composer actor actress journalist reporter editor photographer commenter columnist'.split(' '));

/** Share of words with a capital letter above which a text is written in title case (a headline, a song title). */
const HEADLINE_SHARE = 0.6;

/** Appends PERSON spans found by the rules over the scanned words of `text`. */
export function findPersonsByRules(text: string, words: TokenBuffer, options: PersonRuleOptions, out: EntitySpan[]): void {
  const count = words.count;
  // "Why Your Homepage May Matter Less Than You Think": in a text written in title case a capital is no
  // evidence, so the rules that rest on capitalised words nobody lists (the last ones below) stay silent.
  const headline = count >= 5 && words.casedWords >= HEADLINE_SHARE * count;
  for (let i = 0; i < count; i++) {
    const cls = words.classes[i] ?? 0;
    const shape = words.shape[i] ?? 0;
    const next = i + 1;
    // "@Anna Schmidt": a mention of a given name followed by a surname-like word names the person in full.
    if (shape & T.MENTION && isCapitalisedGiven(cls, shape & ~T.TAGGED) && next < count && joinedName(words, next) && continuesName(words, next)) {
      const end = extendName(words, next);
      out.push({ type: 'PERSON', start: (words.start[i] ?? 1) - 1, end: words.end[end] ?? 0 });
      i = end;
      continue;
    }
    if (shape & (T.NUMERIC | T.TAGGED | T.GLUED)) continue;
    // A job noun before a name works as a relation does ("Producer Thales da Rocha", "commenter Slobodan Lah").
    const cue = cls & (W.TITLE | W.RELATION | W.GREETING | W.WEAK_CUE) ? cls : (words.shape[next] ?? 0) & T.CAPITALISED && hasHash(ROLE_NOUNS, words.hashA[i] ?? 0) ? W.RELATION : 0;
    if (next < count && cue !== 0 && !(shape & T.POSSESSIVE)) {
      const nextShape = words.shape[next] ?? 0;
      const joined = (nextShape & T.SPACE_BEFORE) !== 0 || (cue & W.TITLE && nextShape & T.DOT_BEFORE);
      if (joined && !(nextShape & T.NEWLINE_BEFORE) && startsAfterCue(words, next, cue, options)) {
        const end = extendName(words, next);
        push(words, next, end, out);
        i = end;
        continue;
      }
    }
    // "My name is Patricia Jeknić", "last name? Krylova", "everyone calls me Lauren".
    if (cls & W.NAME_CUE && next < count) {
      // "name", "surname", "nickname" vouch for a word the long US lists call a name ("last name? Knight");
      // "call" does not ("call it Friday").
      const target = nameAfterCue(words, next, (text.charCodeAt(words.start[i] ?? 0) | 32) !== 99);
      if (target > 0) {
        const end = extendName(words, target);
        push(words, target, end, out);
        i = end;
        continue;
      }
    }
    // "Best regards,\nAna Silva": the line after a closing is a signature.
    if (cls & W.SIGN_OFF && next < count && (words.shape[next] ?? 0) & T.NEWLINE_BEFORE && signsName(words, next)) {
      const end = extendName(words, next);
      push(words, next, end, out);
      i = end;
      continue;
    }
    const initialsEnd = initialsThenSurname(words, i);
    if (initialsEnd > i) {
      push(words, i, initialsEnd, out);
      i = initialsEnd;
      continue;
    }
    if (startsWithGivenName(words, i, options)) {
      const end = extendName(words, i);
      if (end > i || (standsAlone(words, i) && !afterPlacePreposition(words, i))) {
        push(words, i, end, out);
        i = end;
      }
      continue;
    }
    // "says Eklund", "Duqyaha shouted": a speech verb vouches for an unknown capitalised word beside it, and
    // for a listed name that is also a dictionary word or a place ("said Maria to Anna").
    if (cls & W.SPEECH && next < count && joinedName(words, next) && (isUnknownCapitalised(words, next) || isListedNameWord(words, next))) {
      const end = isUnknownCapitalised(words, next) ? next : extendName(words, next);
      push(words, next, end, out);
      i = end;
      continue;
    }
    if (next < count && isUnknownCapitalised(words, i) && joinedName(words, next) && (words.classes[next] ?? 0) & W.SPEECH && !(shape & T.ALL_CAPS)) {
      push(words, i, i, out);
      continue;
    }
    // "Morishita began writing", "Beaufort is very reliable", "Frank had given…": a name from the lists before
    // a verb people do, even first in a sentence, where a capitalised word is otherwise no evidence.
    if (next < count && listedName(words, i) && joinedName(words, next) && (words.classes[next] ?? 0) & W.PERSON_VERB && !afterCapitalised(words, i)) {
      push(words, i, i, out);
      continue;
    }
    // "Jakobine, can I please speak to your boss?": a sentence that opens by addressing someone.
    if (next < count && shape & T.SENTENCE_START && text.charCodeAt(words.end[i] ?? 0) === 44 && addressedName(words, i) && (words.classes[next] ?? 0) & (W.PERSON_VERB | W.STOP | W.GREETING) && !((words.shape[next] ?? 0) & T.NEWLINE_BEFORE)) {
      push(words, i, i, out);
      continue;
    }
    // "Trivo lives on…", "the Dratchev novel", "Remember me, Randy?", "shouted at Mark" (person-frames.ts):
    // asked only of an unknown capitalised word, or of a given name after ", " or two words after a speech verb.
    const givenInFrame = cls & W.GIVEN && (text.charCodeAt((words.start[i] ?? 0) - 2) === 44 || (i >= 2 && (words.classes[i - 2] ?? 0) & W.SPEECH));
    if (shape & T.CAPITALISED && (givenInFrame || (cls & NOT_UNKNOWN) === 0 || cls & (W.GIVEN | W.SURNAME))) {
      const end = nameInFrameEnd(text, words, i);
      if (end >= i) {
        push(words, i, end, out);
        i = end;
        continue;
      }
    }
    // A capitalised surname alone in mid-sentence ("starring Sandberg", "Kimmel was great").
    if (cls & W.SURNAME && !(cls & (W.COMMON | W.PLACE | W.STOP | W.LONG_LIST_ONLY)) && isCapitalisedWord(shape) && !(shape & (T.SENTENCE_START | T.ALL_CAPS)) && options.loneSurnames) {
      push(words, i, i, out);
      continue;
    }
    // 'Koppány: "Who are you?"': a capitalised word that opens a line, then a colon and a quotation, is the speaker.
    if (speakerLabel(text, words, i)) {
      push(words, i, i, out);
      continue;
    }
    if (headline) continue;
    // "Frissora Mcintyre", "Mürit Öcalan", "but Jędrzej just…": capitalised words no list knows.
    if (next < count && isUnknownCapitalised(words, i) && !(shape & T.SENTENCE_START) && joinedName(words, next)) {
      const nextCls = words.classes[next] ?? 0;
      if (nextCls & W.SURNAME && isCapitalisedWord(words.shape[next] ?? 0) && !(nextCls & (W.STOP | W.TITLE | W.RELATION | W.GREETING))) {
        push(words, i, next, out);
        i = next;
        continue;
      }
    }
    const foreignEnd = foreignNameEnd(text, words, i);
    if (foreignEnd > i) {
      push(words, i, foreignEnd, out);
      i = foreignEnd;
      continue;
    }
    if (loneForeignName(text, words, i)) push(words, i, i, out);
  }
}

/**
 * "but Jędrzej just has to…", "leave me Şafii, four hungry children": one capitalised word no list knows, with
 * a letter English does not use, alone inside an English sentence (no capitalised word beside it, not after
 * "in" or "from", where it would be a town).
 */
function loneForeignName(text: string, words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  if (shape & (T.SENTENCE_START | T.ALL_CAPS | T.NEWLINE_BEFORE) || !isUnknownWord(words, i) || !hasForeignLetter(text, words.start[i] ?? 0, words.end[i] ?? 0)) return false;
  const capitalised = (k: number) => k >= 0 && k < words.count && ((words.shape[k] ?? 0) & T.CAPITALISED) !== 0;
  if (capitalised(i - 1) || (capitalised(i + 1) && joinedName(words, i + 1)) || afterPlacePreposition(words, i)) return false;
  // "University of Jönköping", "513 Petőfi sándor utca": a town after a name and "of", a street after a
  // house number; "the true gender of Ignė" stays a person.
  return i === 0 || !((words.shape[i - 1] ?? 0) & T.NUMERIC || (hasHash(OF, words.hashA[i - 1] ?? 0) && capitalised(i - 2)));
}

const OF = wordHashes(['of']);

/** Whether a capitalised word is one no list knows as a word: unknown, or a listed name that is no dictionary word. */
function unlistedOrName(words: TokenBuffer, i: number): boolean {
  return isUnknownCapitalised(words, i) && ((words.classes[i] ?? 0) & W.STOP) === 0;
}

/**
 * "Mürit Öcalan", "Artūras Armandas Kazlauskas", "Solvej Christoffersen": two or three capitalised words no
 * list knows as words, one of them with a letter English does not use or the last ending like a surname.
 * In English prose such a run is a name from a language whose names the lists lack far more often than a
 * place or a product (the places the lists know are excluded). The run's last word; -1 when there is none.
 */
function foreignNameEnd(text: string, words: TokenBuffer, i: number): number {
  // First in a sentence capitals prove nothing, and after "in", "from" the run is more likely a town.
  if (i + 1 >= words.count || (words.shape[i] ?? 0) & T.SENTENCE_START || afterPlacePreposition(words, i) || !unlistedOrName(words, i) || !joinedName(words, i + 1) || !unlistedOrName(words, i + 1)) return -1;
  const end = i + 2 < words.count && joinedName(words, i + 2) && unlistedOrName(words, i + 2) ? i + 2 : i + 1;
  for (let k = i; k <= end; k++) if (hasForeignLetter(text, words.start[k] ?? 0, words.end[k] ?? 0)) return end;
  return SURNAME_ENDING.test(text.slice(words.start[end] ?? 0, words.end[end] ?? 0)) ? end : -1;
}

// Endings of surnames across Europe and beyond, long enough not to end everyday words: "Christoffersen",
// "Kalvelis", "Petrović", "Kowalska", "Popescu", "Shevchenko", "Hakobyan", "Beridze", "Gailius", "Antikainen".
const SURNAME_ENDING = /(?:sen|son|ić|vić|ov|ova|ev|eva|ski|ska|sky|ckiy|escu|enko|chuk|yan|dze|shvili|oglu|oğlu|aitis|ienė|aitė|auskas|avičius|elis|ulis|inis|ius|nen|gaard|strom|ström|quist)$/u;


function push(words: TokenBuffer, from: number, to: number, out: EntitySpan[]): void {
  out.push({ type: 'PERSON', start: words.start[from] ?? 0, end: words.end[to] ?? 0 });
}

/**
 * A capitalised given name or surname of the lists that is no dictionary word or place ("Morishita",
 * "Beaufort"), or a frequent given name even if it is also a word ("Frank", "Will").
 */
function listedName(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (!isCapitalisedWord(shape) || shape & T.ALL_CAPS || (words.end[i] ?? 0) - (words.start[i] ?? 0) < 3) return false;
  if ((cls & (W.FREQUENT_GIVEN | W.PLACE | W.STOP | W.SLANG)) === W.FREQUENT_GIVEN) return !isMonthOrSeason(words, i);
  return (cls & (W.GIVEN | W.SURNAME)) !== 0 && (cls & NOT_UNKNOWN) === 0;
}

/** A word that may be someone addressed at the start of a sentence: a listed name, or an unknown capitalised word. */
function addressedName(words: TokenBuffer, i: number): boolean {
  return listedName(words, i) || (isUnknownWord(words, i) && ((words.classes[i] ?? 0) & (W.SPEECH | W.PERSON_VERB)) === 0);
}

/** Whether word `i` continues a capitalised word before it ("Goldman Sachs has"): an organisation as likely as a person. */
function afterCapitalised(words: TokenBuffer, i: number): boolean {
  return i > 0 && joinedName(words, i) && ((words.shape[i - 1] ?? 0) & T.CAPITALISED) !== 0 && ((words.classes[i - 1] ?? 0) & W.STOP) === 0;
}

/** A name only the long US lists know, and not a frequent given name: it needs a second word. */
function weakName(cls: number): boolean {
  return (cls & (W.LONG_LIST_ONLY | W.FREQUENT_GIVEN)) === W.LONG_LIST_ONLY;
}

/** A capitalised word that no list knows: a possible surname or foreign given name. */
function isUnknownCapitalised(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  return isCapitalisedWord(shape) && !(shape & T.ALL_CAPS) && (cls & (W.COMMON | W.PLACE | W.TITLE | W.RELATION | W.GREETING)) === 0 && (words.end[i] ?? 0) - (words.start[i] ?? 0) > 1;
}

/**
 * The word a name cue points at — right after it, after ":" or "?", or after one function word ("is", "me")
 * — when it looks like a name; 0 when there is none.
 */
function nameAfterCue(words: TokenBuffer, next: number, naming: boolean): number {
  const shape = words.shape[next] ?? 0;
  if (shape & T.NEWLINE_BEFORE) return 0;
  if ((words.classes[next] ?? 0) & W.STOP && shape & T.SPACE_BEFORE) {
    const after = next + 1;
    return after < words.count && joinedName(words, after) && namedAfterCue(words, after, naming) ? after : 0;
  }
  return namedAfterCue(words, next, naming) ? next : 0;
}

/**
 * After "my name is", "last name?", "calls me", a listed given name or surname counts even when it is also
 * a word ("Will", "Dawn"); after a word for a name (`naming`), one only the long US lists know too ("Knight").
 */
function namedAfterCue(words: TokenBuffer, i: number, naming: boolean): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  const listed = W.GIVEN | W.SURNAME | (naming ? W.LONG_LIST_WORD : 0);
  // A place counts when it is also a given name ("everyone calls me Madison").
  const notName = W.STOP | W.TITLE | (cls & W.GIVEN ? 0 : W.PLACE);
  return looksLikeName(words, i) || (isCapitalisedWord(shape) && !(shape & T.ALL_CAPS) && (cls & listed) !== 0 && (cls & notName) === 0);
}

/** A signature line: a given name, or an unknown capitalised word, first on its line. */
function signsName(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  if (isCapitalisedGiven(cls, words.shape[i] ?? 0)) return true;
  const twoWords = i + 1 < words.count && joinedName(words, i + 1) && continuesName(words, i + 1);
  return twoWords && isCapitalisedWord(words.shape[i] ?? 0) && ((cls & W.GIVEN) !== 0 || isUnknownWord(words, i));
}

/** A capitalised given name that is not also a dictionary word or place. */
function isCapitalisedGiven(cls: number, shape: number): boolean {
  return (cls & W.GIVEN) !== 0 && (cls & (W.COMMON | W.PLACE | W.STOP | W.SLANG)) === 0 && isCapitalisedWord(shape) && !(shape & T.ALL_CAPS);
}

/** A lower-case frequent given name that is not a dictionary word: "sam", "jessica". */
function isLowerCaseFrequentName(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (shape & (T.NUMERIC | T.TAGGED | T.GLUED | T.CONTRACTION) || (words.end[i] ?? 0) - (words.start[i] ?? 0) < 3) return false;
  return (cls & W.FREQUENT_GIVEN) !== 0 && (cls & (W.COMMON | W.PLACE | W.STOP | W.SLANG)) === 0;
}

/**
 * "J. Smith", "A. B. Jones", "J Smith": initials before a surname; the last word of the name, or `i` when
 * there is none. Without a full stop the letter must not be a word ("I", "A") and the surname must be known.
 */
function initialsThenSurname(words: TokenBuffer, i: number): number {
  // "63 N. Stadion", "5 W. Elm": after a house number the letter is a compass point.
  if (i > 0 && (words.shape[i - 1] ?? 0) & T.NUMERIC) return i;
  let k = i;
  let dotted = false;
  while (k < words.count && isInitial(words, k) && k - i < 3) {
    const n = k + 1;
    if (n >= words.count || (words.shape[n] ?? 0) & T.NEWLINE_BEFORE) return i;
    const dot = ((words.shape[n] ?? 0) & T.DOT_BEFORE) !== 0;
    if (!dot && (!joinedName(words, n) || (words.classes[k] ?? 0) & W.STOP)) return i;
    dotted ||= dot;
    k = n;
  }
  if (k === i) return i;
  const cls = words.classes[k] ?? 0;
  const shape = words.shape[k] ?? 0;
  if (shape & T.NAME_SHAPED) return k;
  if (!isCapitalisedWord(shape) || shape & T.ALL_CAPS || cls & (W.STOP | W.TITLE | W.RELATION | W.GREETING | W.SPEECH | W.PLACE)) return i;
  if (cls & W.SURNAME && !(cls & W.LONG_LIST_ONLY)) return k;
  return dotted && (cls & (W.SURNAME | W.LONG_LIST_WORD) || isUnknownWord(words, k)) ? k : i;
}

/** A capitalised word that can be part of a name once a name has started. */
function continuesName(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (shape & T.NAME_SHAPED && !(shape & (T.TAGGED | T.GLUED))) return true;
  if (!isCapitalisedWord(shape) || cls & (W.STOP | W.TITLE | W.RELATION | W.GREETING | W.SPEECH)) return false;
  if (shape & T.ALL_CAPS && !(cls & (W.GIVEN | W.SURNAME))) return false;
  if ((cls & (W.COMMON | W.PLACE)) === 0 || (cls & (W.SURNAME | W.GIVEN)) !== 0) return true;
  // "Larry Bird", but not "Whittaker Street": a street type the curated lists do not call a surname ends the name.
  return (cls & W.LONG_LIST_WORD) !== 0 && (cls & W.STREET_TYPE) === 0;
}

function startsAfterCue(words: TokenBuffer, i: number, cue: number, options: PersonRuleOptions): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (cls & (W.STOP | W.TITLE | W.RELATION | W.GREETING | W.SLANG)) return false;
  // "thanks sam", "lunch with tom": a frequent given name after a cue is a name even in lower case.
  if (shape & T.NAME_SHAPED) return true;
  if (!(shape & T.CAPITALISED) && !(cue & W.TITLE)) return options.lowercaseNames && isLowerCaseFrequentName(words, i);
  if (!isCapitalisedWord(shape)) return false;
  if (cue & W.TITLE) return true;
  const known = (cls & (W.GIVEN | W.SURNAME)) !== 0;
  if (cue & (W.RELATION | W.GREETING)) {
    if (shape & T.ALL_CAPS) return known;
    return known || (cls & (W.COMMON | W.PLACE)) === 0;
  }
  // Weak cues ("with", "met") only vouch for a word the surname list knows, and not for a shouted one.
  return (cls & W.SURNAME) !== 0 && (cls & W.COMMON) === 0 && (shape & T.ALL_CAPS) === 0;
}

function startsWithGivenName(words: TokenBuffer, i: number, options: PersonRuleOptions): boolean {
  const cls = words.classes[i] ?? 0;
  const glued = ((words.shape[i] ?? 0) & (T.TAGGED | T.GLUED | T.INNER_CAPS)) !== 0;
  if (cls & W.FAMOUS && !glued) return (words.shape[i] ?? 0) & T.CAPITALISED ? true : options.lowercaseNames;
  if (!(cls & W.GIVEN) || cls & (W.STOP | W.SLANG | W.TITLE)) return false;
  const shape = words.shape[i] ?? 0;
  if (shape & (T.INNER_CAPS | T.TAGGED | T.NUMERIC | T.GLUED | T.CONTRACTION)) return false;
  // Shouted words ("IBAN", "NINO") and dictionary words ("Will", "Grace", "Paris") need a surname after them.
  const ambiguous = (cls & (W.COMMON | W.PLACE)) !== 0 || (shape & T.ALL_CAPS) !== 0;
  if (shape & T.CAPITALISED) {
    if (!ambiguous || shoutedFrequentName(words, i)) return true;
    const next = i + 1;
    if (next >= words.count || !joinedName(words, next) || !continuesName(words, next)) return false;
    const nextCls = words.classes[next] ?? 0;
    if ((nextCls & W.SURNAME) !== 0) return true;
    if ((nextCls & W.GIVEN) !== 0 && (nextCls & W.COMMON) === 0) return true;
    // "Mark Frissora": a given name that is also a word before a word no list knows; not shouted ("MENA
    // FOREX") and not at a sentence start, where any capitalised word may begin ("Will Tesla …").
    return (cls & (W.PLACE | W.LONG_LIST_ONLY)) === 0 && !(shape & (T.SENTENCE_START | T.ALL_CAPS)) && isUnknownWord(words, next);
  }
  if (!options.lowercaseNames || ambiguous || weakName(cls)) return false;
  // Three-letter names in lower case ("sam", "tom") only when frequent; longer ones from any list.
  return (words.end[i] ?? 0) - (words.start[i] ?? 0) >= 4 || isLowerCaseFrequentName(words, i);
}

/**
 * "GOOD LUCK MEETING JAKE TOMORROW": in a shouted passage (a word beside it in capitals too) a frequent given
 * name that is no dictionary word or place is a name, where alone in capitals it could be an acronym.
 */
function shoutedFrequentName(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  if (!((words.shape[i] ?? 0) & T.ALL_CAPS) || (cls & (W.FREQUENT_GIVEN | W.COMMON | W.PLACE)) !== W.FREQUENT_GIVEN || (words.end[i] ?? 0) - (words.start[i] ?? 0) < 3) return false;
  const shouted = (k: number) => k >= 0 && k < words.count && ((words.shape[k] ?? 0) & T.ALL_CAPS) !== 0;
  return shouted(i - 1) || shouted(i + 1);
}

/** "in Kiel", "from Sydney": a lone name-like word after a preposition of place is more likely a place. */
function afterPlacePreposition(words: TokenBuffer, i: number): boolean {
  return i > 0 && ((words.classes[i - 1] ?? 0) & W.PLACE_PREPOSITION) !== 0 && ((words.shape[i] ?? 0) & T.SPACE_BEFORE) !== 0;
}

/** A single capitalised given name counts; a single lower-case one only when the list knows it well. */
function standsAlone(words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  const cls = words.classes[i] ?? 0;
  if (cls & W.FAMOUS) return true;
  if (weakName(cls)) return false;
  if (shape & T.CAPITALISED) return true;
  return ((words.classes[i] ?? 0) & (W.SURNAME | W.COMMON)) === 0 || (words.end[i] ?? 0) - (words.start[i] ?? 0) >= 4 || isLowerCaseFrequentName(words, i);
}

/** The last word of the name that starts at `i`: surname-like words, particles and initials that follow. */
function extendName(words: TokenBuffer, i: number): number {
  let k = i;
  while (k + 1 < words.count && k - i + 1 < MAX_NAME_WORDS) {
    const n = k + 1;
    if (!joinedName(words, n)) break;
    const cls = words.classes[n] ?? 0;
    const shape = words.shape[n] ?? 0;
    const surname = afterParticles(words, n);
    if (surname > 0) {
      k = surname;
      continue;
    }
    if (!(shape & T.CAPITALISED)) {
      // "hillary clinton", "donald trump": a lower-case word continues a lower-case name when it is not a
      // dictionary word, a capitalised one only when it is a known surname, and any name when famous.
      const startsLower = ((words.shape[i] ?? 0) & T.CAPITALISED) === 0;
      const plain = !(cls & (W.COMMON | W.STOP | W.SLANG | W.SPEECH)) && (startsLower || (cls & (W.SURNAME | W.LONG_LIST_ONLY)) === W.SURNAME);
      if ((plain || cls & W.FAMOUS) && !(shape & (T.NUMERIC | T.GLUED)) && (words.end[n] ?? 0) - (words.start[n] ?? 0) >= 3) {
        k = n;
        continue;
      }
      break;
    }
    if (cls & W.NAME_SUFFIX && k > i && (shape & T.CAPITALISED) !== 0) {
      k = n;
      break;
    }
    if (isInitial(words, n) && n + 1 < words.count && (words.shape[n + 1] ?? 0) & T.DOT_BEFORE) {
      // "Brad L. Key", "Arie E. van den Brink".
      const last = continuesName(words, n + 1) ? n + 1 : afterParticles(words, n + 1);
      if (last > 0) {
        k = last;
        continue;
      }
    }
    if (continuesName(words, n)) {
      k = n;
      continue;
    }
    break;
  }
  return k;
}

/** A capitalised name-like word at the start of a line, followed by ":" and a quotation mark: a line of dialogue. */
function speakerLabel(text: string, words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  if (!(i === 0 || shape & T.NEWLINE_BEFORE) || !looksLikeName(words, i)) return false;
  const end = words.end[i] ?? 0;
  if (text.charCodeAt(end) !== 58) return false;
  const quote = text.charCodeAt(text.charCodeAt(end + 1) === 32 ? end + 2 : end + 1);
  return quote === 34 || quote === 0x201c;
}

/** The surname after one or two lower-case particles starting at word `p` ("van Laar", "van der Berg"), or -1. */
function afterParticles(words: TokenBuffer, p: number): number {
  for (let q = p; q < p + 2 && q + 1 < words.count; q++) {
    if (!((words.classes[q] ?? 0) & W.PARTICLE) || (words.shape[q] ?? 0) & T.CAPITALISED || !joinedName(words, q + 1)) return -1;
    if (continuesName(words, q + 1)) return q + 1;
  }
  return -1;
}
