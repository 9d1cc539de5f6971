// Moments and calendar dates as the import format writes them, normalised for storage.
import { z } from 'zod';

/**
 * A moment in canonical form `YYYY-MM-DDTHH:MM:SS.sssZ`. Stored and compared as text because the
 * fixed width makes string order equal time order on every database, with no dialect date type.
 */
export type Instant = string & { readonly __instant: unique symbol };

/** The shape of an instant as written (parseInstant also checks it names a real moment). */
export const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The number written by `count` ASCII digits from `from`; -1 when any of them is not a digit. */
export function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let k = from; k < from + count; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The canonical forms `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DDTHH:MM:SS.sssZ`, read by character codes: a
 * batch of decisions or an import parses thousands of moments, and the pattern below costs ten times more.
 * Undefined when the text has another shape (the pattern decides then).
 */
function parseCanonical(text: string): Instant | null | undefined {
  const n = text.length;
  if ((n !== 20 && n !== 24) || text.charCodeAt(n - 1) !== 90) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  if (n === 24 && (text.charCodeAt(19) !== 46 || digitsAt(text, 20, 3) < 0)) return undefined;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  const h = digitsAt(text, 11, 2);
  const mi = digitsAt(text, 14, 2);
  const sec = digitsAt(text, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0) return null;
  if (!isCalendarDate(y, mo, d) || h > 23 || mi > 59 || sec > 59) return null;
  return (n === 24 ? text : `${text.slice(0, 19)}.000Z`) as Instant;
}

/** Parses an ISO 8601 UTC timestamp ending in `Z`; null when it is not one or names no real moment. */
export function parseInstant(text: string): Instant | null {
  const canonical = parseCanonical(text);
  if (canonical !== undefined) return canonical;
  const m = INSTANT_PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac] = m;
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  // Sub-millisecond digits are dropped: every layer (JS Date, JSON reports) works in milliseconds.
  const ms = (frac ?? '').padEnd(3, '0').slice(0, 3);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z` as Instant;
}

/** Parses a calendar date `YYYY-MM-DD`; null when malformed or not a real day. */
export function parseCalendarDate(text: string): string | null {
  const m = DATE_INPUT.exec(text);
  if (!m) return null;
  return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) ? text : null;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The canonical instant of a JS Date. */
export function instantFromDate(date: Date): Instant {
  return date.toISOString() as Instant;
}

/** Shows an instant the way people write it: milliseconds only when there are some. */
export function formatInstant(instant: Instant): string {
  return instant.endsWith('.000Z') ? `${instant.slice(0, 19)}Z` : instant;
}

export const instantSchema = z
  .string()
  .transform((text, ctx) => {
    const instant = parseInstant(text);
    if (instant === null) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not an ISO 8601 UTC time like 2024-05-01T10:00:00Z` });
      return z.NEVER;
    }
    return instant;
  })
  .meta({ description: 'ISO 8601 UTC timestamp ending in Z, e.g. 2024-05-01T10:00:00Z.' });

export const calendarDateSchema = z
  .string()
  .refine((text) => parseCalendarDate(text) !== null, { message: 'must be a real calendar date YYYY-MM-DD' })
  .meta({ description: 'Calendar date YYYY-MM-DD.' });
