// The addressee line above a postal address.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('addressee lines', () => {
  it.each([
    ['Gyala Antall\nGoogle Public Data Explorer\n3369 24 Clarke Avenue\nApt. 805\nPines Beach', 'Gyala Antall'],
    ['Please ship to:\nMürit Öcalan\n12 Harbour Road\nLeeds', 'Mürit Öcalan'],
  ])('finds the addressee in %j', (text, name) => {
    expect(foundOf('PERSON', text)).toContain(name);
  });

  it.each([
    'Labor Relations Director\nGoogle Public Data Explorer\n3369 24 Clarke Avenue',
    'Head Office\n12 Harbour Road\nLeeds',
  ])('takes no company or job title for a person in %j', (text) => {
    expect(foundOf('PERSON', text)).toEqual([]);
  });
});
