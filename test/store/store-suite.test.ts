// The storage contract, run once per dialect: migrations, snapshots, serialised writers, history order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/pipeline/audit-verify.query.js';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import { openStore } from '../../src/store/open-store.js';
import { loadHistoriesInRange, loadMemberHistory, memberIdPage } from '../../src/store/member-history-reads.js';
import { loadItemsInRange } from '../../src/store/content-reads.js';
import type { Instant } from '../../src/schema/time.js';
import { testContext } from '../support/pipeline-context.js';
import { consentRecord, contentRecord, deleteRecord, jsonlStream, memberRecord, moveRecord } from '../support/record-factory.js';
import { DIALECTS, openTestStore, type TestStore } from '../support/test-stores.js';

const FAR = '9999-12-31T23:59:59.999Z' as Instant;

describe.each(DIALECTS)('store on %s', (dialect) => {
  let db: TestStore;
  beforeEach(async () => {
    db = await openTestStore(dialect);
  });
  afterEach(async () => {
    await db.dispose();
  });

  const load = (records: Parameters<typeof jsonlStream>[0]) => importRecords({ ctx: testContext(db.store), input: jsonlStream(records), source: 't' });

  it('migrates idempotently: reopening an up-to-date database changes nothing', async () => {
    await load([memberRecord('m1')]);
    const again = await openStore(db.location);
    expect((await again.db.selectFrom('members').select('id').execute()).map((r) => r.id)).toEqual(['m1']);
    await again.close();
  });

  it('gives a snapshot one consistent view while writers go on', async () => {
    await load([memberRecord('m1')]);
    const seen = await db.store.snapshot(async (view) => {
      const before = (await view.selectFrom('members').select('id').execute()).length;
      await load([memberRecord('m2')]);
      const after = (await view.selectFrom('members').select('id').execute()).length;
      return { before, after };
    });
    expect(seen).toEqual({ before: 1, after: 1 });
    expect((await db.store.db.selectFrom('members').select('id').execute()).length).toBe(2);
  });

  it('serialises concurrent writers: unique recording order and an intact audit chain', async () => {
    await load([memberRecord('m1')]);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => load([consentRecord(`e${i}a`, 'm1', 'train-ai', 'granted', '2025-01-01T00:00:00Z'), consentRecord(`e${i}b`, 'm1', 'train-ai', 'denied', '2025-01-01T00:00:00Z')])),
    );
    const seqs = (await db.store.db.selectFrom('consent_events').select('seq').execute()).map((r) => r.seq);
    expect(new Set(seqs).size).toBe(12);
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: true, entries: 12 + 7 });
  });

  it('reads histories in (at, recording order) and pages members by id', async () => {
    await load([
      memberRecord('m2', { country: 'SE', subdivision: undefined }),
      memberRecord('m1'),
      moveRecord('v2', 'm1', 'GB', '2025-05-01T00:00:00Z'),
      moveRecord('v1', 'm1', 'DE', '2025-03-01T00:00:00Z'),
      consentRecord('e2', 'm1', 'train-ai', 'denied', '2025-02-01T00:00:00Z'),
      consentRecord('e1', 'm1', 'train-ai', 'granted', '2025-02-01T00:00:00Z'),
      contentRecord('c1', 'm1'),
      contentRecord('c2', 'm2'),
      deleteRecord('d2', 'c1', '2025-09-01T00:00:00Z'),
      deleteRecord('d1', 'c1', '2025-08-01T00:00:00Z'),
    ]);
    const m1 = await loadMemberHistory(db.store.db, 'm1');
    expect(m1?.moves.map((m) => m.value.country)).toEqual(['DE', 'GB']);
    expect(m1?.settings.map((s) => s.value)).toEqual(['denied', 'granted']);
    expect(m1?.residence).toEqual({ country: 'US', subdivision: 'US-CA' });
    expect(await loadMemberHistory(db.store.db, 'm1', '2025-02-15T00:00:00.000Z' as Instant)).toMatchObject({ moves: [] });
    expect(await loadMemberHistory(db.store.db, 'nobody')).toBeNull();
    expect(await memberIdPage(db.store.db, null, 1)).toEqual(['m1']);
    expect(await memberIdPage(db.store.db, 'm1', 5)).toEqual(['m2']);
    expect([...(await loadHistoriesInRange(db.store.db, 'm1', 'm2', FAR)).keys()].sort()).toEqual(['m1', 'm2']);
    const items = await loadItemsInRange(db.store.db, 'm1', 'm2', FAR, FAR);
    expect(items.map((i) => [i.id, i.deletedAt])).toEqual([
      ['c1', '2025-08-01T00:00:00.000Z'],
      ['c2', null],
    ]);
    expect((await loadItemsInRange(db.store.db, 'm1', 'm1', FAR, '2025-08-15T00:00:00.000Z' as Instant))[0]?.deletedAt).toBe('2025-08-01T00:00:00.000Z');
    expect((await loadItemsInRange(db.store.db, 'm1', 'm1', FAR, '2025-07-15T00:00:00.000Z' as Instant))[0]?.deletedAt).toBeNull();
  });
});
