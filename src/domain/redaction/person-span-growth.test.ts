// Names found once grow over their given name and initial, take their listed partners, and are found again.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('person span growth', () => {
  it.each([
    ['the verses from Faina D. Yefremova, which', 'Faina D. Yefremova'],
    ['Have you been to a Ravil G Yefimov gig?', 'Ravil G Yefimov'],
    ['film directed by Brad L Key and others', 'Brad L Key'],
    ['Agatha Á Ottarsdóttir wrote back', 'Agatha Á Ottarsdóttir'],
    ['Producer Mashuu Samurakami explained', 'Mashuu Samurakami'],
    ['Grant P Bradley will be talking', 'Grant P Bradley'],
    ['a better song? van der Dussen and Vaněk were engineers', 'van der Dussen'],
  ])('grows the name in %j', (text, name) => {
    expect(foundOf('PERSON', text)).toContain(name);
  });

  it.each([
    ['Is there a better pop song? Usamov and Bowers were engineers.', ['Usamov', 'Bowers']],
    ['Muslija and Brown were engineers.', ['Muslija', 'Brown']],
    // "Sööt" folds to the dictionary word "soot"; its letters say it is not that word.
    ['Hürlimann and Sööt were precision engineers.', ['Hürlimann', 'Sööt']],
  ])('takes the partner joined by "and" in %j', (text, names) => {
    expect(foundOf('PERSON', text)).toEqual(names);
  });

  it('takes the full names listed with a full name', () => {
    expect(foundOf('PERSON', 'Our 3 founders: Markas Gailys, Lidija Barbić and Stephan Rust. The idea')).toEqual(['Markas Gailys', 'Lidija Barbić', 'Stephan Rust']);
    expect(foundOf('PERSON', 'Thanks, Anna Smith')).toEqual(['Anna Smith']);
  });

  it('takes the same name again later in the text', () => {
    expect(foundOf('PERSON', 'My name is Ján M. Novák but everyone calls me Ján')).toEqual(['Ján M. Novák', 'Ján']);
    expect(foundOf('PERSON', 'directed by Brad L Key and starring Key')).toEqual(['Brad L Key', 'Key']);
  });

  it('leaves a former role out of the name', () => {
    expect(foundOf('PERSON', 'This song by ex-Beatle Paul McCartney is great')).toEqual(['Paul McCartney']);
  });

  it.each([
    ['Please return to Leon and Eyrarodda 66 soon.', 'Eyrarodda'],
    ['Meet Paulo Costa in São Paulo', 'São Paulo'],
    ['Key facts about Brad L Key', 'Key facts'],
  ])('leaves a street, a place and a sentence start outside in %j', (text, outside) => {
    expect(foundOf('PERSON', text).join(' ')).not.toContain(outside);
  });
});
