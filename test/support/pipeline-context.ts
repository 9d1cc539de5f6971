// A pipeline context over a test store with a fixed clock.
import { fixedClock } from '../../src/domain/clock.js';
import type { PipelineContext } from '../../src/pipeline/pipeline-context.js';
import { parseInstant } from '../../src/schema/time.js';
import type { Store } from '../../src/store/store.js';

/** A context acting as `test` at a fixed moment (default 2026-06-01). */
export function testContext(store: Store, now = '2026-06-01T00:00:00Z'): PipelineContext {
  const at = parseInstant(now);
  if (at === null) throw new Error(`bad time ${now}`);
  return { store, clock: fixedClock(at), actor: 'test' };
}
