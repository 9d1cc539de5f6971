// The directory: members' names in one pass, case-insensitive, possessive, across line breaks, compact.
import { describe, expect, it } from 'vitest';
import { createRedactor } from './create-redactor.js';
import { foundOf } from './test-support/found.js';

const members = [{ name: 'Rosalind Kowalczyk' }, { name: 'Ada Augusta Byron' }, { name: 'Grace Park' }, { name: 'Jean-Luc Ngata' }, { name: "Declan O'Sullivan" }];

describe('member name index', () => {
  it.each([
    ['Lunch with Rosalind Kowalczyk today', 'Rosalind Kowalczyk'],
    ['lunch with rosalind kowalczyk today', 'rosalind kowalczyk'],
    ['LUNCH WITH ROSALIND KOWALCZYK', 'ROSALIND KOWALCZYK'],
    ["Rosalind Kowalczyk's talk was great", 'Rosalind Kowalczyk'],
    ['Rosalind Kowalczyk’s talk was great', 'Rosalind Kowalczyk'],
    ['thanks Rosalind\nKowalczyk for this', 'Rosalind\nKowalczyk'],
    ['Ada Augusta Byron wrote the first program', 'Ada Augusta Byron'],
    ['Ada Byron wrote the first program', 'Ada Byron'],
    ['welcome Jean-Luc Ngata', 'Jean-Luc Ngata'],
    ["Declan O'Sullivan and Declan O’Sullivan", "Declan O'Sullivan"],
  ])('finds the member in "%s"', (text, name) => {
    expect(foundOf('PERSON', text, members)).toContain(name);
  });

  it('needs capitals for a name made only of dictionary words', () => {
    expect(foundOf('PERSON', 'we met at Grace Park', members)).toEqual(['Grace Park']);
    expect(foundOf('PERSON', 'by the grace park rangers', members)).toEqual([]);
  });

  it('does not join words across punctuation', () => {
    expect(foundOf('PERSON', 'Rosalind, Kowalczyk and others', members)).not.toContain('Rosalind, Kowalczyk');
  });

  // How long the index takes to build is the benchmark's to measure (memberIndex.buildMs), not a test's.
  it('indexes 100,000 members in a few tens of megabytes', () => {
    const given = ['Ana', 'Ben', 'Chidi', 'Dana', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jia'];
    const many = Array.from({ length: 100_000 }, (_, i) => ({ name: `${given[i % 10] ?? ''} Surname${i.toString(36)}`, email: `m${i}@example.org` }));
    const redactor = createRedactor({ members: many, suppressed: [], operator: 'replace' });
    expect(redactor.indexBytes).toBeLessThan(32 * 1024 * 1024);
    expect(redactor.redact('kudos to hana surname2s and Ivo Surname2T!').text).toBe('kudos to <PERSON> and <PERSON>!');
  });
});
