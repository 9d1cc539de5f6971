// Builds a redactor: one word table holding the shipped name lists and the directory of known people,
// then every detector run over each text, overlaps resolved, and the operator applied.
import { findAddressees } from './addressee-lines.js';
import { findDatesOfBirth } from './date-of-birth-detector.js';
import { findEmails } from './email-detector.js';
import type { EntitySpan, EntityType } from './entity-types.js';
import { findHandles } from './handle-detector.js';
import { findIbans } from './iban-detector.js';
import { findIpAddresses } from './ip-address-detector.js';
import { addKnownPeople, expectedNameEntries, findKnownNames } from './member-name-index.js';
import { findUkNinos, findUsSsns } from './national-id-detectors.js';
import { findPersonsByNlp } from './nlp-person-detector.js';
import { findPaymentCards } from './payment-card-detector.js';
import { findPersonsByRules } from './person-rules.js';
import { createPersonSpanGrowth } from './person-span-growth.js';
import { createPersonTagger } from './person-tagger.js';
import { shippedTaggerModel } from './person-tagger-model.js';
import { findPersonalUrls } from './personal-url-detector.js';
import { findPhoneNumbers } from './phone-detector.js';
import { dropPlacesFoundAsPersons, dropWordsAfterFromOrIn } from './place-names-in-persons.js';
import { pseudonymiser, randomPseudonymKey } from './pseudonyms.js';
import { applyOperator, resolveOverlaps, type RedactionMode, type Redactor, type RedactorOptions } from './redactor.js';
import { findStreetAddresses, mayNameStreet } from './street-address-detector.js';
import { includeTitles } from './titled-names.js';
import { T, TokenBuffer } from './tokens.js';
import { truecase } from './truecase.js';
import { addLexicon, lexiconSize, W } from './word-classes.js';
import { hashWordInto } from './word-hash.js';
import { WordTable } from './word-table.js';

/** Detector set version, recorded in every dataset manifest; bump it whenever any detector changes. */
export const REDACTOR_VERSION = 'consentry-redact/1.6.1';

/**
 * Which type wins between two overlapping spans of equal length: the more specific, validated type
 * (an e-mail inside a URL, a card number that also parses as a phone number).
 */
export const SPECIFICITY: readonly EntityType[] = [
  'EMAIL_ADDRESS',
  'URL',
  'IBAN_CODE',
  'CREDIT_CARD',
  'US_SSN',
  'UK_NINO',
  'IP_ADDRESS',
  'PHONE_NUMBER',
  'DATE_OF_BIRTH',
  'STREET_ADDRESS',
  'PERSON',
];

/** Whether a word starts like an IBAN: two letters, then two digits ("DE89", "GB29NWBK…"). */
function ibanShaped(text: string, words: TokenBuffer): boolean {
  for (let i = 0; i < words.count; i++) {
    if (((words.shape[i] ?? 0) & (T.HAS_DIGIT | T.NUMERIC)) !== T.HAS_DIGIT) continue;
    const at = words.start[i] ?? 0;
    if (isAsciiLetter(text.charCodeAt(at)) && isAsciiLetter(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3))) return true;
  }
  return false;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a word could start a UK NINO: "AB123456C" in one word, or two letters before a number ("AB 12 34 56 C"). */
function ninoShaped(words: TokenBuffer): boolean {
  for (let i = 0; i < words.count; i++) {
    const shape = words.shape[i] ?? 0;
    const length = (words.end[i] ?? 0) - (words.start[i] ?? 0);
    if (shape & T.NUMERIC) continue;
    if (shape & T.HAS_DIGIT && length === 9) return true;
    if (length === 2 && !(shape & T.HAS_DIGIT) && i + 1 < words.count && (words.shape[i + 1] ?? 0) & T.NUMERIC) return true;
  }
  return false;
}

/** Whether a birth cue word has a number within twelve words (its 45-character window) of it: a date of birth needs both. */
function birthCueNearNumber(words: TokenBuffer): boolean {
  let lastNumber = -100;
  let lastCue = -100;
  for (let i = 0; i < words.count; i++) {
    if ((words.shape[i] ?? 0) & T.HAS_DIGIT) {
      if (i - lastCue <= 12) return true;
      lastNumber = i;
    }
    if ((words.classes[i] ?? 0) & W.BIRTH_CUE) {
      if (i - lastNumber <= 12) return true;
      lastCue = i;
    }
  }
  return false;
}

/** The Spanish "s/n" (no number), a street corner, a street named on its own ("on Elm Street"): addresses without a digit. */
function addressWithoutNumber(text: string, words: TokenBuffer): boolean {
  const seen = words.seen;
  if (seen & W.STREET_PREFIX && text.includes('s/n')) return true;
  if (seen & W.ADDRESS_CUE && text.includes('orner of')) return true;
  return (seen & W.STREET_TYPE) !== 0 && mayNameStreet(text);
}

/** Creates a redactor; the detector set is identified by `version`. */
export function createRedactor(options: RedactorOptions): Redactor {
  const mode: RedactionMode = options.mode ?? 'fast';
  // The closures below must not capture `options`: it holds the whole directory, which the word table
  // replaces (100,000 members' names are ~20 MB of objects a build would otherwise carry to the end).
  const { operator } = options;
  const people = [...options.members, ...options.suppressed];
  const table = new WordTable(lexiconSize() + expectedNameEntries(people));
  addLexicon(table);
  addKnownPeople(table, people);
  const words = new TokenBuffer();
  const key = options.pseudonymKey ?? randomPseudonymKey();
  const scratch = { a: 0, b: 0 };
  const classOf = (word: string) => table.get(hashWordInto(word, scratch));
  const isName = (parts: readonly string[]) => {
    if ((classOf(parts.join(' ')) & W.MEMBER_NAME) !== 0) return true;
    const first = classOf(parts[0] ?? '');
    const last = classOf(parts[parts.length - 1] ?? '');
    return (first & W.GIVEN) !== 0 && (first & W.COMMON) === 0 && (last & W.SURNAME) !== 0;
  };
  const ruleOptions = { lowercaseNames: true, loneSurnames: true };
  const tagger = createPersonTagger(shippedTaggerModel());
  const growPersonSpans = createPersonSpanGrowth();

  const detect = (original: string): EntitySpan[] => {
    const spans: EntitySpan[] = [];
    words.scan(original, table);
    const text = truecase(original, words);
    if (text !== original) words.scan(text, table);
    findEmails(text, words, spans);
    findHandles(text, spans);
    findPersonalUrls(text, words, isName, spans);
    // Each number detector needs a minimum of digits: most posts have a year at most and skip them all.
    // Cards, SSNs and phone numbers are one run of grouped digits, so the longest run gates them.
    const digits = words.digits;
    const run = words.digitRun;
    if (run >= 12) findPaymentCards(text, spans);
    if (digits >= 12 && ibanShaped(text, words)) findIbans(text, spans);
    if (run >= 9) findUsSsns(text, spans);
    if (run >= 6 && ninoShaped(words)) findUkNinos(text, spans);
    // IPv4 is four numbers joined by dots; IPv6 has colons.
    const ipv4 = words.dottedNumbers >= 4;
    if (ipv4 || (digits >= 1 && text.includes(':'))) findIpAddresses(text, spans, ipv4);
    if (run >= 7) findPhoneNumbers(text, spans, [...spans]);
    if (digits >= 1 && words.seen & W.BIRTH_CUE && birthCueNearNumber(words)) findDatesOfBirth(text, words, spans);
    // Every address has a house number or postcode, but for those addressWithoutNumber looks for.
    if (digits >= 1 || addressWithoutNumber(text, words)) findStreetAddresses(text, words, classOf, spans);
    findKnownNames(text, words, table, spans);
    const guessed = spans.length;
    if (words.seen & W.STREET_TYPE) findAddressees(words, spans, spans);
    findPersonsByRules(text, words, ruleOptions, spans);
    tagger.find(text, words, spans);
    if (mode === 'thorough') findPersonsByNlp(text, spans);
    dropPlacesFoundAsPersons(text, spans, guessed);
    dropWordsAfterFromOrIn(words, spans, guessed);
    growPersonSpans(text, words, spans);
    includeTitles(text, words, spans);
    return spans;
  };

  return {
    version: `${REDACTOR_VERSION}+${mode}`,
    operator,
    mode,
    indexBytes: table.byteLength,
    detect(text: string) {
      return resolveOverlaps(detect(text), SPECIFICITY, text);
    },
    redact(text: string) {
      const entities = resolveOverlaps(detect(text), SPECIFICITY, text);
      const pseudonym = operator === 'pseudonym' ? pseudonymiser(key, text) : () => '';
      return { text: applyOperator(text, entities, operator, pseudonym), entities };
    },
  };
}
