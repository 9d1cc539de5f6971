// What every route of one app is built from: store, clock, settings, the policy in force, the request guard.
import type { Clock } from '../domain/clock.js';
import type { ControllerInfo } from '../pipeline/member/consent-receipts.query.js';
import type { HistoryCache } from '../pipeline/member/history-cache.js';
import type { PipelineContext } from '../pipeline/pipeline-context.js';
import type { ResolvedPolicy } from '../pipeline/resolve-policy.js';
import type { Store } from '../store/store.js';
import type { RequestGuard } from './auth/request-guard.js';
import type { ContractRegistry } from './route-contract.js';
import type { ServerConfig } from './server-config.js';

/** The dependencies of every route, created once per app (no module-level state). */
export interface AppServices {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: ServerConfig;
  /** The policy pack member pages and batch decisions decide with (CONSENTRY_POLICY). */
  readonly policy: ResolvedPolicy;
  readonly guard: RequestGuard;
  readonly registry: ContractRegistry;
  readonly controller: ControllerInfo;
  /** Member histories kept for batch decisions while nothing changes (CONSENTRY_HISTORY_CACHE). */
  readonly historyCache: HistoryCache;
  /** A pipeline context that records `actor` as the one acting. */
  ctx(actor: string): PipelineContext;
}
