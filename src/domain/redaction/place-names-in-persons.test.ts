// Multi-word places whose words are also names are places, not people, and so is an unknown word after "from"
// or "in"; people named like places stay people.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('places found as persons', () => {
  it.each(['Our São Paulo office is hiring', 'Moving to Los Angeles next week', 'Rio de Janeiro is hot in March', 'Greetings from Tel Aviv!', 'the new SAO PAULO team'])(
    'leaves %j',
    (text) => {
      expect(foundOf('PERSON', text)).toEqual([]);
    },
  );

  it.each(['We moved here from Kenosha', 'She grew up in Tjæreborg, then left'])('leaves one unknown word after "from" or "in" in %j', (text) => {
    expect(foundOf('PERSON', text)).toEqual([]);
  });

  it.each([
    ['A message from Mike about it', ['Mike']],
    ['I talked to Usamov and Bowers yesterday', ['Usamov', 'Bowers']],
  ])('keeps a given name after "from", and any name after "to", in %j', (text, names) => {
    expect(foundOf('PERSON', text)).toEqual(names);
  });

  it.each([
    ['Paris Hilton and Sydney Sweeney', ['Paris Hilton', 'Sydney Sweeney']],
    ['Meet Paulo Costa in São Paulo', ['Paulo Costa']],
  ])('still finds the people in %j', (text, names) => {
    expect(foundOf('PERSON', text)).toEqual(names);
  });
});
