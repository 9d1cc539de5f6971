// Property tests of SPEC §7 through the real pipeline and database: lineage, unlearning, bad input.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentryError } from '../../src/domain/errors.js';
import { buildDataset } from '../../src/pipeline/dataset/build-dataset.command.js';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import { memberUsage } from '../../src/pipeline/member-usage.query.js';
import { resolvePolicy } from '../../src/pipeline/resolve-policy.js';
import { unlearningQueue } from '../../src/pipeline/unlearning-queue.query.js';
import { parseInstant, type Instant } from '../../src/schema/time.js';
import { includedMemberPage } from '../../src/store/dataset-records.js';
import type { Store } from '../../src/store/store.js';
import { testContext } from '../support/pipeline-context.js';
import { consentRecord, contentRecord, jsonl, jsonlStream, memberRecord, objectionRecord } from '../support/record-factory.js';
import { DIALECTS, openTestStore, type TestStore } from '../support/test-stores.js';

const countries = ['US', 'DE', 'GB', 'IN', 'BR'];
const purposes = ['train-ai', 'train-genai', 'share-affiliates'];

/** A small random network in the import format. */
const networkArb = fc
  .array(
    fc.record({
      country: fc.constantFrom(...countries),
      birthYear: fc.option(fc.integer({ min: 1960, max: 2012 }), { nil: null }),
      items: fc.integer({ min: 0, max: 3 }),
      settings: fc.array(fc.record({ purpose: fc.constantFrom(...purposes), value: fc.constantFrom('granted' as const, 'denied' as const), month: fc.integer({ min: 1, max: 12 }) }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((members) => {
    const records: Record<string, unknown>[] = [];
    members.forEach((m, i) => {
      const id = `m${i}`;
      records.push(memberRecord(id, { country: m.country, subdivision: undefined, ...(m.birthYear === null ? { birthDate: undefined } : { birthDate: `${m.birthYear}-06-15` }) }));
      for (let k = 0; k < m.items; k++) records.push(contentRecord(`c${i}-${k}`, id, { createdAt: `2025-0${k + 1}-10T00:00:00Z` }));
      m.settings.forEach((s, k) => records.push(consentRecord(`e${i}-${k}`, id, s.purpose, s.value, `2025-${String(s.month).padStart(2, '0')}-01T00:00:00Z`)));
    });
    return records;
  });

const SNAPSHOT = parseInstant('2025-12-31T00:00:00Z') as Instant;

describe.each(DIALECTS)('SPEC §7 promises through the pipeline on %s', (dialect) => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'consentry-promises-'));
  });
  afterAll(() => { rmSync(out, { recursive: true, force: true }); });

  const withStore = async (fn: (store: Store) => Promise<void>) => {
    const db: TestStore = await openTestStore(dialect);
    try {
      await fn(db.store);
    } finally {
      await db.dispose();
    }
  };

  it('4 and 5: every member with included items finds the dataset; a later objection queues exactly their items', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(networkArb, fc.constantFrom('privacy-first', 'linkedin-2024'), fc.constantFrom('train-ai', 'train-genai'), async (records, packName, purpose) => {
        await withStore(async (store) => {
          await importRecords({ ctx: testContext(store), input: jsonlStream(records), source: 'net' });
          const manifest = await buildDataset({
            ctx: testContext(store),
            request: { purpose: purpose, at: SNAPSHOT, shared: false, recipients: [], policy: await resolvePolicy(packName, out), outDir: join(out, `run-${dialect}-${run++}`), operator: 'replace' },
          });
          const byMember = new Map((await includedMemberPage(store.db, manifest.datasetId, '', 1000)).map((m) => [m.memberId, m.contentIds.length]));
          for (const [memberId, n] of byMember) {
            expect(await memberUsage(store.db, memberId)).toEqual([expect.objectContaining({ datasetId: manifest.datasetId, items: n })]);
          }
          const target = [...byMember.keys()][0];
          if (target === undefined) return;
          await importRecords({ ctx: testContext(store), input: jsonlStream([objectionRecord('late', target, ['train-ai'], '2026-01-15T00:00:00Z')]), source: 'late' });
          const [entry] = await unlearningQueue(store.db, parseInstant('2026-02-01T00:00:00Z') as Instant);
          expect(entry?.items.filter((i) => i.memberId === target).map((i) => i.reason)).toEqual(Array(byMember.get(target)).fill('opted-out'));
          expect(entry?.items.every((i) => i.memberId === target)).toBe(true);
        });
      }),
      { numRuns: 8 },
    );
  });

  it('6: a file with one bad line is refused and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(networkArb, networkArb, fc.nat(), fc.constantFrom('{"type":"member"}', 'not json', '{"type":"consent","id":"z","memberId":"m0","purpose":"train-ai","value":"maybe","source":"member","at":"2025-01-01T00:00:00Z"}'), async (first, second, position, bad) => {
        await withStore(async (store) => {
          await importRecords({ ctx: testContext(store), input: jsonlStream(first), source: 'first' });
          const snapshot = async () => ({
            members: await store.db.selectFrom('members').selectAll().orderBy('id').execute(),
            content: (await store.db.selectFrom('content').select('id').execute()).length,
            events: (await store.db.selectFrom('consent_events').select('id').execute()).length,
            audit: (await store.db.selectFrom('audit_log').select('seq').execute()).length,
          });
          const before = await snapshot();
          const lines = jsonl(second.map((r) => ({ ...r, id: `new-${typeof r['id'] === 'string' ? r['id'] : ''}`, ...(typeof r['memberId'] === 'string' ? { memberId: `new-${r['memberId']}` } : {}) }))).trim().split('\n');
          lines.splice(position % (lines.length + 1), 0, bad);
          const error = await importRecords({ ctx: testContext(store), input: jsonlStream(lines), source: 'second' }).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(ConsentryError);
          expect((error as ConsentryError).details[0]).toMatch(new RegExp(`^line ${(position % (lines.length)) + 1}:`));
          expect(await snapshot()).toEqual(before);
        });
      }),
      { numRuns: 8 },
    );
  });
});
