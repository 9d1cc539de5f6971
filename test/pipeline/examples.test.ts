// The worked examples of ../shared/examples (copied under test/fixtures), end to end on every dialect.
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinPack, type BuiltinPackName } from '../../src/domain/policy.js';
import { buildDataset } from '../../src/pipeline/dataset/build-dataset.command.js';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import { resolvePolicy } from '../../src/pipeline/resolve-policy.js';
import type { Purpose } from '../../src/schema/purposes.js';
import { parseInstant, type Instant } from '../../src/schema/time.js';
import { verdictOf } from '../../src/store/dataset-records.js';
import { testContext } from '../support/pipeline-context.js';
import { DIALECTS, openTestStore, type TestStore } from '../support/test-stores.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/examples/basic');

interface ExampleCase {
  policy: BuiltinPackName;
  purpose: Purpose;
  at: string;
  shared: boolean;
  items: Record<string, string>;
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { cases: ExampleCase[] };

describe.each(DIALECTS)('examples/basic on %s', (dialect) => {
  let db: TestStore;
  const out = mkdtempSync(join(tmpdir(), 'consentry-examples-'));

  beforeAll(async () => {
    db = await openTestStore(dialect);
    await importRecords({ ctx: testContext(db.store), input: createReadStream(join(FIXTURES, 'input.jsonl')), source: 'input.jsonl' });
  });
  afterAll(async () => {
    await db.dispose();
    rmSync(out, { recursive: true, force: true });
  });

  it.each(expected.cases.map((c, i) => [`${c.policy} ${c.purpose} at ${c.at}${c.shared ? ' shared' : ''}`, c, i] as const))('%s', async (_name, c, i) => {
    const policy = await resolvePolicy(c.policy, process.cwd());
    expect(policy.pack).toEqual(builtinPack(c.policy));
    const manifest = await buildDataset({
      ctx: testContext(db.store),
      request: { purpose: c.purpose, at: parseInstant(c.at) as Instant, shared: c.shared, recipients: [], policy, outDir: join(out, `case-${i}`), operator: 'replace' },
    });
    const verdicts: Record<string, string | null> = {};
    for (const id of Object.keys(c.items)) verdicts[id] = await verdictOf(db.store.db, manifest.datasetId, id);
    expect(verdicts).toEqual(c.items);
    const included = Object.entries(c.items).filter(([, v]) => v === 'included').map(([id]) => id);
    const lines = readFileSync(join(out, `case-${i}`, 'data.jsonl'), 'utf8').trim().split('\n').filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id).sort()).toEqual(included.sort());
    expect(manifest.counts.considered).toBe(Object.keys(c.items).length);
  });
});
