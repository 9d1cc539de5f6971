// English frames that make an unknown capitalised word a person: life-story verbs, works named after people, address.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('person frames', () => {
  it.each([
    ['Järvilehto began writing as a teenager.', 'Järvilehto'],
    ['Trivo lives on a quiet street.', 'Trivo'],
    ['Dzhambek is from Civic Impulse LLC', 'Dzhambek'],
    ['Unlike the Dratchev novel, it is short.', 'Dratchev'],
    ['Have you been to a Pálmi Einarsson concert before?', 'Pálmi Einarsson'],
    ['Remember me, Randy? I was there.', 'Randy'],
    ['Oskar shouted at Madara: "What are you doing here?"', 'Madara'],
    ['Thomas shouted at Mark: "What are you doing here?"', 'Mark'],
    ['You can tell she was a huge Kont fan.', 'Kont'],
    ["(though Wieloch's song was actually about a boat!)", 'Wieloch'],
    ['Tiit is very reliable. You can always depend on him.', 'Tiit'],
    ['Akçay spent a year at Benjamin-Martin as the assistant.', 'Akçay'],
    // A listed name that is also a word, in the surest frames.
    ['Fuller began writing as a teenager.', 'Fuller'],
    ["Unlike the Smith novel, it's not about that.", 'Smith'],
    ["I'm so jealous! said Maria to Anna", 'Maria'],
    ['Producer Thales da Rocha explained to Fuse TV: "We all liked it."', 'Thales da Rocha'],
    ['as regular RR commenter Slobodan Lah points out, "most are horrible".', 'Slobodan Lah'],
  ])('finds the person in %j', (text, name) => {
    expect(foundOf('PERSON', text)).toContain(name);
  });

  it.each([
    'Kubernetes is a scheduler.',
    'The Netflix show was long.',
    'Is that the final answer, London?',
    'Unlike the novel, it is short.',
    "the band's song was great",
    'Figma is very good. I use it daily.',
    'Autumn began early this year.',
    'Winter began early.',
  ])('finds no one in %j', (text) => {
    expect(foundOf('PERSON', text)).toEqual([]);
  });
});
