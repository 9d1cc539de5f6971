// Overlap resolution and the three operators.
import { describe, expect, it } from 'vitest';
import { createRedactor } from './create-redactor.js';
import { resolveOverlaps } from './redactor.js';
import { ENTITY_TYPES } from './entity-types.js';

describe('resolveOverlaps', () => {
  it('keeps the longest span and, on equal length, the more specific type', () => {
    expect(
      resolveOverlaps(
        [
          { type: 'PERSON', start: 5, end: 19 },
          { type: 'STREET_ADDRESS', start: 0, end: 25 },
          { type: 'PHONE_NUMBER', start: 30, end: 45 },
          { type: 'CREDIT_CARD', start: 30, end: 45 },
        ],
        ['CREDIT_CARD', 'STREET_ADDRESS', 'PHONE_NUMBER', 'PERSON'],
      ),
    ).toEqual([
      { type: 'STREET_ADDRESS', start: 0, end: 25 },
      { type: 'CREDIT_CARD', start: 30, end: 45 },
    ]);
  });

  it('stays near linear on long texts full of overlapping names', () => {
    const redactor = createRedactor({ members: [{ name: 'Ada Byron' }], suppressed: [], operator: 'replace' });
    // A complexity check, not a speed target: eight times the text may take about eight times as long (n log n
    // a little more), where anything quadratic takes sixty-four; the wide bound and the best of five runs
    // leave room for test files sharing the machine's cores.
    const cost = (repeats: number) => {
      const text = 'Ada Byron '.repeat(repeats);
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        expect(redactor.redact(text).text).not.toContain('Ada');
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    cost(40_000);
    expect(cost(40_000) / cost(5_000)).toBeLessThan(24);
  });

  it('keeps the uncovered part of a losing span, so nothing detected stays visible', () => {
    const text = 'xx Ada Byron Street yy';
    expect(resolveOverlaps([{ type: 'STREET_ADDRESS', start: 7, end: 19 }, { type: 'PERSON', start: 3, end: 12 }], ENTITY_TYPES, text)).toEqual([
      { type: 'PERSON', start: 3, end: 6 },
      { type: 'STREET_ADDRESS', start: 7, end: 19 },
    ]);
  });
});

describe('overlapping spans of one type', () => {
  it('join into one entity instead of leaving a fragment', () => {
    expect(resolveOverlaps([{ type: 'PERSON', start: 0, end: 32 }, { type: 'PERSON', start: 24, end: 42 }, { type: 'PERSON', start: 50, end: 55 }], ENTITY_TYPES)).toEqual([
      { type: 'PERSON', start: 0, end: 42 },
      { type: 'PERSON', start: 50, end: 55 },
    ]);
  });

  it('keep every planted name inside one entity (a counterexample fast-check found)', () => {
    const text = ' rosalind kowalczyk über Rosalind Kowalczyk  4000 0000 0000 0002 ';
    const redactor = createRedactor({ members: [{ name: 'Rosalind Kowalczyk' }], suppressed: [], operator: 'replace' });
    const entities = redactor.detect(text);
    for (const name of ['rosalind kowalczyk', 'Rosalind Kowalczyk']) {
      const at = text.indexOf(name);
      expect(entities.some((e) => e.type === 'PERSON' && e.start <= at && e.end >= at + name.length)).toBe(true);
    }
  });
});

describe('operators', () => {
  const text = 'Sarah Connor (sarah@example.org) met Kyle Reese; Sarah Connor left.';

  it('replace writes <TYPE>', () => {
    expect(createRedactor({ members: [], suppressed: [], operator: 'replace' }).redact(text).text).toBe('<PERSON> (<EMAIL_ADDRESS>) met <PERSON>; <PERSON> left.');
  });

  it('mask keeps the length', () => {
    const out = createRedactor({ members: [], suppressed: [], operator: 'mask' }).redact(text).text;
    expect(out).toHaveLength(text.length);
    expect(out).toBe('************ (*****************) met **********; ************ left.');
  });

  it('pseudonym numbers people per item, consistently within it and afresh in the next', () => {
    const redactor = createRedactor({ members: [], suppressed: [], operator: 'pseudonym', pseudonymKey: 'k1' });
    expect(redactor.redact(text).text).toBe('<PERSON_1> (<EMAIL_ADDRESS_1>) met <PERSON_2>; <PERSON_1> left.');
    expect(redactor.redact('Kyle Reese called SARAH CONNOR.').text).toBe('<PERSON_1> called <PERSON_2>.');
  });

  it('records the detector version and mode', () => {
    const redactor = createRedactor({ members: [], suppressed: [], operator: 'replace' });
    expect(redactor.version).toMatch(/^consentry-redact\/\d+\.\d+\.\d+\+fast$/);
    expect(createRedactor({ members: [], suppressed: [], operator: 'replace', mode: 'thorough' }).version).toMatch(/\+thorough$/);
  });

  it('thorough mode adds names the rules miss', () => {
    const fast = createRedactor({ members: [], suppressed: [], operator: 'replace' });
    const thorough = createRedactor({ members: [], suppressed: [], operator: 'replace', mode: 'thorough' });
    const post = 'Listening to Satya Nadella talk about AI at Build.';
    expect(thorough.detect(post).length).toBeGreaterThanOrEqual(fast.detect(post).length);
    expect(thorough.redact(post).text).toBe('Listening to <PERSON> talk about AI at Build.');
  });
});
