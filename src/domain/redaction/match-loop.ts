// Looping over a global pattern's matches without String.prototype.matchAll, which copies the pattern and
// builds an iterator on every call: for a short post, a measurable share of its whole redaction.

/** The first match of a global pattern in `text`, searching from the start; `pattern.exec(text)` then gives the next. */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}
