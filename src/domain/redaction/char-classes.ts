// Per-UTF-16-unit character classes and case/accent folding, cached in typed arrays so scanning never allocates.

/** Class bits of a character, as `charClass` returns them. */
export const CHAR_WORD = 1;
export const CHAR_UPPER = 2;
export const CHAR_DIGIT = 4;
export const CHAR_SPACE = 8;
const WORD = CHAR_WORD;
const UPPER = CHAR_UPPER;
const DIGIT = CHAR_DIGIT;
const SPACE = CHAR_SPACE;

const classes = new Uint8Array(65536);
const folded = new Uint16Array(65536);
const known = new Uint8Array(65536);

const LETTER_OR_MARK = /[\p{L}\p{M}\p{Nd}]/u;
const COMBINING = /\p{M}/gu;

function learn(code: number): void {
  known[code] = 1;
  const ch = String.fromCharCode(code);
  let cls = 0;
  if (code >= 48 && code <= 57) cls |= WORD | DIGIT;
  else if (code === 95 || LETTER_OR_MARK.test(ch)) cls |= WORD;
  if (/\s/.test(ch)) cls |= SPACE;
  const lower = ch.toLowerCase();
  if (lower !== ch) cls |= UPPER;
  classes[code] = cls;
  // Accents are folded away so "José García" and "Jose Garcia" hash alike; a bare combining mark folds to 0 (skipped).
  const base = lower.normalize('NFD').replace(COMBINING, '');
  folded[code] = base.length === 0 ? 0 : base.charCodeAt(0);
}

for (let code = 0; code < 128; code++) learn(code);

function classOf(code: number): number {
  if (known[code] === 0) learn(code);
  return classes[code] ?? 0;
}

/** All class bits of one UTF-16 unit in one lookup (the scanner's hot path). */
export function charClass(code: number): number {
  if (code < 128) return classes[code] ?? 0;
  return classOf(code);
}

/** True for letters, combining marks, decimal digits and underscore: the characters of a word. */
export function isWordCode(code: number): boolean {
  return (classOf(code) & WORD) !== 0;
}

/** True for upper-case letters (of any script with case). */
export function isUpperCode(code: number): boolean {
  return (classOf(code) & UPPER) !== 0;
}

/** True for ASCII decimal digits. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for white space, including line breaks. */
export function isSpaceCode(code: number): boolean {
  return (classOf(code) & SPACE) !== 0;
}

/** The lower-case, accent-free form of one UTF-16 unit; 0 for a combining mark, which folding drops. */
export function foldCode(code: number): number {
  if (known[code] === 0) learn(code);
  return folded[code] ?? code;
}

/** Folds a whole string the way scanning folds text: lower case, accents removed. */
export function foldString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}
