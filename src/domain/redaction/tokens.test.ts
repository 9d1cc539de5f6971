// The scanner's word shapes and the digit runs that gate the number detectors.
import { describe, expect, it } from 'vitest';
import { T, TokenBuffer } from './tokens.js';
import { addLexicon, lexiconSize, W } from './word-classes.js';
import { WordTable } from './word-table.js';

const table = new WordTable(lexiconSize());
addLexicon(table);

function scan(text: string): { words: TokenBuffer; shapeOf: (word: string) => number; classOf: (word: string) => number } {
  const words = new TokenBuffer();
  words.scan(text, table);
  const index = (word: string) => {
    for (let i = 0; i < words.count; i++) if (text.slice(words.start[i], words.end[i]) === word) return i;
    throw new Error(`no word ${word}`);
  };
  return { words, shapeOf: (w) => words.shape[index(w)] ?? 0, classOf: (w) => words.classes[index(w)] ?? 0 };
}

describe('token buffer', () => {
  it.each([
    ['4111 1111 1111 1111 and 12', 16],
    ['+1 (555) 123-4567', 11],
    ['born 12 May, aged 40', 2],
    ['10.0.0.1', 5],
    ['no digits here', 0],
  ])('measures the longest run of grouped digits in %j', (text, run) => {
    expect(scan(text).words.digitRun).toBe(run);
  });

  it.each([
    ['ping 10.20.30.40 now', 4],
    ['version 1.2.3', 3],
    ['1. 2. 3. 4.', 1],
    ['v10.0.0.1', 3],
  ])('counts plain numbers joined by single dots in %j', (text, dotted) => {
    expect(scan(text).words.dottedNumbers).toBe(dotted);
  });

  it('marks contractions, which are never names', () => {
    const { shapeOf } = scan("I've said We'd go, Haven't they? O'Brien's car");
    expect(shapeOf("I've") & T.CONTRACTION).not.toBe(0);
    expect(shapeOf("We'd") & T.CONTRACTION).not.toBe(0);
    expect(shapeOf("Haven't") & T.CONTRACTION).not.toBe(0);
    expect(shapeOf("O'Brien") & T.CONTRACTION).toBe(0);
  });

  it('marks prefixed surnames, mentions and words with digits', () => {
    const { shapeOf } = scan("ask al-Mallohi and D'Souza, not al-qaeda or o'clock; cc @Anna about DE89");
    expect(shapeOf('al-Mallohi') & T.NAME_SHAPED).not.toBe(0);
    expect(shapeOf("D'Souza") & T.NAME_SHAPED).not.toBe(0);
    expect(shapeOf('al-qaeda') & T.NAME_SHAPED).toBe(0);
    expect(shapeOf("o'clock") & T.NAME_SHAPED).toBe(0);
    expect(shapeOf('Anna') & T.MENTION).not.toBe(0);
    expect(shapeOf('about') & T.MENTION).toBe(0);
    expect(shapeOf('DE89') & T.HAS_DIGIT).not.toBe(0);
  });

  it('looks up words but not plain numbers', () => {
    const { classOf } = scan('Sarah paid 2024');
    expect(classOf('Sarah') & W.GIVEN).not.toBe(0);
    expect(classOf('2024')).toBe(0);
  });
});
