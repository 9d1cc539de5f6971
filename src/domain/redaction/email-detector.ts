// E-mail addresses, written plainly or obfuscated ("jane [at] example [dot] com").
import { CHAR_WORD, charClass } from './char-classes.js';
import type { EntitySpan } from './entity-types.js';

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

/**
 * Whether the text may hold an obfuscated address: " dot " in any case, or "[at]", "(at)", "{at}", "<at>".
 * One pass over the characters: a regular expression, or several searches, over every text cost more than
 * the rest of the detector.
 */
function mayBeObfuscated(text: string): boolean {
  const n = text.length - 3;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if ((text.charCodeAt(i + 1) | 0x20) === 100 && (text.charCodeAt(i + 2) | 0x20) === 111 && (text.charCodeAt(i + 3) | 0x20) === 116 && text.charCodeAt(i + 4) === 32) return true;
    } else if (c === 91 || c === 40 || c === 123 || c === 60) {
      if ((text.charCodeAt(i + 1) | 0x20) === 97 && (text.charCodeAt(i + 2) | 0x20) === 116 && text.charCodeAt(i + 3) === CLOSING[c]) return true;
    }
  }
  return false;
}

/** The closing bracket of each opening one, by character code. */
const CLOSING: Readonly<Record<number, number>> = { 91: 93, 40: 41, 123: 125, 60: 62 };

/** Appends EMAIL_ADDRESS spans. */
export function findEmails(text: string, out: EntitySpan[]): void {
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
  if (mayBeObfuscated(text)) {
    for (const m of text.matchAll(OBFUSCATED)) {
      // " at " alone is ordinary English; only an address with a spelled-out "dot" or bracketed "at" counts.
      if (/ at /i.test(m[0]) && !/dot/i.test(m[0])) continue;
      out.push({ type: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length });
    }
  }
}
