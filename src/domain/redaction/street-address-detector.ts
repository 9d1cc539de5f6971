// Street addresses in the formats of the US, UK, Germany and its neighbours, the Nordics, France and southern
// Europe, central and eastern Europe, and India: house number + street name + street type (or the continental
// order), then what follows it on the same line or the next lines (unit, town, state, postcode, country:
// address-tail.ts); streets with no type word when a unit, a postcode and town, or a block's next lines
// vouch for them; the corner of two streets.
import { CHAR_WORD, charClass, isDigitCode, isWordCode } from './char-classes.js';
import type { EntitySpan } from './entity-types.js';
import { T, type TokenBuffer } from './tokens.js';
import { extendAddress, PLACE_PARTICLE, UNIT_WORDS, UNIT_WORDS_CAPITALISED, type WordClassOf } from './address-tail.js';
import { EVERYDAY_STREET_TYPES, STREET_PREFIXES, STREET_TYPES, W } from './word-classes.js';
import { hasHash, wordHashes } from './word-hash.js';
import { firstMatch } from './match-loop.js';

const TYPES_EN = STREET_TYPES;
const SUFFIX_CONTINENTAL =
  'straße|strasse|str\\.|gasse|weg|dijk|gränden|allén|stigen|torget|backen|vænget|parken|marken|stræde|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|gürtel|stieg|hof|matte|straat|laan|plein|gracht|kade|singel|dreef|plantsoen|steeg|vej|gade|gatan|gata|vägen|väg|gränd|torg|stig|gate|gaten|veien|vei|vegen|veg|katu|tie|kuja|kaari|polku|linja|raitti|rinne|ranta|tori|väylä|utca|útja|út|körút|sugárút|tér|sétány|köz|fasor|rkp\\.|krt\\.|sgt\\.|stny\\.|ulice|ulica|aleja|náměstí|nábřeží|třída|rakpart|sokak|sokağı|caddesi|bulvarı|garten|park|майдан|stræti|vegur|braut|stígur|haugen|åsen|høgda|engen|jordet|kollen|kroken|lunden|løkka|myra|plassen|skogen|stien|stranda|svingen|tunet|vangen|vang|toften|bråten|flata|grenda|lyngen|ringen';
// "Forsbergs Gata 362", "Kocatepe Caddesi 46c": the same words capitalised, standing alone after the name.
const SUFFIX_CAPITALISED = SUFFIX_CONTINENTAL.split('|')
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join('|');
const PREFIX_TYPES = STREET_PREFIXES;
// A particle is a word of its own ("de la Paix"), but for the elided "d'" and "l'" glued to the name ("d'Italie").
const FR_LINK = "(?:(?:de la|du|des|de|della|del|di|da|do|dos|das)\\s+|(?:de l|d)['’]\\s*)?";
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
const SUFFIX_BEFORE_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,5}[ \\t]+)?(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){0,2}?[\\p{L}'’-]*(?:${SUFFIX_CONTINENTAL}|${SUFFIX_CAPITALISED}|${SUFFIX_CONTINENTAL.toUpperCase()}),?[ \\t]*$`, 'u');
// The suffixes above by their last two letters: a word before a number is compared only with the few
// suffixes that end like it (one pattern of a hundred alternatives cost more than the whole address scan).
const SUFFIXES_BY_TAIL = new Map<string, string[]>();
for (const suffix of SUFFIX_CONTINENTAL.replaceAll('\\.', '').split('|')) {
  const tail = suffix.slice(-2);
  SUFFIXES_BY_TAIL.set(tail, [...(SUFFIXES_BY_TAIL.get(tail) ?? []), suffix]);
}
// France, Italy, Spain, Portugal, Poland, Greece with the number after: "Via Roma 12", "ul. Marszałkowska 10".
// The number may carry a label ("nr. 5", "Bloc 72"), or be the Spanish "s/n" (no number).
const PREFIX_THEN_NUMBER = new RegExp(`^(?:${PREFIX_TYPES})[ \\t]+${FR_LINK}((?:${WORD}[ \\t]+){0,3}?${WORD}),?[ \\t]+(?:(?:nr|no|n[º°]|bloc|bl|д|буд)\\.?[ \\t]*)?(?:${HOUSE}(?![\\p{N}])|s/n\\.?)`, 'iu');
// France and southern Europe with the number first: "12 rue de la Paix", "48 rue Descartes", "7 bis avenue Foch".
const NUMBER_THEN_PREFIX = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,5}[ \\t]+)?${HOUSE}(?:\\s?(?:bis|ter|quater))?,?[ \\t]+$`, 'iu');
const PREFIX_TYPES_CAPITALISED = PREFIX_TYPES.split('|')
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join('|');
// The street name's first word keeps a final full stop only as an abbreviation of up to three letters
// ("rue St. Denis"), so "7 Marginal Lorenzo. Thanks" ends at the sentence.
const NAME_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*(?:\\.(?<=(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]{1,3}\\.))?";
const PREFIX_STREET = new RegExp(`^(?:${PREFIX_TYPES}|${PREFIX_TYPES_CAPITALISED})[ \\t]+${FR_LINK}${NAME_WORD}(?:[ \\t]+(?!(?:${UNIT_WORDS_CAPITALISED})(?![\\p{L}]))\\p{Lu}[\\p{L}'’-]*){0,3}`, 'u');
// Indian house and plot numbers ("House No. 42, Sector 15", "Flat 402, Sai Residency") and post office boxes.
const HOUSE_NUMBER = new RegExp(
  `^(?:(?:house|h\\.|flat|plot|door|shop|khasra|ward)\\s*(?:no\\.?|number|#)?\\s*[\\p{N}][\\p{L}\\p{N}/-]*,?(?:[ \\t]+${WORD}){0,4}|(?:P\\.?\\s?O\\.?\\s?)?Box\\s*\\d{1,6}|Postfach\\s*\\d{1,6}|BP\\s*\\d{1,6})`,
  'iu',
);
// "corner of Kapelaniestraat 88 and Whittaker Street", "corner of 5th Avenue & Main St.": two streets that meet.
// A lower-case word may be inside either street ("ul. Cicha 86", "Csabai kapu 39.", "ten Pas Pass"), but not "and".
const CORNER_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,5}(?:st|nd|rd|th|[a-z])?\\.?|(?!and[ \\t])\\p{Ll}[\\p{L}'’-]*\\.?)";
const CORNER_STREET = `${CORNER_WORD}(?:[ \\t]+${CORNER_WORD}){0,3}`;
const CORNER = new RegExp(`^[Cc]orner of[ \\t]+(?:the[ \\t]+)?(${CORNER_STREET})[ \\t]+(?:and|&)[ \\t]+(${CORNER_STREET})`, 'u');
const PO_BOX_BEFORE = /(?:P\.?\s?O\.?\s?)$/i;
// Full street types that name a street on their own, capitalised after its name ("on Elm Street").
const NAMED_TYPES = new Set(['Street', 'Avenue', 'Road', 'Boulevard', 'Lane', 'Drive']);
const NAMED_STREET_BEFORE = /(?<![\p{L}\p{N}])(?:on|at|along|off|down|up|in)[ \t]+((?!The[ \t])(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3})$/u;
// US military mail: "PSC 1437, Box 3833\nAPO AA 66791", "Unit 8421 Box 0071\nDPO AP 12345", "USNS Cole\nFPO AE 09502".
const MILITARY = /(?<![\p{L}\p{N}])(?:(?:PSC|Unit|CMR)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|(?:USNS|USNV|USS|USCGC)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?),?[ \t]*\n?[ \t]*[ADF]PO[ \t]+A[AEP][ \t]+\d{5}(?:-\d{4})?(?![\p{L}\p{N}])/gu;
// Hungarian street types stand alone after the name, which may hold a lower-case word, and are often
// abbreviated: "Piroska u. 97.", "Victor Hugo u. 49.", "Árpád fejedelem útja 62.", "Belgrád rkp. 18.".
// By their words' folded hashes, as the scan keeps them: a number's previous word is compared without slicing.
const HUNGARIAN_TYPES = wordHashes(['u', 'utca', 'út', 'útja', 'tér', 'tere', 'körút', 'köz', 'sétány', 'fasor', 'rakpart', 'rkp', 'krt']);
const HUNGARIAN_STREET = /(?<![\p{L}\p{N}])(?:\d{1,5}[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,2}?[ \t]+(?:[Uu]tca|[Úú]t|[Úú]tja|[Tt]ér|[Tt]ere|[Kk]örút|[Kk]öz|[Ss]étány|[Ff]asor|[Rr]akpart|rkp\.|krt\.|u\.)[ \t]*$/gu;

const CONTEXT_CORE = new RegExp(
  `^(?:(?:zip|zip code|postcode|postal code|post code|plz|pin code|pincode)[:\\s]+(\\d{4,6}(?:-\\d{4})?|[A-PR-UWYZ][A-HK-Y0-9]{1,3} ?\\d[A-Z]{2})|(?:address|\\baddr\\.?|\\b(?:live|lives|living|located|based|reside|resides|staying|stay)\\s+at|\\b(?:moved|ship|shipped|deliver|delivered|send|sent|mail|post)\\s+(?:it\\s+)?to|\\b(?:find|visit)\\s+us\\s+at|\\boffice\\s+(?:is\\s+)?at|\\bcorner\\s+of)(?:[:\\s]+(?:is|with|to|at|of)\\b)?[:\\s]+((?:${WORD}[ \\t]+){0,3}${WORD}[ \\t]+${HOUSE}|(?:${HOUSE}[ \\t]+)?${HOUSE}[ \\t]+(?:${WORD}[ \\t]+){0,2}${WORD}(?:[ \\t]+${HOUSE}(?![\\p{L}\\p{N}]))?))`,
  'iu',
);

// A house number, a street name of one to three words, then a unit on the same line or the next: "9599
// Ringgränd Suite 698", "308 Čajakova\n Apt. 180".
const NUMBER_NAME_UNIT = new RegExp(`^${HOUSE}[ \\t]+((?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){0,2}?\\p{Lu}[\\p{L}'’.-]*?|\\p{Lu}[\\p{L}'’-]*[ \\t]+\\p{Ll}[\\p{L}'’-]*)\\.?,?(?=[ \\t]*\\n?[ \\t]+(?:Apt\\.?|Suite|Ste\\.?|Unit)[ \\t]*#?[ \\t]*\\d)`, 'u');
// "Apt", "Suite", "Ste", "Unit" by their folded hashes: looked for in the words after every house number.
const UNIT_HASHES = wordHashes(['apt', 'suite', 'ste', 'unit']);
// "Grössgstötten 50 street.": the word street after the number, ending the clause.
const STREET_WORD_AFTER = '[ \\t]+(?:street|road|avenue)(?=[ \\t]*(?:[.,;:!?)]|$)|[ \\t]+(?:in|near)[ \\t])';
// A floor after the house number: "2 OG", "3 hoog".
const FLOOR = '[ \\t]+\\d{1,2}[ \\t]*(?:OG|hoog|étage|Stock)(?![\\p{L}])';
// A line that is only house number + street name + number, with no street type: "11 Školní 939",
// "52 Ibirapita 8057", "98 árpád fejedelem útja 45." — an address only when a unit, town or postcode follows.
const NUMBERED_LINE = new RegExp(`^(?:\\d{1,5}[ \\t]+)?(?:${HOUSE}[ \\t]+)?((?:${WORD}[ \\t]+){0,3}?\\p{L}[\\p{L}'’.-]*)[ \\t]+${HOUSE}\\.?(?=[ \\t]*(?:,|\\n|$))`, 'u');
// The same line without a leading number, "Radbuzská 4", "Laaksoraitti 4": needs a town and a postcode after it.
const NAMED_LINE = new RegExp(`^(\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+[\\p{L}][\\p{L}'’.-]*){0,2})[ \\t]+${HOUSE}(?=[ \\t]*(?:,|\\n|$)|[ \\t]+(?:${UNIT_WORDS_CAPITALISED})(?![\\p{L}])|${FLOOR}|${STREET_WORD_AFTER})`, 'u');
// What must follow "Brodská 35" inside a sentence: a unit ("Suite 825", "Apt. 5", "2 OG", "Oppgang A"), a
// postcode and town (", 531 05 Rumburk", ", 0560 Nærhamn") or the word street ("Grössgstötten 50 street").
const NAMED_STREET_EVIDENCE = new RegExp(
  `^(?:[ \\t]+(?:${UNIT_WORDS}|${UNIT_WORDS_CAPITALISED})(?![\\p{L}])[ \\t]*#?[ \\t]*(?:\\d[\\p{L}\\p{N}-]{0,5}|[A-Z])(?![\\p{L}\\p{N}])|${FLOOR}|,[ \\t]*(?:\\d{4,5}|\\d{3} \\d{2})[ \\t]+\\p{Lu}|${STREET_WORD_AFTER})`,
  'u',
);
const POSTCODE_IN_BLOCK = /(?<![\p{L}\p{N}-])(?:\d{4,6}|\d{3} \d{2,3}|\d{5}-\d{3,4}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{2}-\d{3}|[A-PR-UWYZ][A-HK-Y0-9]{1,3} ?\d[A-Z]{2})(?![\p{L}\p{N}])/u;
// "3333 February 03, 2015", "05:41 PM January 28": a date or time, not a street.
const DATE_WORD = /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|am|pm|mon|tue|wed|thu|fri|sat|sun)\.?(?![\p{L}])/iu;
// What an address block has after the street: a unit, or a postcode or ZIP somewhere in its segments.
const BLOCK_EVIDENCE = /(?:^|[\s,])(?:apt\.?|apartment|suite|ste\.?|unit|flat|floor|room)(?:\s|$)|(?<![\p{L}\p{N}-])(?:\d{4,6}|\d{3} \d{2}|\d{5}-\d{3,4}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{2}-\d{3}|[A-PR-UWYZ][A-HK-Y0-9]{1,3} ?\d[A-Z]{2})(?![\p{L}\p{N}])/iu;
// A unit written before the street: "Apt 4B, 221 Baker St", "Flat 3, 12 Rose Lane".
// "Level 3\n 560 Jordan Lookout", "Flat 20h\nBull Junctions": or on the line above it.
const UNIT_BEFORE = /(?<![\p{L}\p{N}])(?:apt\.?|apartment|suite|ste\.?|unit|flat|room|level|studio)[ \t]*(?:no\.?[ \t]*)?#?[ \t]*[\p{L}\p{N}-]{1,6},?(?:[ \t]+|[ \t]*\n[ \t]*)$/iu;

const UK_POSTCODE_GATE = /\d[ABD-HJLNP-UW-Z]{2}\b/;
const UK_POSTCODE = /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;
const ADDRESS_START_CLASSES = W.STREET_TYPE | W.STREET_PREFIX | W.HOUSE_WORD | W.ADDRESS_CUE;

const NAMED_STREET_GATE = /(?:Street|Avenue|Road|Boulevard|Lane|Drive)(?![\p{L}])/u;

/** Whether a text may name a street without a number ("on Elm Street"): the detector's gate for texts without digits. */
export function mayNameStreet(text: string): boolean {
  return NAMED_STREET_GATE.test(text);
}

/** Appends STREET_ADDRESS spans; the scanned words say where street types, numbers and cue words are. */
export function findStreetAddresses(text: string, words: TokenBuffer, classOf: WordClassOf, out: EntitySpan[]): void {
  const isCommon = (word: string) => (classOf(word) & W.COMMON) !== 0;
  const found: EntitySpan[] = [];
  // Several cues often end at the same street ("live at" and the street type): extend each end once.
  let extended: Map<number, number> | undefined;
  const extendOnce = (coreEnd: number) => {
    extended ??= new Map();
    let end = extended.get(coreEnd);
    if (end === undefined) extended.set(coreEnd, (end = extendAddress(text, coreEnd, classOf)));
    return end;
  };
  const add = (start: number, coreEnd: number) => {
    // A unit before the street ends in its number or letter, a comma perhaps, and a space.
    const unit = start > 2 && isSpaceOrComma(text.charCodeAt(start - 1)) ? UNIT_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
    found.push({ type: 'STREET_ADDRESS', start: start - (unit?.[0].length ?? 0), end: extendOnce(coreEnd) });
  };
  const seen = words.seen;
  const multiline = text.includes('\n');
  // Set when a word is "APO", "FPO" or "DPO", the post offices of US military mail.
  let military = false;
  let numberWithLetters = false;
  for (let i = 0; i < words.count; i++) {
    const cls = words.classes[i] ?? 0;
    // Most words are none of what the rules below start from: a cue word, a number or a capitalised word.
    if ((cls & ADDRESS_START_CLASSES) === 0 && ((words.shape[i] ?? 0) & (T.NUMERIC | T.CAPITALISED)) === 0) continue;
    const start = words.start[i] ?? 0;
    const end = words.end[i] ?? 0;
    if (end - start === 3 && (words.shape[i] ?? 0) & T.ALL_CAPS && text.charCodeAt(start + 1) === 80 && text.charCodeAt(start + 2) === 79) military = true;
    // Every pattern needs a number near its cue word; checking the words first spares most regular expressions.
    const numberBefore = cls & W.STREET_TYPE ? firstNumberAmong(words, i - 7, i - 1) : -1;
    // "shows on Berg Hills Street": a named street without a number, after a preposition of place.
    if (numberBefore < 0 && cls & W.STREET_TYPE && (words.shape[i] ?? 0) & T.CAPITALISED && NAMED_TYPES.has(text.slice(start, end))) {
      const from = Math.max(0, start - 50);
      const m = NAMED_STREET_BEFORE.exec(text.slice(from, start));
      if (m !== null) found.push({ type: 'STREET_ADDRESS', start: from + m.index + m[0].length - (m[1] ?? '').length, end });
    }
    if (numberBefore >= 0 && streetTypeWord(text, start, end, words.shape[i] ?? 0)) {
      // The street starts at a number at most seven words back: the pattern is tried from the first one.
      const from = Math.max(0, start - 80, words.start[numberBefore] ?? 0);
      // "St." and "Blvd." keep their dot; "Street." ends a sentence.
      const dot = text.charCodeAt(end) === 46 && ABBREVIATED_TYPES.has(text.slice(start, end).toLowerCase()) ? 1 : 0;
      const window = text.slice(from, end + dot);
      // The earliest start may be implausible ("1 Main Street 1 Main Street"): try later starts too.
      NUMBER_FIRST.lastIndex = 0;
      let m = NUMBER_FIRST.exec(window);
      while (m !== null && !plausibleStreetName(m[1] ?? '', isCommon)) {
        NUMBER_FIRST.lastIndex = m.index + 1;
        m = NUMBER_FIRST.exec(window);
      }
      if (m !== null) add(from + m.index, end + dot);
      const broadway = m === null ? /(?<![\p{L}\p{N}])\d{1,6}[ \t]+Broadway$/iu.exec(window) : null;
      if (broadway !== null) add(from + broadway.index, end);
    }
    const shape = words.shape[i] ?? 0;
    // "6XT" of a UK postcode, "12th" of an Indian road: a number with letters, which the text-wide patterns need.
    if (shape & T.NUMERIC && !numberWithLetters) numberWithLetters = isLetterCode(text.charCodeAt(end - 1));
    if (shape & T.NUMERIC && i > 0 && !((words.shape[i - 1] ?? 0) & T.HAS_DIGIT) && hasSuffixTail(text, words.end[i - 1] ?? 0) && isContinentalStreetWord(text.slice(words.start[i - 1] ?? 0, words.end[i - 1] ?? 0), isCommon)) {
      const from = Math.max(0, start - 60);
      const m = SUFFIX_BEFORE_NUMBER.exec(text.slice(from, start));
      // "26", "12a", "12-14", "500 B 15" (Finnish staircase and flat).
      const house = /^\d{1,5}[A-Za-z]?(?:\s?[-/]\s?\d{1,5}[A-Za-z]?|\s[A-Z]\s\d{1,4})?(?![\p{L}\p{N}])/u.exec(text.slice(start, start + 16));
      if (m !== null && house !== null) add(from + m.index, start + house[0].length);
    }
    if (shape & T.NUMERIC && i > 1 && !((words.shape[i - 1] ?? 0) & (T.CAPITALISED | T.HAS_DIGIT)) && hasHash(HUNGARIAN_TYPES, words.hashA[i - 1] ?? 0)) {
      const from = Math.max(0, start - 60);
      const window = text.slice(from, start);
      // The earliest start may run over prose ("Ship to Bem rkp. 97"): try later ones.
      HUNGARIAN_STREET.lastIndex = 0;
      let m = HUNGARIAN_STREET.exec(window);
      while (m !== null && proseIn(m[0].replace(/[ \t]+\S+[ \t]*$/, ''), isCommon)) {
        HUNGARIAN_STREET.lastIndex = m.index + 1;
        m = HUNGARIAN_STREET.exec(window);
      }
      const house = /^\d{1,4}(?![\p{L}\p{N}])/u.exec(text.slice(start, start + 6));
      if (m !== null && house !== null) add(from + m.index, start + house[0].length);
    }
    if (cls & W.STREET_PREFIX && (numberAmong(words, i - 3, i + 6) || text.slice(start, start + 60).includes('s/n'))) {
      const window = text.slice(start, start + 90);
      const m = PREFIX_THEN_NUMBER.exec(window);
      // "Parque Central aired in 2019": lower-case dictionary words are prose, not a street's name.
      if (m !== null && !proseIn(m[1] ?? '', isCommon)) add(start, start + m[0].length);
      const before = NUMBER_THEN_PREFIX.exec(text.slice(Math.max(0, start - 16), start));
      const street = before === null ? null : PREFIX_STREET.exec(window);
      if (before !== null && street !== null) add(start - before[0].length, start + street[0].length);
    }
    if (cls & W.HOUSE_WORD && numberAmong(words, i + 1, i + 3)) {
      const m = HOUSE_NUMBER.exec(text.slice(start, start + 90));
      const po = PO_BOX_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
      if (m !== null) add(start - (po?.[0].length ?? 0), start + m[0].length);
    }
    // "Sidler Pines Lexstraat⏎ Suite 062⏎ Jakefort⏎ India 4229": a unit that starts a line, with a town after it,
    // makes the line above a street, whatever its words.
    if (shape & T.CAPITALISED && shape & T.NEWLINE_BEFORE && i > 0 && i + 1 < words.count && (words.shape[i + 1] ?? 0) & T.NUMERIC && hasHash(UNIT_HASHES, words.hashA[i] ?? 0)) {
      const first = streetLineAbove(text, words, i);
      if (first >= 0) {
        const lineEnd = words.end[i - 1] ?? 0;
        const end = extendOnce(lineEnd);
        if (end > (words.end[i + 1] ?? 0)) found.push({ type: 'STREET_ADDRESS', start: words.start[first] ?? 0, end });
      }
    }
    // "9599 Ringgränd Suite 698", "755 Bernard-Schuster-Weg Apt. 492": a unit after the name vouches for a
    // street whose type word no list has.
    if (shape & T.NUMERIC && !((words.shape[i - 1] ?? 0) & T.HAS_DIGIT) && unitAhead(words, i)) {
      const m = NUMBER_NAME_UNIT.exec(text.slice(start, start + 80));
      if (m !== null && plausibleStreetName(m[1] ?? '', isCommon) && !DATE_WORD.test(m[0])) add(start, start + m[0].length);
    }
    // At a line start, or inside a sentence when the street ends its line and the block goes on below.
    const numberStartsLine = shape & T.NUMERIC && startsLine(text, start);
    if (numberStartsLine || (shape & T.NUMERIC && multiline && numberEndsLineSoon(words, i))) {
      const m = NUMBERED_LINE.exec(text.slice(start, start + 90));
      const ok = m !== null && (numberStartsLine || /^[ \t]*\n/.test(text.slice(start + m[0].length, start + m[0].length + 8)));
      if (m !== null && ok && plausibleStreetName(m[1] ?? '', isCommon) && !DATE_WORD.test(m[0])) {
        const coreEnd = start + m[0].length;
        const end = extendOnce(coreEnd);
        if (end > coreEnd && BLOCK_EVIDENCE.test(text.slice(coreEnd, end))) found.push({ type: 'STREET_ADDRESS', start, end });
      }
    }
    // A dictionary word may start such a street only when short: Czech "U Svodnice 7", "Nad Havlem 290".
    // Inside a sentence the street needs a unit or a postcode and town right after its number (checked first:
    // it rules out most capitalised words before a number); an address block's first line may have them on
    // the next lines.
    const number = shape & T.CAPITALISED && !(cls & W.STOP) && (!(cls & W.COMMON) || end - start <= 3) ? firstNumberAmong(words, i + 1, i + 3) : -1;
    // The street pattern below needs letters, spaces and ".-'" up to the number: "Tel Aviv +972" is spared the evidence checks.
    const candidate = number >= 0 && !afterCapitalisedWord(text, words, i) && namedLineShape(text, start, words.start[number] ?? 0);
    const lineStart = candidate && startsLine(text, start);
    // "…return to Štetinova 2366⏎Mäntsälä⏎, TX⏎ Brazil 1800": inside a sentence, a street whose number ends
    // its line opens a block; the block's postcode and town vouch for it as they do at a line start.
    const endsLine = candidate && !lineStart && (number + 1 >= words.count || ((words.shape[number + 1] ?? 0) & T.NEWLINE_BEFORE) !== 0) && /^\.?[ \t]*\n/.test(text.slice(words.end[number] ?? 0, (words.end[number] ?? 0) + 4));
    const slavic = candidate && slavicStreetBeforeTown(text, words, i, number);
    const evidence = candidate && (lineStart || endsLine || slavic || NAMED_STREET_EVIDENCE.test(text.slice(words.end[number] ?? 0, (words.end[number] ?? 0) + 24)));
    if (evidence) {
      const m = NAMED_LINE.exec(text.slice(start, start + 70));
      if (m !== null && !DATE_WORD.test(m[0])) {
        const coreEnd = start + m[0].length;
        const end = extendOnce(coreEnd);
        const after = text.slice(coreEnd, end);
        const block = (lineStart || endsLine) && POSTCODE_IN_BLOCK.test(after) && /\p{Lu}\p{Ll}/u.test(after);
        if (block || NAMED_STREET_EVIDENCE.test(text.slice(coreEnd, coreEnd + 24)) || (end > coreEnd && slavic)) found.push({ type: 'STREET_ADDRESS', start, end });
      }
    }
    if (cls & W.ADDRESS_CUE && (text.charCodeAt(start) | 32) === 99 && text.startsWith('orner of', start + 1)) {
      const m = CORNER.exec(text.slice(start, start + 120));
      // One of the two named like a street is enough ("the corner of Sonny Court and Rzemieślnicza"); two
      // bare names are people ("the corner of Bob and Alice").
      if (m !== null && [m[1] ?? '', m[2] ?? ''].some((street) => looksLikeStreet(street, classOf))) {
        // "the corner of X and Y" is the address itself: "I live at <STREET_ADDRESS>".
        const the = /the[ \t]+$/i.exec(text.slice(Math.max(0, start - 6), start));
        add(start - (the?.[0].length ?? 0), start + m[0].length);
      }
    }
    if (cls & W.ADDRESS_CUE && numberAmong(words, i + 1, i + 10)) {
      const m = CONTEXT_CORE.exec(text.slice(start, start + 110));
      const core = m?.[1] ?? m?.[2];
      if (m !== null && core !== undefined) {
        const coreStart = start + m[0].length - core.length;
        add(coreStart, coreStart + withoutTrailingWords(core, isCommon).length);
      }
    }
  }
  if (numberWithLetters && /\d(?:st|nd|rd|th)\s/i.test(text)) for (let m = firstMatch(ORDINAL_ROAD, text); m !== null; m = ORDINAL_ROAD.exec(text)) add(m.index, m.index + m[0].length);
  if (numberWithLetters && seen !== 0 && UK_POSTCODE_GATE.test(text)) for (let m = firstMatch(UK_POSTCODE, text); m !== null; m = UK_POSTCODE.exec(text)) found.push({ type: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  if (military) for (let m = firstMatch(MILITARY, text); m !== null; m = MILITARY.exec(text)) found.push({ type: 'STREET_ADDRESS', start: m.index, end: extendOnce(m.index + m[0].length) });
  for (const span of found) {
    if (span.end <= span.start) continue;
    const first = text.charCodeAt(span.start);
    const start = isLetterCode(first) || first > 127 ? houseNumberBefore(text, span.start) : span.start;
    out.push(start === span.start ? span : { ...span, start });
  }
}

// Street types written abbreviated, whose full stop belongs to the address ("St.", "Blvd."), unlike "Lane.".
const ABBREVIATED_TYPES = new Set('st ave av rd blvd ln dr ct pl terr ter pkwy hwy cir sq trl gdns aly plz expy fwy byp cswy cres crk xing ext hts jct mtn pt rdg rte tpke vly vw vlg vis'.split(' '));

// USPS street types that are everyday English words: they end a street only when capitalised ("544 Jacobson
// Well", not "scored 2 goals as well"), which also spares the street pattern on most prose.
const EVERYDAY_TYPES = new Set(EVERYDAY_STREET_TYPES);

/** Whether a street-type word may end a street here: any type capitalised, the common ones in any case. */
function streetTypeWord(text: string, start: number, end: number, shape: number): boolean {
  return (shape & T.CAPITALISED) !== 0 || !EVERYDAY_TYPES.has(text.slice(start, end).toLowerCase());
}

/** "Ziegelgasse", "Nassaustraat", "Gata": a continental street word, but not an English word ("Spring", "Ring"). */
function isContinentalStreetWord(word: string, isCommon: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  const suffixes = SUFFIXES_BY_TAIL.get(lower.slice(-2));
  return suffixes !== undefined && suffixes.some((suffix) => lower.endsWith(suffix)) && !isCommon(lower);
}

function isSpaceOrComma(code: number): boolean {
  return code === 32 || code === 9 || code === 44 || code === 10;
}

// Czech, Slovak and Croatian streets are named by an adjective or possessive with no type word: "Oravská",
// "Galileova", "Krasovského", "Školní", "Bakarska".
const SLAVIC_STREET_NAME = /(?:ská|cká|ová|ova|ovo|ého|ní|ná|ska|čka|ška|eva)$/u;

/** "Oravská 41, Detva": a street name ending like a Slavic one right before its number (word `number`), a comma and a town. */
function slavicStreetBeforeTown(text: string, words: TokenBuffer, i: number, number: number): boolean {
  const after = words.end[number] ?? 0;
  const name = number - 1;
  // "Anna Nováková 3, Petr…" is a person and a score: no given name or surname from the lists.
  for (let k = i; k <= name; k++) if ((words.classes[k] ?? 0) & (W.GIVEN | W.SURNAME)) return false;
  return name >= i && SLAVIC_STREET_NAME.test(text.slice(words.start[name] ?? 0, words.end[name] ?? 0)) && /^,[ \t]*\p{Lu}/u.test(text.slice(after, after + 4));
}

/** ASCII letters: the end of "12th" or "6XT". */
function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether the word ending at `end` ends like a continental street suffix ("…gasse", "…straat"). */
function hasSuffixTail(text: string, end: number): boolean {
  return SUFFIXES_BY_TAIL.has(text.slice(end - 2, end).toLowerCase());
}

/**
 * Whether only letters, spaces, tabs and ".-'’" stand between a street name's start and its number on one
 * line: what NAMED_LINE's words and gaps are made of, checked before any of its evidence is sought.
 */
function namedLineShape(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 46 || c === 45 || c === 39 || c === 0x2019) continue;
    if ((charClass(c) & CHAR_WORD) === 0) return false;
  }
  return true;
}

/** Whether a street of a corner is named like one: a street type or continental suffix, or a house number, at its end. */
function looksLikeStreet(street: string, classOf: WordClassOf): boolean {
  const words = street.split(/[ \t]+/);
  const last = words[words.length - 1] ?? '';
  const isCommon = (word: string) => (classOf(word) & W.COMMON) !== 0;
  return /^\d/.test(last) || (classOf(last.replace(/\.$/, '').toLowerCase()) & W.STREET_TYPE) !== 0 || words.some((word) => isContinentalStreetWord(word, isCommon));
}

/** Whether word i follows a capitalised word on the same line: "Jána Stanislava 235" starts at "Jána". */
function afterCapitalisedWord(text: string, words: TokenBuffer, i: number): boolean {
  const gap = text.charCodeAt((words.start[i] ?? 0) - 1);
  return i > 0 && ((words.shape[i - 1] ?? 0) & T.CAPITALISED) !== 0 && words.end[i - 1] === (words.start[i] ?? 0) - 1 && (gap === 32 || gap === 9);
}

/**
 * Where a street that starts at `at` with a letter really starts: at a house number of up to six digits
 * written before it, as well as after ("764 Fagradalsbraut 71", "808 Kálmán Imre u. 12.").
 */
function houseNumberBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k === at - 1) return at;
  const digitsEnd = k + 1;
  while (k >= 0 && isDigitCode(text.charCodeAt(k))) k--;
  const digits = digitsEnd - k - 1;
  if (digits < 1 || digits > 6) return at;
  // "v1.2 Main…", "12,5 Hauptstraße…", "10:30 Piazza…": part of another number or word.
  const before = k >= 0 ? text.charCodeAt(k) : 32;
  return isWordCode(before) || before === 46 || before === 44 || before === 58 || before === 47 || before === 45 ? at : k + 1;
}

/** Whether a capitalised unit word ("Suite", "Apt") is two to four words after house number `i`. */
function unitAhead(words: TokenBuffer, i: number): boolean {
  const last = Math.min(i + 4, words.count - 1);
  for (let k = i + 2; k <= last; k++) if ((words.shape[k] ?? 0) & T.CAPITALISED && hasHash(UNIT_HASHES, words.hashA[k] ?? 0)) return true;
  return false;
}

/**
 * The first word of the line above unit word `i` when that line can be a street: it starts a line (or
 * follows a label), has two to six words, all capitalised or numbers, and is not a person's name (a listed
 * given name, then a surname); -1 otherwise.
 */
function streetLineAbove(text: string, words: TokenBuffer, i: number): number {
  let first = i - 1;
  while (first > 0 && !((words.shape[first] ?? 0) & T.NEWLINE_BEFORE) && i - first < 6) first--;
  const count = i - first;
  if (count < 2 || !startsLine(text, words.start[first] ?? 0)) return -1;
  for (let k = first; k < i; k++) {
    const shape = words.shape[k] ?? 0;
    if (!(shape & (T.CAPITALISED | T.NUMERIC)) || (k > first && !(shape & T.SPACE_BEFORE))) return -1;
  }
  const given = words.classes[first] ?? 0;
  const last = words.classes[i - 1] ?? 0;
  if (given & W.GIVEN && !(given & W.COMMON) && last & W.SURNAME) return -1;
  return first;
}

/** "in 0269 Stensås terrasse 38⏎": a number, a name of one to three words, a number that ends the line. */
function numberEndsLineSoon(words: TokenBuffer, i: number): boolean {
  if (i === 0 || (words.shape[i - 1] ?? 0) & T.HAS_DIGIT || i + 1 >= words.count || (words.shape[i + 1] ?? 0) & (T.HAS_DIGIT | T.NEWLINE_BEFORE)) return false;
  for (let k = i + 2; k <= i + 5 && k < words.count; k++) {
    const shape = words.shape[k] ?? 0;
    if (shape & T.NEWLINE_BEFORE) return false;
    if (shape & T.NUMERIC) return k + 1 >= words.count || ((words.shape[k + 1] ?? 0) & T.NEWLINE_BEFORE) !== 0;
  }
  return false;
}

/** Whether any of the words from..to (clamped) holds a digit. */
function numberAmong(words: TokenBuffer, from: number, to: number): boolean {
  return firstNumberAmong(words, from, to) >= 0;
}

/** The first of the words from..to (clamped) that holds a digit, or -1. */
function firstNumberAmong(words: TokenBuffer, from: number, to: number): number {
  const last = Math.min(to, words.count - 1);
  for (let k = Math.max(0, from); k <= last; k++) if ((words.shape[k] ?? 0) & T.HAS_DIGIT) return k;
  return -1;
}

/** ">", "•", "·", "▪", "*", "?" (bullets that lost their encoding come out as "???"). */
function isLineMarker(code: number): boolean {
  return code === 62 || code === 8226 || code === 183 || code === 9642 || code === 42 || code === 63;
}

/** Whether only white space, a quote or bullet marker, or a label ending in ":", stands between the line start and `at`. */
function startsLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  // A quoted or bulleted line: "> 3369 24 Clarke Avenue", "??? 78321 Ombù 9091".
  while (k >= 0 && isLineMarker(text.charCodeAt(k))) k--;
  if (k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return true;
  // "Address: 11 Školní 939", not the minutes of "05:41".
  return text.charCodeAt(k) === 58 && k < at - 1;
}

/** Drops what follows a sentence end, trailing lower-case dictionary words and a final full stop: "1 Main Street and" → "1 Main Street". */
function withoutTrailingWords(core: string, isCommon: (word: string) => boolean): string {
  // A full stop followed by a space ends the sentence, unless it closes an abbreviation like "St." or a
  // unit word ("Lgh. 873", "Esc. 4").
  let value = core.replace(/(?<!\b(?:st|ave|rd|no|nr|dr|blvd|apt|ste|lgh|leil|esc|app|apto|int|rm|fl|whg|lok|bl|sc|ap|m|str|ul|al|pl|os|av|avda|bd))\.[ \t].*$/isu, '').replace(/\.$/, '');
  for (;;) {
    const last = /[ \t]+(\p{Ll}[\p{L}'’-]*)$/u.exec(value);
    if (last === null || !isCommon(last[1] ?? '')) return value;
    value = value.slice(0, last.index);
  }
}

/** Whether a name after a street prefix holds prose: a lower-case dictionary word that is not a particle ("aired in"). */
function proseIn(name: string, isCommon: (word: string) => boolean): boolean {
  return name.split(/[ \t]+/).some((word) => /^\p{Ll}/u.test(word) && !PLACE_PARTICLE.test(word) && isCommon(word.replace(/[.,'’-]+$/, '')));
}

// "3911 fourth avenue": an ordinal written out is a street's name, in any case.
const SPELLED_ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/i;

/** A street name is capitalised words or ordinals; lower-case words must not be dictionary words. */
function plausibleStreetName(name: string, isCommon: (word: string) => boolean): boolean {
  for (const word of name.split(/[ \t]+/)) {
    if (/^\d+(?:st|nd|rd|th)$/i.test(word) || SPELLED_ORDINAL.test(word)) continue;
    if (/^\d/.test(word)) return false;
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) continue;
    if (isCommon(word.toLowerCase().replace(/[.'’-]+$/, ''))) return false;
  }
  return true;
}
