// E-mail addresses, written plainly or obfuscated ("jane [at] example [dot] com").
import { CHAR_WORD, charClass } from './char-classes.js';
import type { EntitySpan } from './entity-types.js';
import type { TokenBuffer } from './tokens.js';
import { hashFolded } from './word-hash.js';
import { firstMatch } from './match-loop.js';

const EMAIL =
  /^[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]{0,63}[\p{L}\p{N}_%+-])?@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?)*\.\p{L}{2,24}$/u;
const OBFUSCATED =
  /(?<![\w.+-])[\w.+-]{1,64}\s*(?:\[at\]|\(at\)|\{at\}|<at>| at )\s*[a-z0-9-]{1,63}(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>| dot |\.)\s*[a-z0-9-]{1,63})*\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>| dot |\.)\s*(?:com|org|net|edu|gov|io|co|me|dev|info|biz|de|fr|uk|in|es|it|nl|ch|at|be|se|no|dk|fi|pl|pt|ie|ca|au|nz|br|mx|jp|cn|sg|za)\b/gi;

/** Characters of the part before "@" (letters, digits, "._%+-"); "_" counts as a word character. */
function isLocalChar(code: number): boolean {
  return (charClass(code) & CHAR_WORD) !== 0 || code === 46 || code === 37 || code === 43 || code === 45;
}

/** Characters of a domain: letters, digits, "." and "-". */
function isDomainChar(code: number): boolean {
  return ((charClass(code) & CHAR_WORD) !== 0 && code !== 95) || code === 46 || code === 45;
}

const DOT = hashFolded('dot').a;
const AT = hashFolded('at').a;

/**
 * Whether the text may hold an obfuscated address: " dot " in any case, or "[at]", "(at)", "{at}", "<at>".
 * Read from the scanned words (their hashes), not the characters: a pass over every character of every
 * text cost more than the rest of the detector.
 */
function mayBeObfuscated(text: string, words: TokenBuffer): boolean {
  for (let k = 0; k < words.count; k++) {
    const hash = words.hashA[k] ?? 0;
    if (hash !== DOT && hash !== AT) continue;
    const before = text.charCodeAt((words.start[k] ?? 0) - 1);
    const after = text.charCodeAt(words.end[k] ?? 0);
    if (hash === DOT ? before === 32 && after === 32 : CLOSING[before] === after) return true;
  }
  return false;
}

/** The closing bracket of each opening one, by character code. */
const CLOSING: Readonly<Record<number, number>> = { 91: 93, 40: 41, 123: 125, 60: 62 };

/** Appends EMAIL_ADDRESS spans; `words` are the text's scanned words. */
export function findEmails(text: string, words: TokenBuffer, out: EntitySpan[]): void {
  // Each "@" is grown into the run of address characters around it, then checked whole.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && start > at - 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    // Nothing before the "@": a handle, not an address (the common case in posts, so decided before any slicing).
    if (start === at) continue;
    let end = at + 1;
    while (end < text.length && end < at + 256 && isDomainChar(text.charCodeAt(end))) end++;
    while (start < at && '.-'.includes(text.charAt(start))) start++;
    while (end > at + 1 && '.-'.includes(text.charAt(end - 1))) end--;
    if (EMAIL.test(text.slice(start, end))) out.push({ type: 'EMAIL_ADDRESS', start, end });
  }
  if (mayBeObfuscated(text, words)) {
    for (let m = firstMatch(OBFUSCATED, text); m !== null; m = OBFUSCATED.exec(text)) {
      // " at " alone is ordinary English; only an address with a spelled-out "dot" or bracketed "at" counts.
      if (/ at /i.test(m[0]) && !/dot/i.test(m[0])) continue;
      out.push({ type: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length });
    }
  }
}
