// A name found once says where more of it is: the given name and initial before a surname ("Faina D."
// before "Yefremova"), an unknown capitalised word right before a found name ("Mashuu Samurakami"), the
// particles of a surname ("van der Dussen"), an initial and surname after a given name ("Brad L Key"), the
// names it is listed with ("Usamov and Bowers") and the same name again later in the text ("…calls me
// Ján"); a former role before it is not part of it ("ex-Beatle"). Runs after every other person detector,
// over their spans.
import { isUpperCode } from './char-classes.js';
import type { EntitySpan } from './entity-types.js';
import { isCapitalisedWord, isInitial, isUnknownWord, joinedName, looksLikeName } from './name-words.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';
import { hasHash, wordHashes } from './word-hash.js';

/** Classes of words that never join a name by these rules, whatever their neighbours. */
const NEVER = W.STOP | W.TITLE | W.RELATION | W.GREETING | W.SPEECH | W.SLANG | W.PLACE | W.PERSON_VERB;

/** A person-span grower with its own scratch buffers (one per redactor: texts are redacted one at a time). */
export function createPersonSpanGrowth(): (text: string, words: TokenBuffer, spans: EntitySpan[]) => void {
  let covered = new Uint8Array(256);
  const names = { a: new Int32Array(64), b: new Int32Array(64), count: 0 };
  /** Grows the PERSON spans in `spans` over the rest of their names, and adds their listed partners and repeats. */
  return (text, words, spans) => {
    const count = spans.length;
    let persons = 0;
    for (let k = 0; k < count; k++) if (spans[k]?.type === 'PERSON') persons++;
    if (persons === 0) return;
    if (covered.length < words.count) covered = new Uint8Array(words.count * 2);
    markCovered(words, spans, covered);
    names.count = 0;
    for (let k = 0; k < count; k++) {
      const span = spans[k];
      if (span === undefined || span.type !== 'PERSON') continue;
      let first = words.firstWordFrom(span.start);
      const last = words.firstWordFrom(span.end) - 1;
      if (first >= words.count || words.start[first] !== span.start || last < first || words.end[last] !== span.end) continue;
      // "ex-Beatle Paul McCartney", "ex-Zombie Lundberg": the former role is not part of the name.
      const trimmed = first < last && formerRole(text, words, first);
      if (trimmed) covered[first++] = 0;
      const from = trimmed ? first : growLeft(text, words, first, covered);
      const to = growRight(words, last, covered);
      if (words.start[from] !== span.start || to !== last) {
        spans[k] = { type: 'PERSON', start: words.start[from] ?? span.start, end: words.end[to] ?? span.end };
        for (let i = from; i <= to; i++) covered[i] = covered[i] === 1 ? 1 : 2;
      }
      addPartners(text, words, from, to, covered, spans);
      for (let i = from; i <= to && names.count < names.a.length; i++) {
        if (!nameWord(words, i)) continue;
        names.a[names.count] = words.hashA[i] ?? 0;
        names.b[names.count++] = words.hashB[i] ?? 0;
      }
    }
    if (names.count > 0) repeatNames(words, spans, covered, names);
  };
}

/** "ex-Zombie", "ex-Beatle": a lower-case prefix joined by a hyphen to a capitalised word. */
function formerRole(text: string, words: TokenBuffer, i: number): boolean {
  const start = words.start[i] ?? 0;
  return text.startsWith('ex-', start) && isUpperCode(text.charCodeAt(start + 3));
}

/** Marks the words that lie inside any span: 2 inside a person's only, 1 inside another type's (and 0 elsewhere). */
function markCovered(words: TokenBuffer, spans: readonly EntitySpan[], covered: Uint8Array): void {
  covered.fill(0, 0, words.count);
  for (const span of spans) {
    const mark = span.type === 'PERSON' ? 2 : 1;
    for (let i = words.firstWordFrom(span.start); i < words.count && (words.start[i] ?? 0) < span.end; i++) covered[i] = covered[i] === 1 ? 1 : mark;
  }
}

/** A word before an initial that starts the name: one that looks like a name, or a listed given name that is also a word ("Grant P Bradley"). */
function givenBeforeInitial(words: TokenBuffer, i: number): boolean {
  const cls = words.classes[i] ?? 0;
  if (cls & NEVER) return false;
  return looksLikeName(words, i) || (cls & W.GIVEN && isCapitalisedWord(words.shape[i] ?? 0) && !((words.shape[i] ?? 0) & T.ALL_CAPS)) !== 0;
}

// Particles that belong to the surname after them; "la", "le", "el", "al" are as often an article of prose.
const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'ter', 'ten', 'zu', 'bin', 'ibn']);

/** The first of up to two lower-case surname particles right before word `first` ("van der"), or `first`. */
function particlesBefore(text: string, words: TokenBuffer, first: number): number {
  let k = first;
  while (k > 0 && first - k < 2 && joinedName(words, k)) {
    const p = k - 1;
    const length = (words.end[p] ?? 0) - (words.start[p] ?? 0);
    if (length > 5 || !((words.classes[p] ?? 0) & W.PARTICLE) || !SURNAME_PARTICLES.has(text.slice(words.start[p] ?? 0, words.end[p] ?? 0))) break;
    k = p;
  }
  return k;
}

/** The new first word of a name that starts at `first`. */
function growLeft(text: string, words: TokenBuffer, first: number, covered: Uint8Array): number {
  const before = first - 1;
  if (before < 0 || covered[before] !== 0 || (words.shape[first] ?? 0) & T.NEWLINE_BEFORE) return first;
  // "Faina D. Yefremova": the span began at the initial; the name began at the word before it.
  if (isInitial(words, first) && joinedName(words, first) && givenBeforeInitial(words, before)) return before;
  // "van der Dussen", "da Paz": the particles of a surname found without them.
  const particles = particlesBefore(text, words, first);
  if (particles < first && covered[particles] === 0) return particles;
  // "Ravil G Yefimov": a given name and an initial without its full stop.
  if (before > 0 && isInitial(words, before) && joinedName(words, first) && joinedName(words, before) && givenBeforeInitial(words, before - 1) && covered[before - 1] === 0) return before - 1;
  // "Mashuu Samurakami": an unknown capitalised word right before a name is its first part.
  if (!isInitial(words, first) && joinedName(words, first) && !((words.shape[first] ?? 0) & T.DOT_BEFORE) && isUnknownWord(words, before) && !((words.classes[before] ?? 0) & NEVER) && !((words.shape[before] ?? 0) & T.ALL_CAPS)) return before;
  return first;
}

/** The new last word of a name that ends at `last`: "Brad L" + "Key", "Agatha" + "Á Ottarsdóttir". */
function growRight(words: TokenBuffer, last: number, covered: Uint8Array): number {
  // A span that ends with an initial ("Brad L") stopped short of the surname.
  const initial = isInitial(words, last) ? last : last + 1;
  const surname = initial + 1;
  // The surname may have been found on its own ("Agatha" + "Á" + "Ottarsdóttir"): the longer span replaces it.
  if (surname >= words.count || (initial > last && covered[initial] !== 0) || covered[surname] === 1) return last;
  if (!isInitial(words, initial) || !joinedName(words, initial)) return last;
  const shape = words.shape[surname] ?? 0;
  const cls = words.classes[surname] ?? 0;
  if (!(shape & (T.SPACE_BEFORE | T.DOT_BEFORE)) || shape & (T.NEWLINE_BEFORE | T.ALL_CAPS) || !isCapitalisedWord(shape) || cls & NEVER) return last;
  // "A" (and "Á", which folds to it) may be the article: then only a surname or an unknown word follows a name.
  if ((words.classes[initial] ?? 0) & W.STOP && !(cls & W.SURNAME) && !isUnknownWord(words, surname)) return last;
  return surname;
}

/**
 * "Usamov and Bowers", "Muslija and Brown", "founders: Markas Gailys, Lidija Barbić and Stephan Rust": the
 * names a found name is listed with. A partner joined by "and" may be one or two words; one joined by a
 * comma must be two words beside a name of two words or more (a comma alone joins too much else), and no
 * word of it may be anything a list calls other than a name (a surname may also be a dictionary word).
 */
function addPartners(text: string, words: TokenBuffer, from: number, to: number, covered: Uint8Array, spans: EntitySpan[]): void {
  const fullName = to > from;
  // After the name.
  let k = -1;
  let comma = false;
  if (to + 2 < words.count && isAnd(words, to + 1) && joinedName(words, to + 1) && joinedName(words, to + 2)) k = to + 2;
  else if (fullName && to + 2 < words.count && commaBefore(text, words, to + 1)) [k, comma] = [to + 1, true];
  if (k >= 0 && partnerWord(text, words, k, covered)) {
    const two = k + 1 < words.count && joinedName(words, k + 1) && partnerWord(text, words, k + 1, covered);
    if (two || !comma) push(words, k, two ? k + 1 : k, covered, spans);
  }
  // Before it.
  k = -1;
  comma = false;
  if (from >= 2 && isAnd(words, from - 1) && joinedName(words, from) && joinedName(words, from - 1)) k = from - 2;
  else if (fullName && from >= 2 && commaBefore(text, words, from)) [k, comma] = [from - 1, true];
  if (k >= 0 && partnerWord(text, words, k, covered)) {
    const two = k >= 1 && joinedName(words, k) && partnerWord(text, words, k - 1, covered);
    if (two || !comma) {
      // "van der Dussen and Vaněk": the partner keeps the particles of its surname.
      const first = two ? k - 1 : k;
      const particles = particlesBefore(text, words, first);
      push(words, covered[particles] === 0 ? particles : first, k, covered, spans);
    }
  }
}

function push(words: TokenBuffer, first: number, last: number, covered: Uint8Array, spans: EntitySpan[]): void {
  spans.push({ type: 'PERSON', start: words.start[first] ?? 0, end: words.end[last] ?? 0 });
  for (let i = first; i <= last; i++) covered[i] = 2;
}

const AND = wordHashes(['and']);

/** Whether word `i` is "and". */
function isAnd(words: TokenBuffer, i: number): boolean {
  return hasHash(AND, words.hashA[i] ?? 0);
}

/** Whether exactly ", " separates word `i` from the word before it. */
function commaBefore(text: string, words: TokenBuffer, i: number): boolean {
  const gap = words.end[i - 1] ?? 0;
  return words.start[i] === gap + 2 && text.charCodeAt(gap) === 44 && text.charCodeAt(gap + 1) === 32;
}

/** A word that may be part of a listed partner's name; not one before a house number ("Leon and Eyrarodda 66"). */
function partnerWord(text: string, words: TokenBuffer, i: number, covered: Uint8Array): boolean {
  if (i < 0 || i >= words.count || covered[i] !== 0) return false;
  const cls = words.classes[i] ?? 0;
  const shape = words.shape[i] ?? 0;
  if (!isCapitalisedWord(shape) || shape & T.ALL_CAPS || cls & NEVER) return false;
  const next = i + 1;
  if (next < words.count && (words.shape[next] ?? 0) & T.NUMERIC && joinedName(words, next)) return false;
  return isUnknownWord(words, i, text) || ((cls & (W.SURNAME | W.GIVEN)) !== 0 && (cls & W.LONG_LIST_ONLY) === 0);
}

/**
 * "My name is Ján M. Novák but everyone calls me Ján": a capitalised word that is part of a found name is
 * the same person wherever else the text has it. A dictionary word ("Key" of "Brad L Key") counts only
 * inside a sentence, where its capital is no sentence start. Words are compared by their folded hashes.
 */
function repeatNames(words: TokenBuffer, spans: EntitySpan[], covered: Uint8Array, names: { a: Int32Array; b: Int32Array; count: number }): void {
  for (let i = 0; i < words.count; i++) {
    if (covered[i] !== 0 || !nameWord(words, i) || !knownName(words, i, names)) continue;
    if ((words.classes[i] ?? 0) & W.COMMON && (words.shape[i] ?? 0) & T.SENTENCE_START) continue;
    // "São Paulo" after "Paulo Costa": a capitalised word before it makes it part of another name.
    const before = i - 1;
    if (before >= 0 && joinedName(words, i) && (words.shape[before] ?? 0) & T.CAPITALISED && !knownName(words, before, names)) continue;
    spans.push({ type: 'PERSON', start: words.start[i] ?? 0, end: words.end[i] ?? 0 });
    covered[i] = 2;
  }
}

/** Whether word `i` is one of the names found (by its two folded hashes). */
function knownName(words: TokenBuffer, i: number, names: { a: Int32Array; b: Int32Array; count: number }): boolean {
  const a = words.hashA[i] ?? 0;
  const b = words.hashB[i] ?? 0;
  for (let k = 0; k < names.count; k++) if (names.a[k] === a && names.b[k] === b) return true;
  return false;
}

/** A capitalised word of three letters or more that can be part of a name. */
function nameWord(words: TokenBuffer, i: number): boolean {
  const shape = words.shape[i] ?? 0;
  return isCapitalisedWord(shape) && (words.end[i] ?? 0) - (words.start[i] ?? 0) >= 3 && ((words.classes[i] ?? 0) & (NEVER | W.PARTICLE)) === 0;
}
