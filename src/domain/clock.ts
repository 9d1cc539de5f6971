// The source of "now", passed in so tests and simulations can fix time.
import { instantFromDate, type Instant } from '../schema/time.js';

/** Tells the current moment. */
export interface Clock {
  now(): Instant;
}

/** The real clock. */
export const systemClock: Clock = { now: () => instantFromDate(new Date()) };

/** A clock fixed at one moment (tests, simulations). */
export function fixedClock(at: Instant): Clock {
  return { now: () => at };
}
