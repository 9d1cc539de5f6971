// A build that is interrupted or killed leaves no DIR that looks complete and no lineage.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/pipeline/dataset/build-dataset.command.js';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import { resolvePolicy } from '../../src/pipeline/resolve-policy.js';
import { listDatasets } from '../../src/store/dataset-records.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { testContext } from '../support/pipeline-context.js';
import { consentRecord, contentRecord, jsonlStream, memberRecord } from '../support/record-factory.js';

const BIN = join(import.meta.dirname, '../../bin/consentry.js');

function network(members: number, itemsEach: number) {
  const records = [];
  for (let m = 0; m < members; m++) {
    const id = `m${String(m).padStart(5, '0')}`;
    records.push(memberRecord(id, { name: `Person Number${m}` }), consentRecord(`e${m}`, id, 'train-genai', 'granted', '2025-02-01T00:00:00Z'));
    for (let i = 0; i < itemsEach; i++) records.push(contentRecord(`c${m}-${i}`, id, { text: `Item ${i} of Person Number${m}; write to p${m}@example.org or call +44 20 7946 0${String(m % 1000).padStart(3, '0')}. `.repeat(3) }));
  }
  return records;
}

describe('atomic dataset output', () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'consentry-atomic-'));
    store = await openStore(join(dir, 'db.sqlite'));
    await importRecords({ ctx: testContext(store), input: jsonlStream(network(3000, 10)), source: 'big' });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an interrupted build publishes nothing and records no lineage', async () => {
    const controller = new AbortController();
    const outDir = join(dir, 'aborted');
    await expect(
      buildDataset({
        ctx: testContext(store),
        request: { purpose: 'train-genai', at: undefined, shared: false, recipients: [], policy: await resolvePolicy(undefined, dir), outDir, operator: 'replace' },
        onProgress: () => { controller.abort(); },
        signal: controller.signal,
      }),
    ).rejects.toThrow(/interrupted/);
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    expect(await listDatasets(store.db)).toEqual([]);
    const rows = await store.db.selectFrom('dataset_members').select('member_id').execute();
    expect(rows).toEqual([]);
  });

  it('a killed build process leaves no DIR, and the same DIR can be built afterwards', async () => {
    const outDir = join(dir, 'killed');
    const child = spawn(process.execPath, [BIN, 'dataset', 'build', '--purpose', 'train-genai', '--out', outDir, '--db', join(dir, 'db.sqlite')], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => { resolve(); }));
    for (let i = 0; i < 2000 && !readdirSync(dir).some((f) => f.startsWith('.killed.')); i++) await new Promise((r) => setTimeout(r, 5));
    expect(existsSync(outDir)).toBe(false);
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(outDir)).toBe(false);
    expect(await listDatasets(store.db)).toEqual([]);

    const again = spawn(process.execPath, [BIN, 'dataset', 'build', '--purpose', 'train-genai', '--out', outDir, '--db', join(dir, 'db.sqlite')], { stdio: 'ignore' });
    const status = await new Promise<number | null>((resolve) => again.on('exit', (code) => { resolve(code); }));
    expect(status).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(['croissant.json', 'data.jsonl', 'manifest.json']);
    expect((await listDatasets(store.db)).map((d) => d.included)).toEqual([30000]);
  });
});
