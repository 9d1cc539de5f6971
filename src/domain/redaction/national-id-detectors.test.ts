// US SSNs in the issued ranges and UK National Insurance numbers; never-issued values stay.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from './entity-types.js';
import { findUkNinos, findUsSsns, ninoValid, ssnValid } from './national-id-detectors.js';

function run(find: (text: string, out: EntitySpan[]) => void, text: string): string[] {
  const out: EntitySpan[] = [];
  find(text, out);
  return out.map((s) => text.slice(s.start, s.end));
}

describe('US SSN detector', () => {
  it.each(['536-22-1987', '078-23-4412', '772-01-0001'])('finds %s', (ssn) => {
    expect(run(findUsSsns, `SSN ${ssn}.`)).toEqual([ssn]);
  });

  it.each([
    ['000-12-3456', 'area 000'],
    ['666-45-1234', 'area 666'],
    ['912-45-1234', 'area 9xx'],
    ['536-00-1987', 'group 00'],
    ['536-22-0000', 'serial 0000'],
    ['078-05-1120', 'the Woolworth wallet sample'],
    ['536-221987', 'inconsistent separators'],
  ])('leaves %s (%s)', (value) => {
    expect(run(findUsSsns, `SSN ${value}.`)).toEqual([]);
  });

  it('takes unseparated numbers only next to words about social security', () => {
    expect(run(findUsSsns, 'order 536221987 shipped')).toEqual([]);
    expect(run(findUsSsns, 'social security number 536221987')).toEqual(['536221987']);
    expect(ssnValid('536221987')).toBe(true);
  });
});

describe('UK NINO detector', () => {
  it.each(['JG 10 37 59 A', 'AB123456C', 'NX 44 82 10 B', 'ce 12 34 56 d'])('finds %s', (nino) => {
    expect(run(findUkNinos, `NINO ${nino} on file`)).toEqual([nino]);
  });

  it.each([
    ['QQ 12 34 56 C', 'Q is never a first letter'],
    ['BG 12 34 56 A', 'BG is never allocated'],
    ['GB 12 34 56 A', 'GB is never allocated'],
    ['AB 12 34 56 E', 'suffix after D'],
    ['AO 12 34 56 A', 'O is never a second letter'],
  ])('leaves %s (%s)', (value) => {
    expect(run(findUkNinos, `NINO ${value} on file`)).toEqual([]);
    expect(ninoValid(value.replaceAll(' ', ''))).toBe(false);
  });
});
