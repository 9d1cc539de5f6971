// People found by compromise (a maintained English NLP library, MIT, no model download): its part-of-speech
// and name tagging catches names in context that no list knows. Loaded lazily, only in thorough mode,
// because it is large and processes about 1 MB/s — far slower than the rule-based detectors.
import { createRequire } from 'node:module';
import type { EntitySpan } from './entity-types.js';

interface NlpTerm {
  readonly offset: { readonly start: number; readonly length: number };
}
interface NlpDocument {
  people(): { json(options: { offset: boolean }): readonly { readonly offset: NlpTerm['offset'] }[] };
}
type Nlp = (text: string) => NlpDocument;

let nlp: Nlp | undefined;

function load(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

/** Appends PERSON spans for the people compromise recognises. */
export function findPersonsByNlp(text: string, out: EntitySpan[]): void {
  for (const person of load()(text).people().json({ offset: true })) {
    let start = person.offset.start;
    let end = start + person.offset.length;
    // compromise's offsets include trailing punctuation ("Sarah!") and possessives ("Sarah's").
    while (end > start && !/[\p{L}\p{N}]/u.test(text.charAt(end - 1))) end--;
    if (/['’][sS]$/.test(text.slice(start, end))) end -= 2;
    while (start < end && !/[\p{L}\p{N}@]/u.test(text.charAt(start))) start++;
    if (end > start) out.push({ type: 'PERSON', start, end });
  }
}
