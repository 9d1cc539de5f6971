// Opens a fresh database of each dialect for a test; PostgreSQL runs whenever a server is reachable.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import type { Dialect, Store } from '../../src/store/store.js';

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The PostgreSQL server tests use: CONSENTRY_TEST_PG, else the local default when it answers. */
export const PG_URL: string | undefined = process.env['CONSENTRY_TEST_PG'] ?? ((await reachable(DEFAULT_PG)) ? DEFAULT_PG : undefined);

if (PG_URL === undefined && process.env['CI'] === 'true') {
  // In CI the PostgreSQL suite must run: a missing server is a failure, never a silent skip.
  throw new Error('CI=true but no PostgreSQL is reachable: set CONSENTRY_TEST_PG=postgres://…');
}

/** The dialects every storage-level suite runs against. */
export const DIALECTS: readonly Dialect[] = PG_URL === undefined ? ['sqlite'] : ['sqlite', 'postgres'];

/** A fresh, migrated database and the location a CLI would use for it. */
export interface TestStore {
  readonly store: Store;
  readonly location: string;
  /** Closes the store and deletes the database. */
  dispose(): Promise<void>;
}

/** Opens an empty database of the dialect (a temp file, or a new PostgreSQL schema). */
export async function openTestStore(dialect: Dialect): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-test-'));
    const location = join(dir, 'test.db');
    const store = await openStore(location);
    return {
      store,
      location,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (PG_URL === undefined) throw new Error('PostgreSQL is not available');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  const location = url.toString();
  const store = await openStore(location);
  return {
    store,
    location,
    async dispose() {
      await store.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
