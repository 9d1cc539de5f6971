// Names of people who are not in the directory, found by rules over the scanned words: titles ("Dr. X"),
// relations and greetings ("my mentor X", "Thanks X"), given names from the shipped list followed by
// surname-like words, and a known given name before a known surname in any case.
import type { EntitySpan } from './entity-types.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';

/** Options of the rule-based person detector. */
export interface PersonRuleOptions {
  /** Also take lower-case given names that are not dictionary words ("emma said"), common in social posts. */
  readonly lowercaseNames: boolean;
  /** Take a capitalised known surname standing alone in mid-sentence. */
  readonly loneSurnames: boolean;
}

const MAX_NAME_WORDS = 4;

/** Appends PERSON spans found by the rules. */
export function findPersonsByRules(words: TokenBuffer, options: PersonRuleOptions, out: EntitySpan[]): void {
  const count = words.count;
  for (let i = 0; i < count; i++) {
    const cls = words.classes[i] ?? 0;
    const shape = words.shape[i] ?? 0;
    if (shape & (T.NUMERIC | T.TAGGED | T.GLUED)) continue;
    const next = i + 1;
    if (next < count && cls & (W.TITLE | W.RELATION | W.GREETING | W.WEAK_CUE) && !(shape & T.POSSESSIVE)) {
      const nextShape = words.shape[next] ?? 0;
      const joined = (nextShape & T.SPACE_BEFORE) !== 0 || (cls & W.TITLE && nextShape & T.DOT_BEFORE);
      if (joined && !(nextShape & T.NEWLINE_BEFORE) && startsAfterCue(words, next, cls)) {
        const end = extendName(words, next);
        push(words, next, end, out);
        i = end;
        continue;
      }
    }
    if (startsWithGivenName(words, i, options)) {
      const end = extendName(words, i);
      if (end > i || (standsAlone(words, i) && !afterPlacePreposition(words, i))) {
        push(words, i, end, out);
        i = end;
      }
      continue;
    }
    // "says Eklund", "Duqyaha shouted": a speech verb vouches for an unknown capitalised word beside it.
    if (cls & W.SPEECH && next < count && joinedName(words, next) && isUnknownCapitalised(words, next)) {
      push(words, next, next, out);
      i = next;
      continue;
    }
    if (next < count && isUnknownCapitalised(words, i) && joinedName(words, next) && (words.classes[next] ?? 0) & W.SPEECH && !(shape & T.ALL_CAPS)) {
      push(words, i, i, out);
      continue;
    }
    // A capitalised surname alone in mid-sentence ("starring Sandberg", "Kimmel was great").
    if (cls & W.SURNAME && !(cls & (W.COMMON | W.PLACE | W.STOP)) && isCapitalisedWord(shape) && !(shape & (T.SENTENCE_START | T.ALL_CAPS)) && options.loneSurnames) {
      push(words, i, i, out);
      continue;
    }
    if (next < count && isUnknownCapitalised(words, i) && !(shape & T.SENTENCE_START) && joinedName(words, next)) {
      const nextCls = words.classes[next] ?? 0;
      if (nextCls & W.SURNAME && isCapitalisedWord(words.shape[next] ?? 0) && !(nextCls & (W.STOP | W.TITLE | W.RELATION | W.GREETING))) {
        push(words, i, next, out);
        i = next;
      }
    }
  }
}

function push(words: TokenBuffer, from: number, to: number, out: EntitySpan[]): void {
  out.push({ type: 'PERSON', start: words.start[from] ?? 0, end: words.end[to] ?? 0 });
}

function isCapitalisedWord(shape: number): boolean {
  return (shape & T.CAPITALISED) !== 0 && (shape & (T.INNER_CAPS | T.NUMERIC | T.TAGGED | T.GLUED)) === 0;
}

/** A capitalised word that no list knows: a possible surname or foreign given name. */
function isUnknownCapitalised(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  return isCapitalisedWord(shape) && !(shape & T.ALL_CAPS) && (cls & (W.COMMON | W.PLACE | W.TITLE | W.RELATION | W.GREETING)) === 0 && (words.end[i] ?? 0) - (words.start[i] ?? 0) > 1;
}

/** Whether word `i` follows the previous word with only spaces on the same line, and can continue a name. */
function joinedName(words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  return (shape & T.SPACE_BEFORE) !== 0 && (shape & T.NEWLINE_BEFORE) === 0 && ((words.shape[i - 1] ?? 0) & T.POSSESSIVE) === 0;
}

/** A capitalised word that can be part of a name once a name has started. */
function continuesName(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (!isCapitalisedWord(shape) || cls & (W.STOP | W.TITLE | W.RELATION | W.GREETING | W.SPEECH)) return false;
  if (shape & T.ALL_CAPS && !(cls & (W.GIVEN | W.SURNAME))) return false;
  return (cls & (W.COMMON | W.PLACE)) === 0 || (cls & (W.SURNAME | W.GIVEN)) !== 0;
}

function startsAfterCue(words: TokenBuffer, i: number, cue: number): boolean {
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (!isCapitalisedWord(shape) || cls & (W.STOP | W.TITLE | W.RELATION | W.GREETING | W.SLANG)) return false;
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
  if (shape & (T.INNER_CAPS | T.TAGGED | T.NUMERIC | T.GLUED)) return false;
  // Shouted words ("IBAN", "NINO") and dictionary words ("Will", "Grace", "Paris") need a surname after them.
  const ambiguous = (cls & (W.COMMON | W.PLACE)) !== 0 || (shape & T.ALL_CAPS) !== 0;
  if (shape & T.CAPITALISED) {
    if (!ambiguous) return true;
    const next = i + 1;
    if (next >= words.count || !joinedName(words, next) || !continuesName(words, next)) return false;
    const nextCls = words.classes[next] ?? 0;
    if ((nextCls & W.SURNAME) !== 0) return true;
    return (nextCls & W.GIVEN) !== 0 && (nextCls & W.COMMON) === 0;
  }
  if (!options.lowercaseNames || ambiguous) return false;
  return (words.end[i] ?? 0) - (words.start[i] ?? 0) >= 4;
}

/** "in Kiel", "from Sydney": a lone name-like word after a preposition of place is more likely a place. */
function afterPlacePreposition(words: TokenBuffer, i: number): boolean {
  return i > 0 && ((words.classes[i - 1] ?? 0) & W.PLACE_PREPOSITION) !== 0 && ((words.shape[i] ?? 0) & T.SPACE_BEFORE) !== 0;
}

/** A single capitalised given name counts; a single lower-case one only when the list knows it well. */
function standsAlone(words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  if (shape & T.CAPITALISED || (words.classes[i] ?? 0) & W.FAMOUS) return true;
  return ((words.classes[i] ?? 0) & (W.SURNAME | W.COMMON)) === 0 || (words.end[i] ?? 0) - (words.start[i] ?? 0) >= 4;
}

/** The last word of the name that starts at `i`: surname-like words, particles and initials that follow. */
function extendName(words: TokenBuffer, i: number): number {
  let k = i;
  while (k + 1 < words.count && k - i + 1 < MAX_NAME_WORDS) {
    const n = k + 1;
    if (!joinedName(words, n)) break;
    const cls = words.classes[n] ?? 0;
    const shape = words.shape[n] ?? 0;
    if (cls & W.PARTICLE && !(shape & T.CAPITALISED) && n + 1 < words.count && joinedName(words, n + 1) && continuesName(words, n + 1)) {
      k = n + 1;
      continue;
    }
    if (!(shape & T.CAPITALISED)) {
      // "hillary clinton", "donald trump": a lower-case word continues a lower-case name when it is not a
      // dictionary word, a capitalised one only when it is a known surname, and any name when famous.
      const startsLower = ((words.shape[i] ?? 0) & T.CAPITALISED) === 0;
      const plain = !(cls & (W.COMMON | W.STOP | W.SLANG | W.SPEECH)) && (startsLower || (cls & W.SURNAME) !== 0);
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
    if (isInitial(words, n) && n + 1 < words.count && (words.shape[n + 1] ?? 0) & T.DOT_BEFORE && continuesName(words, n + 1)) {
      k = n + 1;
      continue;
    }
    if (continuesName(words, n)) {
      k = n;
      continue;
    }
    if (cls & W.PARTICLE && !(shape & T.CAPITALISED) && n + 1 < words.count && joinedName(words, n + 1) && continuesName(words, n + 1)) {
      k = n + 1;
      continue;
    }
    break;
  }
  return k;
}

function isInitial(words: TokenBuffer, i: number): boolean {
  return (words.end[i] ?? 0) - (words.start[i] ?? 0) === 1 && ((words.shape[i] ?? 0) & T.CAPITALISED) !== 0;
}
