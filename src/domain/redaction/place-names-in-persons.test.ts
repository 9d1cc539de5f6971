// Multi-word places whose words are also names are places, not people; people named like places stay people.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('places found as persons', () => {
  it.each(['Our São Paulo office is hiring', 'Moving to Los Angeles next week', 'Rio de Janeiro is hot in March', 'Greetings from Tel Aviv!', 'the new SAO PAULO team'])(
    'leaves %j',
    (text) => {
      expect(foundOf('PERSON', text)).toEqual([]);
    },
  );

  it.each([
    ['Paris Hilton and Sydney Sweeney', ['Paris Hilton', 'Sydney Sweeney']],
    ['Meet Paulo Costa in São Paulo', ['Paulo Costa']],
  ])('still finds the people in %j', (text, names) => {
    expect(foundOf('PERSON', text)).toEqual(names);
  });
});
