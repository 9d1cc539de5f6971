// A clock tests can move forward, so sessions expire and events get distinct times on demand.
import type { Clock } from '../../src/domain/clock.js';
import { parseInstant, type Instant } from '../../src/schema/time.js';

/** A settable clock. */
export interface TestClock extends Clock {
  set(at: string): void;
  /** Moves the clock forward by milliseconds. */
  advance(ms: number): void;
}

/** A clock starting at `start` (default 2026-06-01T12:00:00Z). */
export function testClock(start = '2026-06-01T12:00:00Z'): TestClock {
  const parse = (text: string): Instant => {
    const at = parseInstant(text);
    if (at === null) throw new Error(`bad time ${text}`);
    return at;
  };
  let now = parse(start);
  return {
    now: () => now,
    set(at) {
      now = parse(at);
    },
    advance(ms) {
      now = new Date(Date.parse(now) + ms).toISOString() as Instant;
    },
  };
}
