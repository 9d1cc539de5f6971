// The addressee of a postal address: a line of two to four name-like words within the three lines above a
// street address names a person, as on an envelope or a signature block ("Gyala Antall\nGoogle Public Data
// Explorer\n3369 Clarke Avenue"). A line of dictionary words there is a company or a job title and stays.
import type { EntitySpan } from './entity-types.js';
import { isCapitalisedWord, isInitial, looksLikeName } from './name-words.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';

/** Lines above an address that may hold the addressee (name, job title, company). */
const LINES_ABOVE = 3;

/** Appends a PERSON span for each name line above a street address found so far in `spans`. */
export function findAddressees(words: TokenBuffer, spans: readonly EntitySpan[], out: EntitySpan[]): void {
  const found = spans.length;
  for (let s = 0; s < found; s++) {
    const span = spans[s];
    if (span?.type !== 'STREET_ADDRESS') continue;
    let lineStart = words.firstWordFrom(span.start);
    for (let back = 0; back < LINES_ABOVE && lineStart > 0 && (words.shape[lineStart] ?? 0) & T.NEWLINE_BEFORE; back++) {
      let first = lineStart - 1;
      while (first > 0 && !((words.shape[first] ?? 0) & T.NEWLINE_BEFORE)) first--;
      if (isNameLine(words, first, lineStart - 1)) out.push({ type: 'PERSON', start: words.start[first] ?? 0, end: words.end[lineStart - 1] ?? 0 });
      lineStart = first;
    }
  }
}

/** Whether words from..to are two to four capitalised name-like words and initials, one of them a name. */
function isNameLine(words: TokenBuffer, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  let named = false;
  for (let i = from; i <= to; i++) {
    const cls = words.classes[i] ?? 0;
    const shape = words.shape[i] ?? 0;
    if (i > from && !(shape & T.SPACE_BEFORE) && !(shape & T.DOT_BEFORE)) return false;
    if (isInitial(words, i)) continue;
    if (looksLikeName(words, i)) named = true;
    else if (!(cls & (W.GIVEN | W.SURNAME)) || cls & (W.STOP | W.PLACE | W.TITLE) || !isCapitalisedWord(shape)) return false;
  }
  return named;
}
