// What every pipeline command is given: the database, the clock, and who is acting.
import type { Clock } from '../domain/clock.js';
import type { Store } from '../store/store.js';

/** Dependencies of a pipeline command, passed explicitly. */
export interface PipelineContext {
  readonly store: Store;
  readonly clock: Clock;
  /** Recorded in the audit log: `cli`, `staff:<email>`, `member:<id>` … */
  readonly actor: string;
}

/** Progress of a long operation, reported a few times a second at most. */
export interface Progress {
  readonly done: number;
  readonly total: number | null;
  readonly unit: string;
  readonly bytes?: number;
}
