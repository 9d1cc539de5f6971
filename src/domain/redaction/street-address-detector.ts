// Street addresses in the formats of the US, UK, Germany and its neighbours, France and southern Europe,
// and India: house number + street name + street type (or the continental order), unit, then town,
// state and postcode segments that follow on the same line or the next lines.
import type { EntitySpan } from './entity-types.js';
import { T, type TokenBuffer } from './tokens.js';
import { STREET_PREFIXES, STREET_TYPES, W } from './word-classes.js';

/** Tells whether a lower-case word is a dictionary word (so "5 miles down the road" is not an address). */
export type CommonWordTest = (word: string) => boolean;

const TYPES_EN = STREET_TYPES;
const SUFFIX_CONTINENTAL =
  'straße|strasse|str\\.|gasse|weg|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|gürtel|stieg|straat|laan|plein|gracht|kade|singel|dreef|vej|gade|gatan|vägen|gränd|katu|tie|utca|útja|út|ulice|ulica|aleja|rakpart|sokak|caddesi';
const PREFIX_TYPES = STREET_PREFIXES;
const FR_LINK = "(?:(?:de la|de l'|de l’|du|des|de|della|del|di|da|do|dos|das|d'|d’)\\s*)?";
const UNIT = '(?:apt\\.?|apartment|suite|ste\\.?|unit|flat|room|rm\\.?|floor|fl\\.?|no\\.|#)\\s*(?:no\\.?\\s*)?#?\\s*[\\p{L}\\p{N}-]{1,6}';
const HOUSE = '\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,5}[A-Za-z]?)?';
const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*";

// US, UK, IN: "221B Baker Street", "1755 Nelson Mandela Drive", "23 8 wressle road"; run before each street type.
const NUMBER_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,5}\\s+)?${HOUSE},?\\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?((?:${WORD}[ \\t]+){0,3}?${WORD})[ \\t]+(?:${TYPES_EN})\\.?$`,
  // Global only so that a retry can start after an implausible earliest match (lastIndex).
  'giu',
);
// Indian ordinal roads without house number: "12th Main Road", "4th Cross".
const ORDINAL_ROAD = /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)\s+(?:main|cross|block|sector|phase|stage)(?:\s+(?:road|rd))?(?![\p{L}])/giu;
// Germany, Austria, Switzerland, Netherlands, Nordics, central Europe: "Ziegelgasse 26", "Korte Noordsstraat 307"; run before each number.
const SUFFIX_BEFORE_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,5}[ \\t]+)?(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){0,2}?[\\p{L}'’-]*(?:${SUFFIX_CONTINENTAL}|${SUFFIX_CONTINENTAL.toUpperCase()})[ \\t]*$`, 'u');
const SUFFIX_WORD = new RegExp(`(?:${SUFFIX_CONTINENTAL.replace('str\\.', 'str')})$`, 'iu');
// France, Italy, Spain, Portugal, Poland, Greece with the number after: "Via Roma 12", "ul. Marszałkowska 10".
const PREFIX_THEN_NUMBER = new RegExp(`^(?:${PREFIX_TYPES})[ \\t]+${FR_LINK}(?:${WORD}[ \\t]+){0,3}?${WORD},?[ \\t]+${HOUSE}(?![\\p{N}])`, 'iu');
// France and southern Europe with the number first: "12 rue de la Paix", "48 rue Descartes", "7 bis avenue Foch".
const NUMBER_THEN_PREFIX = new RegExp(`(?<![\\p{L}\\p{N}])${HOUSE}(?:\\s?(?:bis|ter|quater))?,?[ \\t]+$`, 'iu');
const PREFIX_TYPES_CAPITALISED = PREFIX_TYPES.split('|')
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join('|');
const PREFIX_STREET = new RegExp(`^(?:${PREFIX_TYPES}|${PREFIX_TYPES_CAPITALISED})[ \\t]+${FR_LINK}${WORD}(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,3}`, 'u');
// Indian house and plot numbers ("House No. 42, Sector 15", "Flat 402, Sai Residency") and post office boxes.
const HOUSE_NUMBER = new RegExp(
  `^(?:(?:house|h\\.|flat|plot|door|shop|khasra|ward)\\s*(?:no\\.?|number|#)?\\s*[\\p{N}][\\p{L}\\p{N}/-]*,?(?:[ \\t]+${WORD}){0,4}|(?:P\\.?\\s?O\\.?\\s?)?Box\\s*\\d{1,6}|Postfach\\s*\\d{1,6}|BP\\s*\\d{1,6})`,
  'iu',
);
const PO_BOX_BEFORE = /(?:P\.?\s?O\.?\s?)$/i;

const CONTEXT_CORE = new RegExp(
  `^(?:(?:zip|zip code|postcode|postal code|post code|plz|pin code|pincode)[:\\s]+(\\d{4,6}(?:-\\d{4})?|[A-PR-UWYZ][A-HK-Y0-9]{1,3} ?\\d[A-Z]{2})|(?:address|\\baddr\\.?|\\b(?:live|lives|living|located|based|reside|resides|staying|stay)\\s+at|\\b(?:moved|ship|shipped|deliver|delivered|send|sent|mail|post)\\s+(?:it\\s+)?to|\\b(?:find|visit)\\s+us\\s+at|\\boffice\\s+(?:is\\s+)?at|\\bcorner\\s+of)(?:[:\\s]+(?:is|with|to|at|of)\\b)?[:\\s]+((?:${WORD}[ \\t]+){0,3}${WORD}[ \\t]+${HOUSE}|(?:${HOUSE}[ \\t]+)?${HOUSE}[ \\t]+(?:${WORD}[ \\t]+){0,2}${WORD}(?:[ \\t]+${HOUSE}(?![\\p{L}\\p{N}]))?))`,
  'iu',
);

const UK_POSTCODE_GATE = /\d[ABD-HJLNP-UW-Z]{2}\b/;
const UK_POSTCODE = /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;
const UNIT_AFTER = new RegExp(`^(?:[ \\t]+(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)(?![\\p{L}\\p{N}]))?(?:[.,]?[ \\t]*\\n?[ \\t]*${UNIT}(?![\\p{L}\\p{N}]))?`, 'iu');
const SEGMENT_SEPARATOR = /^(?:\.?[ \t]*,[ \t]*\n?[ \t]*|\.?[ \t]*\n(?:[ \t]*\n)?[ \t]*,?[ \t]*|[ \t]+[-–][ \t]+|[ \t]+)/;
const POSTCODE = /^(?:[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{5}(?:-\d{4})?|[1-9]\d{2}[ ]?\d{3}|\d{4}|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?) ?\d[ABD-HJLNP-UW-Z]{2}|\d{2}-\d{3})(?![\p{L}\p{N}])/u;
const STATE = /^[A-Z]{2}(?![\p{L}\p{N}])/u;
const PLACE_WORD = /^\p{L}[\p{L}'’-]*(?![\p{L}\p{N}])/u;

/** Appends STREET_ADDRESS spans; the scanned words say where street types, numbers and cue words are. */
export function findStreetAddresses(text: string, words: TokenBuffer, isCommon: CommonWordTest, out: EntitySpan[]): void {
  const found: EntitySpan[] = [];
  const add = (start: number, coreEnd: number) => found.push({ type: 'STREET_ADDRESS', start, end: extend(text, coreEnd, isCommon) });
  const seen = words.seen;
  for (let i = 0; i < words.count; i++) {
    const cls = words.classes[i] ?? 0;
    const start = words.start[i] ?? 0;
    const end = words.end[i] ?? 0;
    if (cls & W.STREET_TYPE) {
      const from = Math.max(0, start - 80);
      // "St." and "Blvd." keep their dot; "Street." ends a sentence.
      const dot = text.charCodeAt(end) === 46 && end - start <= 4 ? 1 : 0;
      const window = text.slice(from, end + dot);
      // The earliest start may be implausible ("1 Main Street 1 Main Street"): try later starts too.
      NUMBER_FIRST.lastIndex = 0;
      let m = /\d/.test(window) ? NUMBER_FIRST.exec(window) : null;
      while (m !== null && !plausibleStreetName(m[1] ?? '', isCommon)) {
        NUMBER_FIRST.lastIndex = m.index + 1;
        m = NUMBER_FIRST.exec(window);
      }
      if (m !== null) add(from + m.index, end + dot);
      const broadway = m === null ? /(?<![\p{L}\p{N}])\d{1,6}[ \t]+Broadway$/iu.exec(window) : null;
      if (broadway !== null) add(from + broadway.index, end);
    }
    if ((words.shape[i] ?? 0) & T.NUMERIC && i > 0 && SUFFIX_WORD.test(text.slice(words.start[i - 1] ?? 0, words.end[i - 1] ?? 0))) {
      const from = Math.max(0, start - 60);
      const m = SUFFIX_BEFORE_NUMBER.exec(text.slice(from, start));
      const house = /^\d{1,5}[A-Za-z]?(?:\s?[-/]\s?\d{1,5}[A-Za-z]?)?(?![\p{L}\p{N}])/u.exec(text.slice(start, start + 16));
      if (m !== null && house !== null) add(from + m.index, start + house[0].length);
    }
    if (cls & W.STREET_PREFIX) {
      const window = text.slice(start, start + 90);
      const m = PREFIX_THEN_NUMBER.exec(window);
      if (m !== null) add(start, start + m[0].length);
      const before = NUMBER_THEN_PREFIX.exec(text.slice(Math.max(0, start - 16), start));
      const street = before === null ? null : PREFIX_STREET.exec(window);
      if (before !== null && street !== null) add(start - before[0].length, start + street[0].length);
    }
    if (cls & W.HOUSE_WORD) {
      const m = HOUSE_NUMBER.exec(text.slice(start, start + 90));
      const po = PO_BOX_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
      if (m !== null) add(start - (po?.[0].length ?? 0), start + m[0].length);
    }
    if (cls & W.ADDRESS_CUE) {
      const m = CONTEXT_CORE.exec(text.slice(start, start + 110));
      const core = m?.[1] ?? m?.[2];
      if (m !== null && core !== undefined) {
        const coreStart = start + m[0].length - core.length;
        add(coreStart, coreStart + withoutTrailingWords(core, isCommon).length);
      }
    }
  }
  if (/\d(?:st|nd|rd|th)\s/i.test(text)) for (const m of text.matchAll(ORDINAL_ROAD)) add(m.index, m.index + m[0].length);
  if (seen !== 0 && UK_POSTCODE_GATE.test(text)) for (const m of text.matchAll(UK_POSTCODE)) found.push({ type: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  for (const span of found) if (span.end > span.start) out.push(span);
}

/** Drops what follows a sentence end, trailing lower-case dictionary words and a final full stop: "1 Main Street and" → "1 Main Street". */
function withoutTrailingWords(core: string, isCommon: CommonWordTest): string {
  // A full stop followed by a space ends the sentence, unless it closes an abbreviation like "St.".
  let value = core.replace(/(?<!\b(?:st|ave|rd|no|dr|blvd|apt))\.[ \t].*$/isu, '').replace(/\.$/, '');
  for (;;) {
    const last = /[ \t]+(\p{Ll}[\p{L}'’-]*)$/u.exec(value);
    if (last === null || !isCommon(last[1] ?? '')) return value;
    value = value.slice(0, last.index);
  }
}

/** A street name is capitalised words or ordinals; lower-case words must not be dictionary words. */
function plausibleStreetName(name: string, isCommon: CommonWordTest): boolean {
  for (const word of name.split(/[ \t]+/)) {
    if (/^\d+(?:st|nd|rd|th)$/i.test(word)) continue;
    if (/^\d/.test(word)) return false;
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) continue;
    if (isCommon(word.toLowerCase().replace(/[.'’-]+$/, ''))) return false;
  }
  return true;
}

/** Extends an address over a unit and up to four town, state, postcode or country segments. */
function extend(text: string, end: number, isCommon: CommonWordTest): number {
  let at = end;
  const unit = UNIT_AFTER.exec(text.slice(at, at + 40));
  if (unit !== null) at += unit[0].length;
  for (let segments = 0; segments < 4; segments++) {
    const rest = text.slice(at, at + 80);
    const sep = SEGMENT_SEPARATOR.exec(rest);
    if (sep === null) break;
    const length = segmentLength(rest.slice(sep[0].length), isCommon);
    if (length === 0) break;
    at += sep[0].length + length;
  }
  return at;
}

/**
 * Length of an address segment at the start of `s`: a postcode, a state code with optional postcode,
 * or one to three place words with an optional postcode before or after, ending the line, the clause
 * or before a postcode, so a sentence that follows is not swallowed.
 */
function segmentLength(s: string, isCommon: CommonWordTest): number {
  const postcode = POSTCODE.exec(s);
  if (postcode !== null) return postcode[0].length + placeAfterPostcode(s.slice(postcode[0].length), isCommon);
  const state = STATE.exec(s);
  if (state !== null) {
    const zip = /^[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\p{L}\p{N}])/u.exec(s.slice(2));
    return 2 + (zip?.[0].length ?? 0);
  }
  let length = 0;
  let words = 0;
  while (words < 3) {
    const gap = words === 0 ? '' : (/^[ \t]+/.exec(s.slice(length))?.[0] ?? null);
    if (gap === null) break;
    const word = PLACE_WORD.exec(s.slice(length + gap.length));
    if (word === null) break;
    const w = word[0];
    const capitalised = w.charAt(0) !== w.charAt(0).toLowerCase();
    if (!capitalised && isCommon(w.toLowerCase())) break;
    if (capitalised && /^(?:the|and|or|but|thanks|thank|see|call|email|mail|please|we|i|you|our|my|it|this|that|from|with)$/i.test(w)) break;
    length += gap.length + w.length;
    words++;
  }
  // "Mobile: 041…" is a label that starts the next field, not a town.
  if (words === 0 || /^[ \t]*:/.test(s.slice(length))) return 0;
  // Place words end at a line end, a comma or a postcode; "Street, Tom said" is not a town.
  if (!/^(?:[ \t]*(?:$|[\n,;)]|\.(?:\s|$))|[ \t]+[A-Z0-9])/.test(s.slice(length))) return 0;
  const zip = /^[ \t]+(?:\d{5}(?:-\d{4})?|[1-9]\d{2}[ ]?\d{3}|[A-Z]{2}[ \t]+\d{5}|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/u.exec(s.slice(length));
  return length + (zip?.[0].length ?? 0);
}

function placeAfterPostcode(s: string, isCommon: CommonWordTest): number {
  const place = /^[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,2})/u.exec(s);
  if (place === null || isCommon((place[1] ?? '').toLowerCase())) return 0;
  return place[0].length;
}
