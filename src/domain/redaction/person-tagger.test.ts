// The statistical name tagger: its stored weights, what the shipped model finds, and what it leaves to the rules.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from './entity-types.js';
import { createPersonTagger, LEXICON_BITS, MAX_FEATURES, scoreWord, TAGGER_BITS, wordFeatures } from './person-tagger.js';
import { decodeTaggerModel, encodeTaggerModel, shippedTaggerModel } from './person-tagger-model.js';
import { PERSON_TAGGER_WEIGHTS } from './lexicon/person-tagger-weights.js';
import { TokenBuffer } from './tokens.js';
import { addLexicon, lexiconSize } from './word-classes.js';
import { WordTable } from './word-table.js';

const table = new WordTable(lexiconSize());
addLexicon(table);

function tagged(text: string, found: readonly EntitySpan[] = []): string[] {
  const words = new TokenBuffer();
  words.scan(text, table);
  const out: EntitySpan[] = [...found];
  createPersonTagger(shippedTaggerModel()).find(text, words, out);
  return out.slice(found.length).map((s) => text.slice(s.start, s.end));
}

describe('tagger model storage', () => {
  it('round-trips weights through the encoding, within the 16-bit quantisation step', () => {
    const weights = new Float32Array(1 << TAGGER_BITS);
    weights[3] = 1.5;
    weights[700] = -0.25;
    weights[65_000] = 0.001;
    weights[(1 << TAGGER_BITS) - 1] = -3;
    const decoded = decodeTaggerModel(encodeTaggerModel(weights, -1.25, 0.01, 0));
    expect(decoded.threshold).toBe(-1.25);
    expect(decoded.weights[3]).toBeCloseTo(1.5, 3);
    expect(decoded.weights[700]).toBeCloseTo(-0.25, 3);
    expect(decoded.weights[(1 << TAGGER_BITS) - 1]).toBeCloseTo(-3, 3);
    // Below the floor: dropped, so the shipped file stays small.
    expect(decoded.weights[65_000]).toBe(0);
    expect(decoded.weights.filter((w) => w !== 0)).toHaveLength(3);
  });

  it('refuses weights trained for another feature space', () => {
    const encoded = encodeTaggerModel(new Float32Array(1 << 10), 0, 0.01, 0);
    expect(() => decodeTaggerModel(encoded)).toThrow(/10 feature bits/);
  });

  it('ships weights trained on the word lists as they are (else: npm run train:tagger)', () => {
    // The tagger reads the lists' classes; a list changed after training shifts its features under the weights.
    expect(table.fingerprint(LEXICON_BITS), 'the word lists changed since the tagger was trained: run npm run train:tagger').toBe(PERSON_TAGGER_WEIGHTS.lexicon);
  });

  it('ships a trained model', () => {
    const model = shippedTaggerModel();
    expect(model.weights.length).toBe(1 << TAGGER_BITS);
    expect(model.weights.filter((w) => w !== 0).length).toBeGreaterThan(5_000);
  });
});

describe('tagger features', () => {
  it('gives every word the same features whatever else the table holds, within the bound', () => {
    const text = 'Thanks to Wojtaszek, Dr. Anna Nowak and @ola for the INTRO';
    const words = new TokenBuffer();
    words.scan(text, table);
    const features = new Int32Array(MAX_FEATURES);
    for (let i = 0; i < words.count; i++) {
      const n = wordFeatures(text, words, i, i % 2, features);
      expect(n).toBeLessThanOrEqual(MAX_FEATURES);
      for (const f of features.subarray(0, n)) expect(f >>> TAGGER_BITS).toBe(0);
    }
  });

  it('scores a word as the sum of its feature weights', () => {
    const weights = new Float32Array(8).fill(0.5);
    weights[2] = -4;
    expect(scoreWord(weights, Int32Array.from([1, 2, 3]), 3)).toBe(-3);
  });
});

describe('shipped tagger', () => {
  it.each([
    ['Huge thanks to Wojtaszek for reviewing the draft.', ['Wojtaszek']],
    ['Yesterday I had lunch with Odunayo Bankole-Adeyemi.', ['Odunayo Bankole-Adeyemi']],
    ['Signed, Ilse Vandecasteele', ['Ilse Vandecasteele']],
    ['Congrats Baptiste!', ['Baptiste']],
    ['lol ask zubair about it', ['zubair']],
  ])('finds names no rule cues in "%s"', (text, names) => {
    expect(tagged(text)).toEqual(names);
  });

  it('leaves words inside entities already found, and adds nothing for a name already found', () => {
    const text = 'Huge thanks to Wojtaszek for reviewing the draft.';
    const at = text.indexOf('Wojtaszek');
    const span = { start: at, end: at + 'Wojtaszek'.length };
    expect(tagged(text, [{ type: 'URL', ...span }])).toEqual([]);
    expect(tagged(text, [{ type: 'PERSON', ...span }])).toEqual([]);
  });

  it('does not run a handle found before into the words after it', () => {
    const text = '@OmegaWife5 exhaustingly long lol :) how has yours been ?';
    expect(tagged(text, [{ type: 'PERSON', start: 0, end: '@OmegaWife5'.length }])).toEqual([]);
  });

  it('keeps titles out of the name', () => {
    expect(tagged('Dr. Kasprzyk will see you now.')).toEqual(['Kasprzyk']);
  });

  it.each([
    'The IBAN is wrong',
    'MENA FOREX EXPO ANNOUNCED',
    'Come to 63 N. Stadion for the game',
    'We moved everything to Kubernetes and Terraform last year.',
    'Shipping the new LinkedIn integration today',
    'Paris is lovely in spring.',
    "Maybe if I'd told you the right words At the right time",
  ])('leaves "%s"', (text) => {
    expect(tagged(text)).toEqual([]);
  });
});
