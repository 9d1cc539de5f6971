// The directory of known people (members and the suppression list) as hashed word sequences in one
// WordTable, matched in a single pass over a text's words however many people there are.
import type { KnownPerson } from './redactor.js';
import { T, TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';
import type { WordTable } from './word-table.js';
import type { EntitySpan } from './entity-types.js';

/** Upper bound of table entries the people will add, to size the table before inserting. */
export function expectedNameEntries(people: readonly KnownPerson[]): number {
  let n = 0;
  for (const p of people) n += 4 + (p.handles?.length ?? 0);
  return n;
}

/** Adds every person's full name, first + last name and handles to the table. */
export function addKnownPeople(table: WordTable, people: readonly KnownPerson[]): void {
  const words = new TokenBuffer();
  for (const person of people) {
    words.scan(person.name, table);
    addVariant(table, words, person.name, range(0, words.count));
    if (words.count >= 3) addVariant(table, words, person.name, [0, words.count - 1]);
    for (const handle of person.handles ?? []) {
      const bare = handle.replace(/^@/, '');
      words.scan(bare, table);
      if (words.count === 1 && (words.end[0] ?? 0) - (words.start[0] ?? 0) === bare.length) {
        table.add({ a: words.hashA[0] ?? 0, b: words.hashB[0] ?? 0 }, W.MEMBER_NAME | W.MEMBER_SINGLE | W.MEMBER_HANDLE);
      }
    }
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function addVariant(table: WordTable, words: TokenBuffer, text: string, picks: readonly number[]): void {
  const first = picks[0];
  if (first === undefined || (words.shape[first] ?? 0) & T.NUMERIC) return;
  const state = { a: words.hashA[first] ?? 0, b: words.hashB[first] ?? 0 };
  if (picks.length === 1) {
    table.add(state, W.MEMBER_NAME | W.MEMBER_SINGLE);
    return;
  }
  let allCommon = ((words.classes[first] ?? 0) & W.COMMON) !== 0;
  for (let k = 1; k < picks.length; k++) {
    table.add(state, W.MEMBER_PREFIX);
    const word = picks[k] ?? 0;
    words.extend(text, state, word);
    allCommon &&= ((words.classes[word] ?? 0) & W.COMMON) !== 0;
  }
  table.add(state, W.MEMBER_NAME | (allCommon ? W.MEMBER_CAPITALISED : 0));
}

/**
 * Finds known people's names among the scanned words: the longest run of words, separated only by
 * white space (line breaks too), that is a known name; case-insensitive, except names made only of
 * dictionary words and single-word names, which must be capitalised.
 */
export function findKnownNames(text: string, words: TokenBuffer, table: WordTable, out: EntitySpan[]): void {
  const state = { a: 0, b: 0 };
  const count = words.count;
  for (let i = 0; i < count; i++) {
    let flags = words.classes[i] ?? 0;
    if ((flags & (W.MEMBER_NAME | W.MEMBER_PREFIX)) === 0) continue;
    const shape = words.shape[i] ?? 0;
    if (shape & T.TAGGED) continue;
    const capitalised = (shape & T.CAPITALISED) !== 0;
    let best = -1;
    if (flags & W.MEMBER_NAME && accepts(flags, capitalised)) best = i;
    state.a = words.hashA[i] ?? 0;
    state.b = words.hashB[i] ?? 0;
    let j = i;
    while (flags & W.MEMBER_PREFIX && j + 1 < count && ((words.shape[j + 1] ?? 0) & T.SPACE_BEFORE) !== 0 && ((words.shape[j] ?? 0) & T.POSSESSIVE) === 0) {
      words.extend(text, state, j + 1);
      flags = table.get(state);
      if (flags === 0) break;
      j++;
      if (flags & W.MEMBER_NAME && (!(flags & W.MEMBER_CAPITALISED) || capitalised)) best = j;
    }
    if (best >= 0) {
      out.push({ type: 'PERSON', start: words.start[i] ?? 0, end: words.end[best] ?? 0 });
      i = best;
    }
  }
}

function accepts(flags: number, capitalised: boolean): boolean {
  if (!(flags & W.MEMBER_SINGLE)) return true;
  // A one-word name that is also a dictionary word ("Summer") is left to the general rules.
  if ((flags & W.COMMON) !== 0) return false;
  return capitalised || (flags & W.MEMBER_HANDLE) !== 0;
}
