// Import: all or nothing, idempotent by id, every invalid line named — on every dialect.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsentryError } from '../../src/domain/errors.js';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import { readAuditHead } from '../../src/store/audit-log.js';
import { loadMemberHistory } from '../../src/store/member-history-reads.js';
import type { Store } from '../../src/store/store.js';
import { testContext } from '../support/pipeline-context.js';
import { consentRecord, contentRecord, deleteRecord, jsonlStream, memberRecord, moveRecord, objectionRecord, statusRecord } from '../support/record-factory.js';
import { DIALECTS, openTestStore, type TestStore } from '../support/test-stores.js';

type Line = Parameters<typeof jsonlStream>[0][number];

async function load(store: Store, lines: readonly Line[]) {
  return importRecords({ ctx: testContext(store), input: jsonlStream(lines), source: 'test.jsonl' });
}

async function refusal(store: Store, lines: readonly Line[]): Promise<ConsentryError> {
  try {
    await load(store, lines);
  } catch (error) {
    if (error instanceof ConsentryError) return error;
    throw error;
  }
  throw new Error('import was accepted');
}

async function tableCounts(store: Store) {
  const tables = ['members', 'content', 'consent_events', 'objections', 'moves', 'status_events', 'deletions', 'audit_log', 'import_batches'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

const network = [
  memberRecord('m1'),
  memberRecord('m2', { country: 'DE', subdivision: undefined }),
  contentRecord('c1', 'm1'),
  contentRecord('c2', 'm2'),
  consentRecord('e1', 'm1', 'train-genai', 'granted', '2025-03-01T00:00:00Z'),
  objectionRecord('o1', 'm2', ['train-ai', 'share-affiliates'], '2025-04-01T00:00:00Z'),
  moveRecord('v1', 'm1', 'GB', '2025-05-01T00:00:00Z'),
  statusRecord('s1', 'm2', 'deactivated', '2025-06-01T00:00:00Z'),
  deleteRecord('d1', 'c1', '2025-07-01T00:00:00Z'),
];

describe.each(DIALECTS)('import on %s', (dialect) => {
  let db: TestStore;
  beforeEach(async () => {
    db = await openTestStore(dialect);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('stores every record type and audits the history events', async () => {
    const summary = await load(db.store, network);
    expect(summary.added).toEqual({ member: 2, content: 2, consent: 1, objection: 1, move: 1, status: 1, delete: 1 });
    const history = await loadMemberHistory(db.store.db, 'm2');
    expect(history?.settings.map((s) => [s.purpose, s.value])).toEqual([
      ['train-ai', 'denied'],
      ['share-affiliates', 'denied'],
    ]);
    expect(history?.statuses.map((s) => s.value)).toEqual(['deactivated']);
    // 5 history events and the batch itself.
    expect((await readAuditHead(db.store.db)).seq).toBe(6);
  });

  it('changes nothing when the same records are imported again', async () => {
    await load(db.store, network);
    const before = await tableCounts(db.store);
    const again = await load(db.store, [...network].reverse());
    expect(again.batchId).toBeNull();
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(again.unchanged.content).toBe(2);
    expect(await tableCounts(db.store)).toEqual(before);
  });

  it('treats equal records written differently (key order, time precision) as the same record', async () => {
    await load(db.store, [memberRecord('m1')]);
    const reordered = '{"createdAt":"2020-01-01T00:00:00.000Z","birthDate":"1990-02-11","subdivision":"US-CA","country":"US","email":"m1@example.org","name":"Member m1","id":"m1","type":"member"}';
    expect((await load(db.store, [reordered])).unchanged.member).toBe(1);
  });

  it('reads null in an optional field (birthDate, subdivision) as absent', async () => {
    const summary = await load(db.store, ['{"type":"member","id":"m1","name":"Ada","email":"ada@example.org","country":"US","subdivision":null,"birthDate":null,"createdAt":"2020-01-01T00:00:00Z"}', '{"type":"move","id":"v1","memberId":"m1","country":"DE","subdivision":null,"at":"2025-05-01T00:00:00Z"}']);
    expect(summary.added).toMatchObject({ member: 1, move: 1 });
    const absent = '{"type":"member","id":"m1","name":"Ada","email":"ada@example.org","country":"US","createdAt":"2020-01-01T00:00:00Z"}';
    expect((await load(db.store, [absent])).unchanged.member).toBe(1);
    const history = await loadMemberHistory(db.store.db, 'm1');
    expect(history?.birthDate).toBeNull();
    expect(history?.moves[0]?.value).toEqual({ country: 'DE', subdivision: null });
  });

  it('refuses a record that reuses an id with different content, and writes nothing', async () => {
    await load(db.store, network);
    const before = await tableCounts(db.store);
    const error = await refusal(db.store, [memberRecord('m3'), consentRecord('e1', 'm1', 'train-genai', 'denied', '2025-03-01T00:00:00Z')]);
    expect(error.code).toBe('E_IMPORT_INVALID');
    expect(error.details).toEqual([expect.stringMatching(/^line 2: consent e1: .*same id but different content/)]);
    expect(await tableCounts(db.store)).toEqual(before);
  });

  it('refuses duplicates within one file when they differ', async () => {
    const error = await refusal(db.store, [memberRecord('m1'), memberRecord('m1', { name: 'Someone Else' })]);
    expect(error.details[0]).toMatch(/^line 2: member m1/);
  });

  it('lists every invalid line by number with its reason, and writes nothing', async () => {
    const error = await refusal(db.store, [
      memberRecord('m1'),
      '{not json',
      memberRecord('m2', { birthDate: '2001-02-29' }),
      contentRecord('c1', 'm1', { kind: 'video' }),
      consentRecord('e1', 'm1', 'train-genai', 'granted', '2025-03-01T00:00:00Z', 'gpc'),
      consentRecord('e2', 'm1', 'train-everything', 'denied', '2025-03-01T00:00:00Z'),
      objectionRecord('o1', 'm1', [], '2025-03-01T00:00:00Z'),
      moveRecord('v1', 'm1', 'US', '2025-03-01T00:00:00+01:00'),
      statusRecord('s1', 'm1', 'retired', '2025-03-01T00:00:00Z'),
      { type: 'delete', id: 'd1', at: '2025-03-01T00:00:00Z' },
      '',
      { type: 'webinar', id: 'w1' },
      memberRecord('m3', { country: 'US', subdivision: 'CA-QC' }),
    ]);
    expect(error.message).toContain('11 invalid lines');
    expect(error.details.map((d) => d.split(':')[0])).toEqual(['line 2', 'line 3', 'line 4', 'line 5', 'line 6', 'line 7', 'line 8', 'line 9', 'line 10', 'line 12', 'line 13']);
    expect(error.details[1]).toContain('birthDate');
    expect(error.details[2]).toContain('kind');
    expect(error.details[3]).toContain('gpc signal can only deny');
    expect(error.details[4]).toContain('purpose');
    expect(error.details[6]).toContain('ISO 8601 UTC');
    expect(error.details[10]).toContain('CA-QC is not a subdivision of US');
    expect(Object.values(await tableCounts(db.store)).every((n) => n === 0)).toBe(true);
  });

  it('goes on checking conflicts and references after the first invalid line, but does not blame a line for a refused record', async () => {
    const error = await refusal(db.store, [
      memberRecord('m1'),
      '{not json',
      memberRecord('m1', { name: 'Someone Else' }),
      consentRecord('e1', 'ghost', 'train-ai', 'denied', '2025-03-01T00:00:00Z'),
      memberRecord('m2', { birthDate: '2001-02-29' }),
      contentRecord('c2', 'm2'),
    ]);
    expect(error.details.map((d) => d.split(':')[0])).toEqual(['line 2', 'line 3', 'line 4', 'line 5']);
    expect(error.details[1]).toMatch(/^line 3: member m1: .*same id but different content/);
    expect(error.details[2]).toMatch(/^line 4: consent e1: memberId "ghost"/);
    expect(Object.values(await tableCounts(db.store)).every((n) => n === 0)).toBe(true);
  });

  it('lists a conflict in a later flush of a long file after an earlier invalid line', async () => {
    const members = Array.from({ length: 2100 }, (_, i) => memberRecord(`m${i}`));
    const error = await refusal(db.store, [memberRecord('first'), '{bad', ...members, memberRecord('first', { name: 'Someone Else' })]);
    expect(error.details.map((d) => d.split(':')[0])).toEqual(['line 2', 'line 2103']);
    expect(Object.values(await tableCounts(db.store)).every((n) => n === 0)).toBe(true);
  });

  it('refuses references to members or items that exist neither in the file nor before', async () => {
    const error = await refusal(db.store, [contentRecord('c1', 'ghost'), memberRecord('m1'), deleteRecord('d1', 'nothing', '2025-01-01T00:00:00Z')]);
    expect(error.details).toEqual([expect.stringMatching(/^line 1: content c1: memberId "ghost"/), expect.stringMatching(/^line 3: delete d1: contentId "nothing"/)]);
  });

  it('accepts a file that lists content before its member, and references to earlier imports', async () => {
    await load(db.store, [contentRecord('c1', 'm1'), memberRecord('m1')]);
    await load(db.store, [deleteRecord('d1', 'c1', '2025-08-01T00:00:00Z'), consentRecord('e1', 'm1', 'train-ai', 'denied', '2025-08-01T00:00:00Z')]);
    expect((await loadMemberHistory(db.store.db, 'm1'))?.settings).toHaveLength(1);
  });

  it('keeps the recording order of events with equal at across imports', async () => {
    await load(db.store, [memberRecord('m1'), consentRecord('e1', 'm1', 'train-genai', 'denied', '2025-03-01T00:00:00Z')]);
    await load(db.store, [consentRecord('e2', 'm1', 'train-genai', 'granted', '2025-03-01T00:00:00Z')]);
    await load(db.store, [objectionRecord('o1', 'm1', ['train-genai'], '2025-03-01T00:00:00Z')]);
    const settings = (await loadMemberHistory(db.store.db, 'm1'))?.settings.map((s) => s.value);
    expect(settings).toEqual(['denied', 'granted', 'denied']);
  });

  it('warns about unknown fields without refusing the line', async () => {
    const summary = await load(db.store, [memberRecord('m1', { nickname: 'Ada' })]);
    expect(summary.warnings).toEqual(['line 1: ignored unknown field(s) nickname']);
  });
});
