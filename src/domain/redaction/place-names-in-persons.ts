// Places found as persons. Places of several words whose words are also names ("São Paulo", "Los Angeles",
// "Tel Aviv", "Rio de Janeiro"): a name found inside one of them is the place. Posts on a professional
// network name cities all the time ("our São Paulo office", "moving to Los Angeles"), and given name +
// surname rules would take them. And one unknown word after "from" or "in" ("moved here from Kenosha").
import { foldString, isSpaceCode as isSpace } from './char-classes.js';
import type { EntitySpan } from './entity-types.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';
import { hasHash, wordHashes } from './word-hash.js';

const PLACES = [
  'new york', 'los angeles', 'san francisco', 'san diego', 'san jose', 'san antonio', 'las vegas', 'new orleans', 'new delhi',
  'new jersey', 'new zealand', 'new mexico', 'new hampshire', 'north carolina', 'south carolina', 'north dakota', 'south dakota',
  'west virginia', 'rhode island', 'hong kong', 'kuala lumpur', 'sao paulo', 'rio de janeiro', 'buenos aires', 'mexico city',
  'tel aviv', 'abu dhabi', 'cape town', 'port louis', 'port elizabeth', 'santo domingo', 'san juan', 'san salvador',
  'costa rica', 'puerto rico', 'sri lanka', 'saudi arabia', 'south africa', 'south korea', 'north korea', 'el salvador',
  'united states', 'united kingdom', 'united arab emirates', 'czech republic', 'dominican republic', 'ivory coast', 'sierra leone',
  'burkina faso', 'saint petersburg', 'st petersburg', 'santa monica', 'santa barbara', 'santa clara', 'santa cruz', 'palo alto',
  'salt lake city', 'kansas city', 'oklahoma city', 'saint louis', 'st louis', 'fort worth', 'el paso', 'baton rouge', 'des moines',
  'addis ababa', 'dar es salaam', 'porto alegre', 'belo horizonte', 'la paz', 'las palmas', 'the hague', 'den haag', 'ho chi minh',
  'phnom penh', 'da nang', 'san marino', 'monte carlo', 'nizhny novgorod', 'cluj napoca', 'san sebastian', 'quezon city', 'cebu city',
  'davao city', 'santiago de chile', 'san pedro', 'santa fe', 'los alamos', 'las cruces', 'corpus christi', 'san bernardino',
  'sacramento valley', 'silicon valley', 'bay area', 'hong kong island', 'new south wales', 'gold coast', 'sunshine coast',
  'costa del sol', 'montego bay', 'port of spain', 'kingston upon thames', 'milton keynes', 'st albans', 'st andrews',
];

// Places by their last word, so a name is compared only with the places it could end.
const BY_LAST_WORD = new Map<string, string[]>();
for (const place of PLACES) {
  const last = place.slice(place.lastIndexOf(' ') + 1);
  BY_LAST_WORD.set(last, [...(BY_LAST_WORD.get(last) ?? []), place]);
}

/** Removes, from index `from` on, PERSON spans that end a multi-word place name written in the text. */
export function dropPlacesFoundAsPersons(text: string, spans: EntitySpan[], from: number): void {
  for (let k = spans.length - 1; k >= from; k--) {
    const span = spans[k];
    // Removed in place, and only when found: rewriting the array for every text cost more than the check.
    if (span !== undefined && span.type === 'PERSON' && endsPlace(text, span)) spans.splice(k, 1);
  }
}

function endsPlace(text: string, span: EntitySpan): boolean {
  let at = span.end;
  while (at > span.start && !isSpace(text.charCodeAt(at - 1))) at--;
  const places = BY_LAST_WORD.get(foldString(text.slice(at, span.end)));
  if (places === undefined) return false;
  return places.some((place) => {
    // The place as written may start before the span ("Tel" before "Aviv") but not after it.
    const from = span.end - place.length;
    return from >= 0 && from <= span.start && foldString(text.slice(from, span.end)).replace(/\s+/g, ' ') === place && !/[\p{L}\p{N}]/u.test(text.charAt(from - 1));
  });
}

const FROM_OR_IN = wordHashes(['from', 'in']);

/**
 * Removes, from index `from` on, PERSON spans of one word that no given-name list knows right after "from"
 * or "in": "moved here from Kenosha", "grew up in Scarborough". After "to", "at" or "of" people are as
 * common as places ("talk to Usamov"), so those stay.
 */
export function dropWordsAfterFromOrIn(words: TokenBuffer, spans: EntitySpan[], from: number): void {
  for (let k = spans.length - 1; k >= from; k--) {
    const span = spans[k];
    if (span === undefined || span.type !== 'PERSON') continue;
    const i = words.firstWordFrom(span.start);
    if (i <= 0 || i >= words.count || words.start[i] !== span.start || words.end[i] !== span.end) continue;
    if (!((words.shape[i] ?? 0) & T.SPACE_BEFORE) || (words.shape[i] ?? 0) & (T.NEWLINE_BEFORE | T.TAGGED) || (words.classes[i] ?? 0) & (W.GIVEN | W.FAMOUS)) continue;
    if (hasHash(FROM_OR_IN, words.hashA[i - 1] ?? 0)) spans.splice(k, 1);
  }
}
