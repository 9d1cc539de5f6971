// Starts the real HTTP app on a free port over a fresh database, for API and browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/server/create-app.js';
import type { AppServices } from '../../src/server/app-services.js';
import { loadServerConfig } from '../../src/server/server-config.js';
import type { Dialect, Store } from '../../src/store/store.js';
import { testClock, type TestClock } from './test-clock.js';
import { openTestStore, type TestStore } from './test-stores.js';

/** A running test server. */
export interface TestServer {
  readonly url: string;
  readonly store: Store;
  readonly clock: TestClock;
  readonly app: FastifyInstance;
  readonly services: AppServices;
  /** A scratch folder for dataset output, deleted with the server. */
  readonly workDir: string;
  /** Stops the server and deletes the database and the scratch folder. */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:0 with silent logs; `env` overrides server settings (e.g. rate limits). */
export async function startTestServer(dialect: Dialect, options: { env?: Record<string, string>; clock?: TestClock; testStore?: TestStore } = {}): Promise<TestServer> {
  const testStore = options.testStore ?? (await openTestStore(dialect));
  const clock = options.clock ?? testClock();
  const config = loadServerConfig({ CONSENTRY_LOG: 'silent', PORT: '0', ...options.env });
  const { app, services } = await createApp({ store: testStore.store, clock, config });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const workDir = mkdtempSync(join(tmpdir(), 'consentry-web-'));
  return {
    url: address,
    store: testStore.store,
    clock,
    app,
    services,
    workDir,
    async close() {
      await app.close();
      await testStore.dispose();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
