// The audit chain on a real database: tampering with entries or with audited records is caught.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/pipeline/audit-verify.query.js';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import { testContext } from '../support/pipeline-context.js';
import { consentRecord, contentRecord, jsonlStream, memberRecord, objectionRecord } from '../support/record-factory.js';
import { DIALECTS, openTestStore, type TestStore } from '../support/test-stores.js';

describe.each(DIALECTS)('audit verify on %s', (dialect) => {
  let db: TestStore;
  beforeEach(async () => {
    db = await openTestStore(dialect);
    const records = [memberRecord('m1'), contentRecord('c1', 'm1'), contentRecord('c2', 'm1'), ...Array.from({ length: 6 }, (_, i) => consentRecord(`e${i + 1}`, 'm1', 'train-genai', i % 2 === 0 ? 'granted' : 'denied', `2025-0${i + 1}-01T00:00:00Z`))];
    await importRecords({ ctx: testContext(db.store), input: jsonlStream(records), source: 'a.jsonl' });
    await importRecords({ ctx: testContext(db.store), input: jsonlStream([objectionRecord('o1', 'm1', ['train-ai'], '2025-09-01T00:00:00Z')]), source: 'b.jsonl' });
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('passes on an untouched log', async () => {
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: true, entries: 9 });
  });

  it('names an altered entry', async () => {
    await db.store.db.updateTable('audit_log').set({ subject: 'someone-else' }).where('seq', '=', 3).execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 3 });
  });

  it('names a removed entry', async () => {
    await db.store.db.deleteFrom('audit_log').where('seq', '=', 4).execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 4 });
  });

  it('names reordered entries', async () => {
    await db.store.db.updateTable('audit_log').set({ seq: 100 }).where('seq', '=', 2).execute();
    await db.store.db.updateTable('audit_log').set({ seq: 2 }).where('seq', '=', 5).execute();
    await db.store.db.updateTable('audit_log').set({ seq: 5 }).where('seq', '=', 100).execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 2 });
  });

  it('notices the last entries were cut off', async () => {
    await db.store.db.deleteFrom('audit_log').where('seq', '>=', 8).execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 8 });
  });

  it('notices an audited consent record that was edited in place or deleted', async () => {
    await db.store.db.updateTable('consent_events').set({ value: 'granted' }).where('id', '=', 'e2').execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 2, problem: expect.stringContaining('consent record e2 it certifies was altered') as unknown });
    await sql`delete from objections where id = 'o1'`.execute(db.store.db);
    await db.store.db.updateTable('consent_events').set({ value: 'denied' }).where('id', '=', 'e2').execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 8, problem: expect.stringContaining('removed') as unknown });
  });
  it('notices a member or content item that was edited in place, removed or added outside Consentry', async () => {
    const batch = await db.store.db.selectFrom('import_batches').select('id').where('source', '=', 'a.jsonl').executeTakeFirstOrThrow();
    await db.store.db.updateTable('members').set({ country: 'FR' }).where('id', '=', 'm1').execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 7, problem: `the member records of import batch ${batch.id} it certifies were altered` });
    await db.store.db.updateTable('members').set({ country: 'US' }).where('id', '=', 'm1').execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: true });
    await db.store.db.updateTable('content').set({ kind: 'message' }).where('id', '=', 'c2').execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 7, problem: expect.stringContaining('content records') as unknown });
    await db.store.db.deleteFrom('content').where('id', '=', 'c2').execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 7, problem: expect.stringContaining('were removed (1 stored, 2 certified)') as unknown });
  });

  it('notices rows added outside any audited import', async () => {
    const row = { member_id: 'm1', kind: 'post', visibility: 'public', text: 'planted', created_at: '2025-01-01T00:00:00.000Z', line: 99 };
    await db.store.db.insertInto('content').values({ ...row, id: 'c9', batch_id: null }).execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 10, problem: 'content items without an import batch were added outside Consentry' });
    const batch = await db.store.db.selectFrom('import_batches').select('id').where('source', '=', 'a.jsonl').executeTakeFirstOrThrow();
    await db.store.db.updateTable('content').set({ batch_id: batch.id, line: null }).where('id', '=', 'c9').execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 7, problem: expect.stringContaining('joined by rows added outside Consentry (3 stored, 2 certified)') as unknown });
    await db.store.db.updateTable('content').set({ batch_id: 'imp-forged' }).where('id', '=', 'c9').execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, problem: expect.stringContaining('imp-forged') as unknown });
  });
  it('notices a history row no entry certifies, which would change decisions without a trace', async () => {
    const row = { id: 'planted', member_id: 'm1', purpose: 'train-ai', value: 'granted', source: 'member', at: '2025-12-01T00:00:00.000Z', digest: 'x', seq: 999, recorded_at: '2025-12-01T00:00:00.000Z', batch_id: null, line: null };
    await db.store.db.insertInto('consent_events').values(row).execute();
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, firstBadEntry: 10, problem: '1 consent record no entry certifies were added outside Consentry' });
  });
});
