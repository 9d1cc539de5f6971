// A capitalised title or role right before a name joins the name's span; other words before it do not.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('titled names', () => {
  it.each([
    ['Mr Ehrlich uses bad language after school', 'Mr Ehrlich'],
    ['Walking in and not seeing Mrs. Kowalczyk tomorrow', 'Mrs. Kowalczyk'],
    ['Justice Breyer spoke on Monday', 'Justice Breyer'],
    ['Coach Germano spoke to reporters', 'Coach Germano'],
    ['Photos: President Jonathan visits Warri', 'President Jonathan'],
  ])('takes the title in %j', (text, name) => {
    expect(foundOf('PERSON', text)).toContain(name);
  });

  it.each([
    ['Please ask ms. Wijtze about it', 'Wijtze'],
    ['My mentor Kwabena Boateng taught me that', 'Kwabena Boateng'],
    ['We met the coach, Germano, on Monday', 'Germano'],
  ])('leaves a lower-case title, a relation or a title cut off by punctuation outside in %j', (text, name) => {
    expect(foundOf('PERSON', text)).toEqual([name]);
  });
});
