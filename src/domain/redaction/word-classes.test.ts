// The shipped word lists as classes: the long US lists defer to the curated ones and to the dictionary.
import { describe, expect, it } from 'vitest';
import { foldString } from './char-classes.js';
import { addLexicon, lexiconSize, W } from './word-classes.js';
import { hashFolded } from './word-hash.js';
import { WordTable } from './word-table.js';

const table = new WordTable(lexiconSize());
addLexicon(table);
const classOf = (word: string) => table.get(hashFolded(foldString(word)));

describe('word classes', () => {
  it('takes frequent Census surnames as surnames, and the long tail as names that need a second word', () => {
    expect(classOf('simpson') & (W.SURNAME | W.LONG_LIST_ONLY)).toBe(W.SURNAME);
    expect(classOf('gidley') & (W.SURNAME | W.LONG_LIST_ONLY)).toBe(W.SURNAME | W.LONG_LIST_ONLY);
  });

  it('keeps dictionary words and holidays from the long lists out of the name classes', () => {
    for (const word of ['bird', 'school', 'christmas']) {
      expect(classOf(word) & (W.GIVEN | W.SURNAME)).toBe(0);
      expect(classOf(word) & W.LONG_LIST_WORD).not.toBe(0);
    }
  });

  it('marks frequent given names, which count in lower case after a cue', () => {
    expect(classOf('sam') & W.FREQUENT_GIVEN).not.toBe(0);
    expect(classOf('jaxtyn') & W.FREQUENT_GIVEN).toBe(0);
  });

  it('knows nationalities, weekdays and slang as dictionary words', () => {
    for (const word of ['irish', 'friday', 'imma']) expect(classOf(word) & W.COMMON).not.toBe(0);
  });
});
