// E-mail addresses, plain, international and obfuscated.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

// Through the whole redactor: obfuscated addresses are gated by the scanned words.
function emails(text: string): string[] {
  return foundOf('EMAIL_ADDRESS', text);
}

describe('e-mail detector', () => {
  it.each(['ada@example.org', 'first.last+tag@mail.example.co.uk', 'josé@exämple.org', 'x_y-z@sub-domain.example.io'])('finds %s', (email) => {
    expect(emails(`write to ${email}.`)).toEqual([email]);
  });

  it('finds obfuscated addresses', () => {
    expect(emails('Write to jane [at] example [dot] com for a copy')).toEqual(['jane [at] example [dot] com']);
    expect(emails('mail jane at example dot com')).toEqual(['jane at example dot com']);
  });

  it.each([
    ['@handle', 'a handle'],
    ['user@localhost', 'no top-level domain'],
    ['meet at 5 at the bar dot', 'prose'],
    ['a@b.c', 'a one-letter top-level domain'],
  ])('leaves %s (%s)', (text) => {
    expect(emails(text)).toEqual([]);
  });
});
