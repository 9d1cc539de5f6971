// What follows a street in an address: its unit ("Apt. 5", "2e étage", "29-Escr."), then town, state,
// postcode and country segments on the same line or the next ones ("Springfield, IL 62704", "75371 Jerez de
// la Frontera", "Isle of Man"), each ending where a sentence would go on.
import { W } from './word-classes.js';

/** The word-class bits (W) of a word: dictionary words and given names end a town segment early. */
export type WordClassOf = (word: string) => number;

/** Units in English and the continental words for them: flat, staircase, floor, block, room. */
export const UNIT_WORDS =
  'apt\\.?|apartment|suite|ste\\.?|unit|flat|room|rm\\.?|floor|fl\\.?|no\\.|#|zimmer|whg\\.?|wohnung|stiege|app\\.?|appartamento|interno|int\\.|scala|piano|piso|puerta|lote|esc\\.|escalera|apto\\.?|bloco|quadra|hus|lgh\\.?|leil\\.?|oppgang|bloc|bl\\.|sc\\.|ap\\.|m\\.|lok\\.|bâtiment|bât\\.|escalier|кв\\.?|квартира|оф\\.|корп\\.';
/** The unit words capitalised, which a street name must not swallow ("Avenida Núbia Apto. 436"). */
export const UNIT_WORDS_CAPITALISED = UNIT_WORDS.split('|')
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join('|');
// Also the Danish floor and side ("4. th", "2. tv"), the Dutch unit numeral after the house ("638 II") and
// the Portuguese unit joined to it ("29-Escr.", "883-R/C", "267-6Esq.").
const UNIT = `(?:(?:${UNIT_WORDS})(?![\\p{L}])\\s*(?:no\\.?\\s*)?#?\\s*[\\p{L}\\p{N}-]{1,6}|\\d{1,2}(?:e|er|ème|°)?\\s*(?:étage|etage|hoog|og|stock)(?:\\s+achter|\\s+voor)?|\\d{1,2}\\.\\s?(?:th|tv|mf|sal)|(?:I{1,3}|IV)(?=[ \\t]*(?:,|\\n|$)|[ \\t]+\\d{1,2}[ \\t]*hoog)|-(?:r/c|\\d?(?:esq|dto|drt|frt)\\.?|escr\\.?|bloco|mor\\.?|ap\\.?|ed\\.?|and\\.?|cv|terr\\.?|sub|loja|slt\\.?|gar\\.?))`;
// A quoted or bulleted block repeats its marker at every line start: "> Apt. 805", "• Suite 12".
export const LINE_MARKER = '(?:>+|[•·▪*]|\\?{3})?[ \\t]*';
const UNIT_AFTER = new RegExp(`^(?:[ \\t]+(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)(?![\\p{L}\\p{N}]))?(?:[.,]?[ \\t]*(?:\\n[ \\t]*${LINE_MARKER})?${UNIT}(?![\\p{L}\\p{N}])){0,2}`, 'iu');
const SEGMENT_SEPARATOR = new RegExp(`^(?:\\.?[ \\t]*,[ \\t]*(?:\\n[ \\t]*${LINE_MARKER})?|\\.?[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*${LINE_MARKER},?[ \\t]*|[ \\t]+[-–][ \\t]+|[ \\t]+)`);
// Inside an address block (after a street) a postcode may be loosely shaped: any letters in a UK-style
// code ("LL75 9OC"), the Dutch "8870 HM" (or "8870HM"), the Portuguese "7018-751".
const POSTCODE = /^(?:[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{5}(?:-\d{3,4})?|\d{6}|\d{3} \d{3}|\d{3} \d{2}(?![\p{N}])|[1-9]\d{2}[ ]?\d{3}|\d{4}-\d{3}|\d{4}(?: ?[A-Z]{2}(?![\p{L}\p{N}]))?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{2}-\d{3})(?![\p{L}\p{N}])/u;
const STATE = /^[A-Z]{2}(?![\p{L}\p{N}])/u;
/** Lower-case particles inside a place's name: "Macedo do Norte", "Rožnov pod Radhoštěm", "Turkovice u Prelouce". */
export const PLACE_PARTICLE = /^(?:do|da|dos|das|de|del|della|di|du|des|la|le|les|sur|am|an|im|bei|pod|nad|u|upon|on|en|y|i|a)$/;

/** Where an address that ends at `end` really ends: over a unit and up to four town, state, postcode or country segments. */
export function extendAddress(text: string, end: number, classOf: WordClassOf): number {
  let at = end;
  const unit = UNIT_AFTER.exec(text.slice(at, at + 40));
  if (unit !== null) at += unit[0].length;
  for (let segments = 0; segments < 4; segments++) {
    const rest = text.slice(at, at + 80);
    const sep = SEGMENT_SEPARATOR.exec(rest);
    if (sep === null) break;
    const length = segmentLength(rest.slice(sep[0].length), classOf);
    if (length === 0) break;
    at += sep[0].length + length;
  }
  return at;
}

/**
 * Length of an address segment at the start of `s`: a postcode, a state code with optional postcode,
 * or place words with an optional postcode before or after, ending the line, the clause or before a
 * postcode, so a sentence that follows is not swallowed.
 */
function segmentLength(s: string, classOf: WordClassOf): number {
  const postcode = POSTCODE.exec(s);
  // "416 60 039 office": a number that goes on is a phone number, not a postcode.
  if (postcode !== null && /^[ \t]*[-.]?\d/.test(s.slice(postcode[0].length))) return 0;
  if (postcode !== null) {
    // "75371 Jerez de la Frontera": the town after a postcode needs no other evidence.
    const gap = /^[ \t]+(?=\p{Lu})/u.exec(s.slice(postcode[0].length));
    const after = gap === null ? '' : s.slice(postcode[0].length + gap[0].length);
    const place = gap === null ? null : placeWords(after, classOf);
    if (gap === null || place === null || (classOf(after.slice(0, place.length).toLowerCase()) & W.COMMON) !== 0) return postcode[0].length;
    return postcode[0].length + gap[0].length + place.length;
  }
  const state = STATE.exec(s);
  if (state !== null) {
    const zip = /^[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{3} \d{3})(?![\p{L}\p{N}])/u.exec(s.slice(2));
    return 2 + (zip?.[0].length ?? 0);
  }
  const place = placeWords(s, classOf);
  // "Mobile: 041…" is a label that starts the next field, not a town.
  if (place === null || /^[ \t]*:/.test(s.slice(place.length))) return 0;
  const length = place.length;
  // Place words end at a line end, a comma or a postcode, or before lower-case prose ("…, Reingerside last
  // month") when none of them is a name; "Street, Tom said" is not a town.
  const ending = /^(?:[ \t]*(?:$|[\n,;)!?]|\.(?:\s|$))|[ \t]+[A-Z0-9])/.test(s.slice(length)) || (!place.nameLike && /^[ \t]+\p{Ll}/u.test(s.slice(length)));
  if (!ending) return 0;
  const zip = /^[ \t]+(?:\d{5}(?:-\d{4})?|[1-9]\d{2}[ ]?\d{3}|[A-Z]{2}[ \t]+\d{5}|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/u.exec(s.slice(length));
  return length + (zip?.[0].length ?? 0);
}

// Words that end a run of place words even capitalised: the start of the next sentence or clause.
const NOT_PLACE = /^(?:the|and|or|but|thanks|thank|see|call|email|mail|please|we|i|you|our|my|it|this|that|from|with)$/i;
// Sticky patterns, tried at a position of the segment without slicing it.
const GAP_AT = /[ \t]+/y;
// "St. Ives", "Mt. Vernon": an abbreviation whose full stop does not end the sentence.
const ABBREVIATION_AT = /(?:St|Ste|Mt|Ft|Pt)\.[ \t]*(?=\p{Lu})/uy;
const PLACE_WORD_AT = /\p{L}[\p{L}'’–-]*(?![\p{L}\p{N}])/uy;
const PARTICLE_BEFORE_NAME_AT = /[ \t]+(?:\p{Lu}|(?:do|da|de|del|di|du|la|le|les)[ \t]+\p{Lu})/uy;
// "Oldenburg (Oldenburg)", "İçel (Mersin)".
const ASIDE_AT = /[ \t]*\([^()\n]{1,40}\)/y;
// "Isle of Man", "Turks and Caicos Islands", "Svalbard & Jan Mayen Islands": joining words inside a country's name.
const JOINER_AT = /[ \t]+(?:and|&|of|of the)[ \t]+(?=\p{Lu})/uy;
const LETTERS_AT = /\p{L}+/uy;

/** The length of what the sticky pattern matches at `at`, or -1. */
function lengthAt(pattern: RegExp, s: string, at: number): number {
  pattern.lastIndex = at;
  const m = pattern.exec(s);
  return m === null ? -1 : m[0].length;
}

/**
 * The town or country at the start of `s`: up to four capitalised place words ("St. Peter am Kammersberg",
 * "Grand Falls–Windsor", "İçel (Mersin)"), with particles and joining words between them; null if none.
 */
function placeWords(s: string, classOf: WordClassOf): { length: number; nameLike: boolean } | null {
  let at = 0;
  // The length up to the last place word: a joining word or abbreviation with nothing after it is dropped.
  let kept = 0;
  let words = 0;
  // Whether every word of the town is also a name ("Street, Tom said"): then it must end a line or clause.
  let nameLike = true;
  let joined = false;
  while (words < 4) {
    if (words > 0 && !joined) {
      const gap = lengthAt(GAP_AT, s, at);
      if (gap < 0) break;
      at += gap;
    }
    joined = false;
    const abbreviation = s.charCodeAt(at + 2) === 46 || s.charCodeAt(at + 3) === 46 ? lengthAt(ABBREVIATION_AT, s, at) : -1;
    if (abbreviation > 0) {
      at += abbreviation;
      nameLike = false;
      joined = true;
      continue;
    }
    const length = lengthAt(PLACE_WORD_AT, s, at);
    if (length < 0) break;
    const w = s.slice(at, at + length);
    const capitalised = w.charAt(0) !== w.charAt(0).toLowerCase();
    // "João do Norte", "Rožnov pod Radhoštěm": a lower-case particle inside a town's name.
    if (!capitalised && words > 0 && PLACE_PARTICLE.test(w) && lengthAt(PARTICLE_BEFORE_NAME_AT, s, at + length) > 0) {
      at += length;
      continue;
    }
    // Posts write towns in lower case too ("46 velký průhon 426, opocnice"); a dictionary word is prose.
    if (!capitalised && (classOf(w.toLowerCase()) & W.COMMON) !== 0) break;
    if (capitalised && NOT_PLACE.test(w)) break;
    const cls = classOf(w);
    nameLike &&= (cls & (W.GIVEN | W.SURNAME | W.FAMOUS)) !== 0 && (cls & W.PLACE) === 0;
    at += length;
    words++;
    const aside = s.indexOf('(', at) >= 0 ? lengthAt(ASIDE_AT, s, at) : -1;
    if (aside > 0) at += aside;
    kept = at;
    const joiner = lengthAt(JOINER_AT, s, at);
    if (joiner > 0) {
      const next = lengthAt(LETTERS_AT, s, at + joiner);
      if (!NOT_PLACE.test(s.slice(at + joiner, at + joiner + Math.max(next, 0)))) {
        at += joiner;
        nameLike = false;
        joined = true;
      }
    }
  }
  return words === 0 ? null : { length: kept, nameLike };
}
