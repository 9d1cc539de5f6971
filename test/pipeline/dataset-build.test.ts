// Dataset builds: files, manifest and Croissant; refusals; lineage; snapshot consistency; unlearning.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsentryError } from '../../src/domain/errors.js';
import { buildDataset, type DatasetBuildRequest } from '../../src/pipeline/dataset/build-dataset.command.js';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import { memberUsage } from '../../src/pipeline/member-usage.query.js';
import { registerTrainingRun } from '../../src/pipeline/register-training-run.command.js';
import { resolvePolicy } from '../../src/pipeline/resolve-policy.js';
import { unlearningQueue } from '../../src/pipeline/unlearning-queue.query.js';
import { verifyAudit } from '../../src/pipeline/audit-verify.query.js';
import { parseInstant, type Instant } from '../../src/schema/time.js';
import { listDatasets } from '../../src/store/dataset-records.js';
import type { Store } from '../../src/store/store.js';
import { testContext } from '../support/pipeline-context.js';
import { consentRecord, contentRecord, deleteRecord, jsonlStream, memberRecord, moveRecord, objectionRecord, statusRecord } from '../support/record-factory.js';
import { DIALECTS, openTestStore, type TestStore } from '../support/test-stores.js';

const at = (text: string) => parseInstant(text) as Instant;

const network = [
  memberRecord('m1', { name: 'Ada Byron', email: 'ada@example.org' }),
  memberRecord('m2', { name: 'Bo Lindqvist', email: 'bo@example.org' }),
  memberRecord('m3', { name: 'Cy Haddad', email: 'cy@example.org' }),
  contentRecord('c1', 'm1', { text: 'Thanks Bo Lindqvist! Mail me at ada@example.org or call +1 415-555-0132.' }),
  contentRecord('c2', 'm1', { kind: 'message', visibility: 'private', text: 'secret' }),
  contentRecord('c3', 'm2', { text: 'Hello from Bo' }),
  contentRecord('c4', 'm3', { text: 'Cy here' }),
  consentRecord('e1', 'm1', 'train-genai', 'granted', '2025-02-01T00:00:00Z'),
  consentRecord('e2', 'm1', 'share-affiliates', 'granted', '2025-02-01T00:00:00Z'),
  consentRecord('e3', 'm2', 'train-genai', 'granted', '2025-02-01T00:00:00Z'),
  consentRecord('e4', 'm3', 'train-genai', 'granted', '2025-02-01T00:00:00Z'),
];

describe.each(DIALECTS)('dataset build on %s', (dialect) => {
  let db: TestStore;
  let out: string;

  const build = async (store: Store, overrides: Partial<DatasetBuildRequest> = {}, now?: string, onProgress?: () => void) =>
    buildDataset({
      ...(onProgress === undefined ? {} : { onProgress }),
      ctx: testContext(store, now),
      request: { purpose: 'train-genai', at: at('2025-06-01T00:00:00Z'), shared: false, recipients: [], policy: await resolvePolicy(undefined, process.cwd()), outDir: join(out, 'ds'), operator: 'replace', ...overrides },
    });

  beforeEach(async () => {
    db = await openTestStore(dialect);
    out = mkdtempSync(join(tmpdir(), 'consentry-build-'));
    await importRecords({ ctx: testContext(db.store), input: jsonlStream(network), source: 'network.jsonl' });
  });
  afterEach(async () => {
    await db.dispose();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes redacted data, a manifest whose hashes match, and Croissant documentation', async () => {
    const manifest = await build(db.store);
    const dir = join(out, 'ds');
    expect(readdirSync(dir).sort()).toEqual(['croissant.json', 'data.jsonl', 'manifest.json']);
    const data = readFileSync(join(dir, 'data.jsonl'));
    const lines = data.toString().trim().split('\n').map((l) => JSON.parse(l) as { id: string; kind: string; text: string });
    expect(lines.map((l) => l.id)).toEqual(['c1', 'c3', 'c4']);
    expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'kind', 'text']);
    expect(lines[0]?.text).not.toMatch(/Bo Lindqvist|ada@example\.org|555-0132/);
    expect(lines[0]?.text).toContain('<PERSON>');
    const written = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as typeof manifest;
    expect(written).toEqual(manifest);
    expect(manifest).toMatchObject({ purpose: 'train-genai', snapshotAt: '2025-06-01T00:00:00Z', shared: false, policy: { id: 'privacy-first', version: 1 } });
    expect(manifest.counts).toEqual({ considered: 4, included: 3, excluded: { message: 1 } });
    expect(manifest.files).toEqual([{ path: 'data.jsonl', sha256: createHash('sha256').update(data).digest('hex'), records: 3, bytes: data.length }]);
    const croissant = JSON.parse(readFileSync(join(dir, 'croissant.json'), 'utf8')) as Record<string, unknown>;
    expect(croissant['conformsTo']).toEqual(['http://mlcommons.org/croissant/1.1', 'http://mlcommons.org/croissant/RAI/1.0']);
    expect(croissant['rai:dataCollection']).toMatch(/privacy-first v1/);
    expect(croissant['rai:personalSensitiveInformation']).toBeDefined();
    expect(JSON.stringify(croissant['distribution'])).toContain(manifest.files[0]?.sha256);
  });

  it('refuses an existing non-empty output directory before doing anything', async () => {
    mkdirSync(join(out, 'ds'));
    writeFileSync(join(out, 'ds', 'keep.txt'), 'mine');
    await expect(build(db.store)).rejects.toMatchObject({ code: 'E_OUTPUT_EXISTS' });
    expect(readdirSync(join(out, 'ds'))).toEqual(['keep.txt']);
    expect(await listDatasets(db.store.db)).toEqual([]);
  });

  it('refuses recipients without --share and purposes the pack does not define', async () => {
    await expect(build(db.store, { recipients: ['Contoso'] })).rejects.toBeInstanceOf(ConsentryError);
    expect(existsSync(join(out, 'ds'))).toBe(false);
  });

  it('records lineage: usage lists the dataset with the member’s item count and recipients', async () => {
    const manifest = await build(db.store, { shared: true, recipients: ['Contoso AI'] });
    expect(manifest.counts.excluded).toEqual({ message: 1, 'not-shared': 2 });
    expect(await memberUsage(db.store.db, 'm1')).toEqual([expect.objectContaining({ datasetId: manifest.datasetId, items: 1, shared: true, recipients: ['Contoso AI'] })]);
    expect(await memberUsage(db.store.db, 'm2')).toEqual([]);
    await expect(memberUsage(db.store.db, 'nobody')).rejects.toMatchObject({ code: 'E_MEMBER_NOT_FOUND' });
  });

  it('builds from one snapshot: history recorded for moments after the snapshot changes nothing', async () => {
    const first = await build(db.store);
    await importRecords({ ctx: testContext(db.store), input: jsonlStream([consentRecord('late', 'm2', 'train-genai', 'denied', '2025-07-01T00:00:00Z')]), source: 'late.jsonl' });
    const second = await build(db.store, { outDir: join(out, 'ds2') });
    expect(second.counts).toEqual(first.counts);
    expect(second.files[0]?.sha256).toBe(first.files[0]?.sha256);
  });

  it('puts items that stopped being eligible on the unlearning queue, with the reason', async () => {
    const manifest = await build(db.store);
    expect((await unlearningQueue(db.store.db, at('2026-01-01T00:00:00Z')))[0]?.items).toEqual([]);
    await importRecords({
      ctx: testContext(db.store),
      input: jsonlStream([
        objectionRecord('o1', 'm2', ['train-ai'], '2025-09-01T00:00:00Z'),
        deleteRecord('d1', 'c1', '2025-09-02T00:00:00Z'),
        statusRecord('s1', 'm3', 'deceased', '2025-09-03T00:00:00Z'),
      ]),
      source: 'later.jsonl',
    });
    const [entry] = await unlearningQueue(db.store.db, at('2026-01-01T00:00:00Z'));
    expect(entry?.datasetId).toBe(manifest.datasetId);
    expect(entry?.items).toEqual([
      { id: 'c1', memberId: 'm1', reason: 'deleted' },
      { id: 'c3', memberId: 'm2', reason: 'opted-out' },
      { id: 'c4', memberId: 'm3', reason: 'deceased' },
    ]);
    // Before those events took effect, nothing was stale.
    expect((await unlearningQueue(db.store.db, at('2025-08-01T00:00:00Z')))[0]?.items).toEqual([]);
  });

  it('re-applies the dataset’s own pack on the queue: a move into an excluded region counts', async () => {
    const policy = await resolvePolicy('linkedin-2024', process.cwd());
    await build(db.store, { policy });
    await importRecords({ ctx: testContext(db.store), input: jsonlStream([moveRecord('v1', 'm3', 'FR', '2025-10-01T00:00:00Z')]), source: 'move.jsonl' });
    const [entry] = await unlearningQueue(db.store.db, at('2026-01-01T00:00:00Z'));
    expect(entry?.items).toEqual([{ id: 'c4', memberId: 'm3', reason: 'region-excluded' }]);
  });

  it('follows lineage into models: usage and the unlearning queue name the runs trained on a dataset', async () => {
    const manifest = await build(db.store);
    const run = await registerTrainingRun({ ctx: testContext(db.store), datasetIds: [manifest.datasetId], model: 'writer-7b' });
    expect(run.runId).toMatch(/^run_/);
    const [usage] = await memberUsage(db.store.db, 'm1');
    expect(usage?.trainingRuns).toEqual([{ runId: run.runId, model: 'writer-7b', recipient: null, startedAt: '2026-06-01T00:00:00Z' }]);
    // Handing a run to another party needs a dataset built for sharing: its items' authors allowed it.
    await expect(registerTrainingRun({ ctx: testContext(db.store), datasetIds: [manifest.datasetId], model: 'writer-7b', recipient: 'Contoso AI' })).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT', message: expect.stringContaining('not built for sharing') as unknown });
    const shared = await build(db.store, { shared: true, recipients: ['Contoso AI'], outDir: join(out, 'shared') });
    const handed = await registerTrainingRun({ ctx: testContext(db.store), datasetIds: [shared.datasetId], model: 'writer-7b', recipient: 'Contoso AI' });
    expect(handed.recipient).toBe('Contoso AI');
    await importRecords({ ctx: testContext(db.store), input: jsonlStream([deleteRecord('d1', 'c1', '2025-09-02T00:00:00Z')]), source: 'later.jsonl' });
    const [entry] = await unlearningQueue(db.store.db, at('2026-01-01T00:00:00Z'));
    expect(entry?.trainingRuns.map((r) => r.model)).toEqual(['writer-7b']);
    await expect(registerTrainingRun({ ctx: testContext(db.store), datasetIds: ['ds_nope'], model: 'm' })).rejects.toMatchObject({ code: 'E_DATASET_NOT_FOUND' });
    await expect(registerTrainingRun({ ctx: testContext(db.store), datasetIds: [manifest.datasetId], model: ' ' })).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
  });

  it('records nothing when the output cannot be created', async () => {
    // A parent that is a file: no folder can be made under it.
    writeFileSync(join(out, 'a-file'), '');
    const auditBefore = await db.store.db.selectFrom('audit_log').select('seq').execute();
    await expect(build(db.store, { outDir: join(out, 'a-file', 'ds') })).rejects.toMatchObject({ code: 'E_OUTPUT_UNWRITABLE' });
    // A folder that refuses new entries (Node's recursive mkdir loops forever under /proc).
    await expect(build(db.store, { outDir: '/proc/consentry-cannot-write/ds' })).rejects.toMatchObject({ code: 'E_OUTPUT_UNWRITABLE' });
    expect(await db.store.db.selectFrom('datasets').select('id').execute()).toEqual([]);
    expect(await db.store.db.selectFrom('audit_log').select('seq').execute()).toEqual(auditBefore);
  });

  it('withdraws a finished dataset, audited, when its folder cannot be moved into place', async () => {
    const outDir = join(out, 'raced');
    // Another process fills the output folder while the build runs: the build's last step finds it taken.
    const fill = () => {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'x'), 'x');
    };
    const raced = build(db.store, { outDir }, undefined, fill);
    await expect(raced).rejects.toMatchObject({ code: 'E_OUTPUT_EXISTS' });
    const rows = await db.store.db.selectFrom('datasets').select(['status']).execute();
    expect(rows).toEqual([{ status: 'failed' }]);
    expect(await db.store.db.selectFrom('dataset_members').select('dataset_id').execute()).toEqual([]);
    const actions = (await db.store.db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map((r) => r.action);
    expect(actions.slice(-2)).toEqual(['dataset.built', 'dataset.withdrawn']);
    expect(await memberUsage(db.store.db, 'm1')).toEqual([]);
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: true });
  });

  it('audits the policy pack once and every build; the chain verifies', async () => {
    await build(db.store);
    await build(db.store, { outDir: join(out, 'ds2') });
    const actions = (await db.store.db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map((r) => r.action);
    expect(actions.filter((a) => a === 'policy.recorded')).toHaveLength(1);
    expect(actions.filter((a) => a === 'dataset.built')).toHaveLength(2);
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: true });
  });

  it('notices lineage altered outside Consentry: the members and recipients of a dataset, a run, the recorded pack', async () => {
    const manifest = await build(db.store, { shared: true, recipients: ['Contoso AI'] });
    const run = await registerTrainingRun({ ctx: testContext(db.store), datasetIds: [manifest.datasetId], model: 'writer-7b', recipient: 'Contoso AI' });
    expect(await verifyAudit(db.store.db)).toMatchObject({ intact: true });
    const tamper = async (change: () => Promise<unknown>, undo: () => Promise<unknown>, problem: string) => {
      await change();
      expect(await verifyAudit(db.store.db)).toMatchObject({ intact: false, problem: expect.stringContaining(problem) as unknown });
      await undo();
      expect(await verifyAudit(db.store.db)).toMatchObject({ intact: true });
    };
    const members = await db.store.db.selectFrom('dataset_members').selectAll().where('dataset_id', '=', manifest.datasetId).execute();
    await tamper(
      () => db.store.db.deleteFrom('dataset_members').where('dataset_id', '=', manifest.datasetId).execute(),
      () => db.store.db.insertInto('dataset_members').values(members).execute(),
      `the items of dataset ${manifest.datasetId}`,
    );
    await tamper(
      () => db.store.db.updateTable('datasets').set({ recipients: '[]' }).where('id', '=', manifest.datasetId).execute(),
      () => db.store.db.updateTable('datasets').set({ recipients: '["Contoso AI"]' }).where('id', '=', manifest.datasetId).execute(),
      'recipients',
    );
    await tamper(
      () => db.store.db.updateTable('training_runs').set({ recipient: null }).where('id', '=', run.runId).execute(),
      () => db.store.db.updateTable('training_runs').set({ recipient: 'Contoso AI' }).where('id', '=', run.runId).execute(),
      `the training run ${run.runId}`,
    );
    const pack = await db.store.db.selectFrom('policy_packs').select(['id', 'document']).executeTakeFirstOrThrow();
    await tamper(
      () => db.store.db.updateTable('policy_packs').set({ document: pack.document.replace('"opt-in"', '"opt-out"') }).where('id', '=', pack.id).execute(),
      () => db.store.db.updateTable('policy_packs').set({ document: pack.document }).where('id', '=', pack.id).execute(),
      'policy pack',
    );
  });

  it('refuses a custom pack whose id and version were used with other content', async () => {
    const file = join(out, 'pack.json');
    const pack = JSON.parse(readFileSync('src/domain/policy-packs/privacy-first.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...pack, id: 'custom', version: 3 }));
    await build(db.store, { policy: await resolvePolicy(file, process.cwd()) });
    writeFileSync(file, JSON.stringify({ ...pack, id: 'custom', version: 3, minimumAge: 21 }));
    await expect(build(db.store, { policy: await resolvePolicy(file, process.cwd()), outDir: join(out, 'ds2') })).rejects.toMatchObject({ code: 'E_POLICY_CONFLICT' });
    expect(existsSync(join(out, 'ds2'))).toBe(false);
  });
});
