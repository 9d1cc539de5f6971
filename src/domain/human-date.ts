// Dates as people read them ("20 September 2024"), always in UTC so every reader sees the same day.
import type { Instant } from '../schema/time.js';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_AND_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** The calendar day of an instant, e.g. "20 September 2024". */
export function humanDate(instant: Instant | string): string {
  return DAY.format(new Date(instant));
}

/** Day and time of an instant, e.g. "20 September 2024 at 08:00 UTC". */
export function humanDateTime(instant: Instant | string): string {
  return DAY_AND_TIME.format(new Date(instant));
}

/** The instant a number of whole days after another. */
export function addDays(instant: Instant, days: number): Instant {
  return new Date(Date.parse(instant) + days * 86_400_000).toISOString() as Instant;
}
