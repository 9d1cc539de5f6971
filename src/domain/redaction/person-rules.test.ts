// Names of people outside the directory: titles, relations, greetings, given-name lists, handles.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('person rules', () => {
  it.each([
    ['Please ask ms. Wijtze about it', ['Wijtze']],
    ['Dr. Elif Yıldız reviewed the paper', ['Elif Yıldız']],
    ['My mentor Kwabena Boateng taught me that', ['Kwabena Boateng']],
    ['Thanks Wijnand for hosting us', ['Wijnand']],
    ['Sarah Johnson and David Chen joined', ['Sarah Johnson', 'David Chen']],
    ['John F. Kennedy gave a speech', ['John F. Kennedy']],
    ['Ludwig van Beethoven wrote nine symphonies', ['Ludwig van Beethoven']],
    ['hey emma did you see this', ['emma']],
    ['hillary clinton spoke today', ['hillary clinton']],
    ['Will Smith won', ['Will Smith']],
    ['As Brené Brown says', ['Brené Brown']],
    ['cc @priya_r', ['@priya_r']],
  ])('finds people in "%s"', (text, names) => {
    expect(foundOf('PERSON', text)).toEqual(names);
  });

  it.each([
    'Will you join us tomorrow?',
    'We moved to Paris last year.',
    'I landed in Sydney this morning.',
    'Thanks LinkedIn for the reminder.',
    'The IBAN and NINO fields are required.',
    'Happy Monday! Coffee first, then OKRs.',
    'Grace under pressure is a skill.',
  ])('leaves "%s"', (text) => {
    expect(foundOf('PERSON', text)).toEqual([]);
  });
});
