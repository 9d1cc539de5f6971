// Dates of birth: a date (numeric, or with the month in English, German, French or Spanish) that has birth
// context nearby — "born", "DOB", "birthday", "geboren", "née", or an age statement ("turned 40 on").
import type { EntitySpan } from './entity-types.js';
import { T, type TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';
import { firstMatch } from './match-loop.js';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|\\.)?';
const YEAR = "(?:19|20)\\d\\d|'\\d\\d";
const DATE_ALTERNATIVES = [
  `\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})\\b`,
  `\\b(?:19|20)\\d\\d[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}\\b`,
  `\\b${DAY}(?:\\s+of)?\\s+(?:${MONTHS})\\.?(?:,?\\s+(?:${YEAR}))?(?![\\p{L}])`,
  `\\b(?:${MONTHS})\\.?\\s+${DAY}(?:,?\\s+(?:${YEAR}))?(?![\\p{L}\\p{N}])`,
].join('|');
// Tried only where a date can start (sticky): at a word with a digit, or at the month word before one.
const DATE_AT = new RegExp(`(?:${DATE_ALTERNATIVES})`, 'iuy');
// "born in (May) 1990": a pattern of its own, run only when "born" occurs, because a look-behind
// alternative in DATE would be tried at every position of every text.
const BORN_IN = new RegExp(`\\bborn\\s+in\\s+((?:(?:${MONTHS})\\s+)?(?:19|20)\\d\\d)\\b`, 'giu');
// Birth context before the date, tried (sticky) at each cue word or number in the 45 characters before it;
// the date's start is the end of the string it runs on.
const BIRTH_BEFORE_AT =
  /(?:\bborn\b|\bbirth|\bdob\b|\bd\.o\.b|\bb\.\s*$|\bbday|\bb-day|\bbirthday|\bgeboren|\bgeb\.|\bnée?\b|\bnacid[oa]|\bnat[oa]\b|\bnaissance|\bgeburtstag|\bcumpleaños|\bturn(?:s|ed|ing)?\s+\d{1,3}\b|\baged?\s+\d{1,3}\b|\b\d{1,3}\s+(?:years|yrs)\s+old\b)[^.!?\n]{0,30}$/iuy;
const BIRTH_AFTER = /^[^.!?\n]{0,20}(?:\bbirthday|\bbday|\bb-day|\bborn\b|\bgeburtstag|\banniversaire)/iu;

// A date of birth starts at most this far after its cue word's start ("born" + 45 characters of context)
// or before it (a date of up to 30 characters, then 30 characters up to "birthday").
const AFTER_CUE = 50;
const BEFORE_CUE = 60;
const CONTEXT_BEFORE = 45;

/** Appends DATE_OF_BIRTH spans, looking for dates only near the birth cue words among `words`. */
export function findDatesOfBirth(text: string, words: TokenBuffer, out: EntitySpan[]): void {
  // Where the last date found ends, and the last start tried: each start is tried once.
  let taken = -1;
  let tried = -1;
  // The first word not before the current cue's window: cues come in order, so it only moves forward.
  let first = 0;
  for (let i = 0; i < words.count; i++) {
    if (!((words.classes[i] ?? 0) & W.BIRTH_CUE)) continue;
    const cue = words.start[i] ?? 0;
    while (first < words.count && (words.start[first] ?? 0) < cue - BEFORE_CUE) first++;
    for (let k = first; k < words.count && (words.start[k] ?? 0) <= cue + AFTER_CUE; k++) {
      if (!((words.shape[k] ?? 0) & T.HAS_DIGIT)) continue;
      for (let j = Math.max(0, k - 1); j <= k; j++) {
        const start = words.start[j] ?? 0;
        if (start <= tried || start < taken) continue;
        tried = start;
        DATE_AT.lastIndex = start;
        const m = DATE_AT.exec(text);
        if (m === null || !/\d/.test(m[0])) continue;
        const end = start + m[0].length;
        if (birthContextBefore(text, words, j, start) || BIRTH_AFTER.test(text.slice(end, end + 30))) {
          out.push({ type: 'DATE_OF_BIRTH', start, end });
          taken = end;
        }
      }
    }
  }
  if (!/born/i.test(text)) return;
  for (let m = firstMatch(BORN_IN, text); m !== null; m = BORN_IN.exec(text)) {
    const date = m[1] ?? '';
    const start = m.index + m[0].length - date.length;
    // A full date after "born in" was already taken above.
    if (!out.some((s) => s.type === 'DATE_OF_BIRTH' && s.start <= start && start < s.end)) out.push({ type: 'DATE_OF_BIRTH', start, end: start + date.length });
  }
}

/**
 * Whether birth context ends right before the date starting at word `dateWord`: a cue word or an age
 * within the 45 characters before it.
 */
function birthContextBefore(text: string, words: TokenBuffer, dateWord: number, dateStart: number): boolean {
  const before = text.slice(0, dateStart);
  for (let k = dateWord - 1; k >= 0 && (words.start[k] ?? 0) >= dateStart - CONTEXT_BEFORE; k--) {
    if (!((words.classes[k] ?? 0) & W.BIRTH_CUE || (words.shape[k] ?? 0) & T.HAS_DIGIT)) continue;
    BIRTH_BEFORE_AT.lastIndex = words.start[k] ?? 0;
    if (BIRTH_BEFORE_AT.test(before)) return true;
  }
  return false;
}
