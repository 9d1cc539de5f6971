// Dates of birth: a date (numeric, or with the month in English, German, French or Spanish) that has birth
// context nearby — "born", "DOB", "birthday", "geboren", "née", or an age statement ("turned 40 on").
import type { EntitySpan } from './entity-types.js';
import type { TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|\\.)?';
const YEAR = "(?:19|20)\\d\\d|'\\d\\d";
const DATE = new RegExp(
  [
    `\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})\\b`,
    `\\b(?:19|20)\\d\\d[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}\\b`,
    `\\b${DAY}(?:\\s+of)?\\s+(?:${MONTHS})\\.?(?:,?\\s+(?:${YEAR}))?(?![\\p{L}])`,
    `\\b(?:${MONTHS})\\.?\\s+${DAY}(?:,?\\s+(?:${YEAR}))?(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'giu',
);
// "born in (May) 1990": a pattern of its own, run only when "born" occurs, because a look-behind
// alternative in DATE would be tried at every position of every text.
const BORN_IN = new RegExp(`\\bborn\\s+in\\s+((?:(?:${MONTHS})\\s+)?(?:19|20)\\d\\d)\\b`, 'giu');
const BIRTH_BEFORE =
  /(?:\bborn\b|\bbirth|\bdob\b|\bd\.o\.b|\bb\.\s*$|\bbday|\bb-day|\bbirthday|\bgeboren|\bgeb\.|\bnée?\b|\bnacid[oa]|\bnat[oa]\b|\bnaissance|\bgeburtstag|\bcumpleaños|\bturn(?:s|ed|ing)?\s+\d{1,3}\b|\baged?\s+\d{1,3}\b|\b\d{1,3}\s+(?:years|yrs)\s+old\b)[^.!?\n]{0,30}$/iu;
const BIRTH_AFTER = /^[^.!?\n]{0,20}(?:\bbirthday|\bbday|\bb-day|\bborn\b|\bgeburtstag|\banniversaire)/iu;

// A date of birth starts at most this far after its cue word's start ("born" + 45 characters of context)
// or before it (a date of up to 30 characters, then 30 characters up to "birthday").
const AFTER_CUE = 50;
const BEFORE_CUE = 60;
const LONGEST_DATE = 40;

/** Appends DATE_OF_BIRTH spans, looking for dates only near the birth cue words among `words`. */
export function findDatesOfBirth(text: string, words: TokenBuffer, out: EntitySpan[]): void {
  let scannedTo = -1;
  for (let i = 0; i < words.count; i++) {
    if (!((words.classes[i] ?? 0) & W.BIRTH_CUE)) continue;
    const cue = words.start[i] ?? 0;
    const to = cue + AFTER_CUE;
    // Searched up to the window's end plus the longest date, so a search without a date stops there.
    const window = text.slice(0, to + LONGEST_DATE);
    DATE.lastIndex = Math.max(scannedTo + 1, cue - BEFORE_CUE, 0);
    for (let m = DATE.exec(window); m !== null && m.index <= to; m = DATE.exec(window)) {
      scannedTo = m.index;
      const date = m[0];
      if (!/\d/.test(date)) continue;
      const before = text.slice(Math.max(0, m.index - 45), m.index);
      const after = text.slice(m.index + date.length, m.index + date.length + 30);
      if (BIRTH_BEFORE.test(before) || BIRTH_AFTER.test(after)) out.push({ type: 'DATE_OF_BIRTH', start: m.index, end: m.index + date.length });
    }
    scannedTo = Math.max(scannedTo, to);
  }
  if (!/born/i.test(text)) return;
  for (const m of text.matchAll(BORN_IN)) {
    const date = m[1] ?? '';
    const start = m.index + m[0].length - date.length;
    // A full date after "born in" was already taken above.
    if (!out.some((s) => s.type === 'DATE_OF_BIRTH' && s.start <= start && start < s.end)) out.push({ type: 'DATE_OF_BIRTH', start, end: start + date.length });
  }
}
