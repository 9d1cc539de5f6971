// The hashed word table: flags by key, growth without loss, and its compact size.
import { describe, expect, it } from 'vitest';
import { hashFolded } from './word-hash.js';
import { WordTable } from './word-table.js';

describe('word table', () => {
  it('merges flags per key and answers 0 for absent keys', () => {
    const table = new WordTable(10);
    table.add(hashFolded('ada'), 1);
    table.add(hashFolded('ada'), 4);
    table.add(hashFolded('ada byron'), 2);
    expect(table.get(hashFolded('ada'))).toBe(5);
    expect(table.get(hashFolded('ada byron'))).toBe(2);
    expect(table.get(hashFolded('byron'))).toBe(0);
    expect(table.size).toBe(2);
  });

  it('keeps every key when it grows past its load limit', () => {
    const table = new WordTable(1);
    for (let i = 0; i < 5000; i++) table.add(hashFolded(`word${i}`), (i % 7) + 1);
    for (let i = 0; i < 5000; i++) expect(table.get(hashFolded(`word${i}`))).toBe((i % 7) + 1);
    expect(table.get(hashFolded('word5000'))).toBe(0);
  });

  it('holds 12 bytes a slot and at most 70% of its slots', () => {
    const table = new WordTable(700_000);
    expect(table.byteLength).toBe(2 ** 20 * 12);
    expect(new WordTable(735_000).byteLength).toBe(2 ** 21 * 12);
  });
});
