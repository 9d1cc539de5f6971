// A capitalised title right before a name belongs to the name's span ("Dr. Elif Yıldız", "Coach Germano",
// "Lady Gaga"): the title says who the person is as much as the name, and annotators of real posts label
// the two together.
import type { EntitySpan } from './entity-types.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';

/** Roles written like titles when capitalised before a name: "Coach Germano", "President Jonathan". */
const ROLES = new Set('president coach king prince saint pope uncle aunt auntie chancellor minister officer detective agent chef'.split(' '));

/** Moves the start of every PERSON span back over a capitalised title before it. */
export function includeTitles(text: string, words: TokenBuffer, spans: EntitySpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span === undefined || span.type !== 'PERSON') continue;
    const first = words.firstWordFrom(span.start);
    if (first <= 0 || first >= words.count || words.start[first] !== span.start) continue;
    const gap = words.shape[first] ?? 0;
    const title = first - 1;
    const shape = words.shape[title] ?? 0;
    if (!(gap & (T.SPACE_BEFORE | T.DOT_BEFORE)) || gap & T.NEWLINE_BEFORE) continue;
    if (!(shape & T.CAPITALISED) || !((words.classes[title] ?? 0) & W.TITLE || ROLES.has(text.slice(words.start[title] ?? 0, words.end[title] ?? 0).toLowerCase()))) continue;
    spans[k] = { ...span, start: words.start[title] ?? span.start };
  }
}
