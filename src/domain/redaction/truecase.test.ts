// Truecasing of texts written without capitals: names regain the capital the rules read; slang does not.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';
import { TokenBuffer } from './tokens.js';
import { truecase } from './truecase.js';
import { addLexicon, lexiconSize } from './word-classes.js';
import { WordTable } from './word-table.js';

const table = new WordTable(lexiconSize());
addLexicon(table);

function truecased(text: string): string {
  const words = new TokenBuffer();
  words.scan(text, table);
  return truecase(text, words);
}

describe('truecase', () => {
  it('capitalises listed names and the one run of unknown words in caseless prose, keeping every offset', () => {
    const text = 'have you heard nijito asano speak yet?';
    const out = truecased(text);
    expect(out).toHaveLength(text.length);
    expect(out.toLowerCase()).toBe(text);
    expect(out).toContain('Nijito');
  });

  it('leaves a text with any capital letter as it is', () => {
    const text = 'have you heard nijito asano speak yet? Ask Tom.';
    expect(truecased(text)).toBe(text);
  });

  it('leaves slang and other languages, full of words no list knows, as they are', () => {
    for (const text of ['patate mai c long kan m pr just ki se dise oui', 'hows everyones day goin ? arggghhh sonngg']) expect(truecased(text)).toBe(text);
  });

  it('leaves a short word no list knows, an acronym more often than a name the lists lack', () => {
    for (const text of ['no pii here', 'the gdpr applies to you']) expect(truecased(text)).toBe(text);
    expect(truecased('ask kowalczykowa about it')).toBe('ask Kowalczykowa about it');
  });

  it('does not capitalise a drawn-out exclamation', () => {
    expect(truecased('i just woke up from the worst nap arggghhh')).toBe('i just woke up from the worst nap arggghhh');
  });

  it.each([
    ['my name is josephine van breugel but everyone calls me ante', 'josephine van breugel'],
    ['i want to add liv bökenkamp as a beneficiary to my account', 'liv bökenkamp'],
    ['texier began writing as a teenager, publishing her first story', 'texier'],
    ["what's your last name? hegedűs", 'hegedűs'],
    ["in case of my child's account, we need to add mirbadin ülker as guardian", 'mirbadin ülker'],
  ])('lets the rules find the person in %j', (text, name) => {
    expect(foundOf('PERSON', text).join(' ')).toContain(name);
  });
});
