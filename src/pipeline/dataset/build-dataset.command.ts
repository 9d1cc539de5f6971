// `consentry dataset build`: a consistent snapshot, item-by-item eligibility, redaction, atomic output.
import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../domain/digest.js';
import { ConsentryError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { evaluateItem, type DatasetRequest } from '../../domain/item-eligibility.js';
import { assertPackDefines } from '../../domain/policy.js';
import { createRedactor } from '../../domain/redaction/create-redactor.js';
import type { RedactionOperator, Redactor } from '../../domain/redaction/redactor.js';
import type { Purpose } from '../../schema/purposes.js';
import type { Verdict } from '../../schema/reasons.js';
import type { Instant } from '../../schema/time.js';
import { appendAudit } from '../../store/audit-log.js';
import { countItems, loadItemsInRange, loadTexts, type StoredItem } from '../../store/content-reads.js';
import { completeDataset, failDataset, insertBuildingDataset, insertMemberVerdicts, withdrawCompletedDataset, type MemberVerdicts } from '../../store/dataset-records.js';
import { loadHistoriesInRange, memberIdPage } from '../../store/member-history-reads.js';
import { loadRedactionDirectory } from '../../store/redaction-directory.js';
import type { Db } from '../../store/store.js';
import { heapGovernor } from '../heap-governor.js';
import type { PipelineContext, Progress } from '../pipeline-context.js';
import { recordPolicyUse, type ResolvedPolicy } from '../resolve-policy.js';
import { croissantDocument } from './croissant-document.js';
import { buildManifest, VerdictTally, type DatasetManifest } from './dataset-manifest.js';
import { assertOutputFree, createStagingDir, discardStagingDir, fsyncPath, publishStagingDir } from './output-directory.js';

/** What to build. */
export interface DatasetBuildRequest {
  readonly purpose: Purpose;
  /** Snapshot moment; now when absent. */
  readonly at?: Instant | undefined;
  readonly shared: boolean;
  readonly recipients: readonly string[];
  readonly policy: ResolvedPolicy;
  readonly outDir: string;
  readonly operator: RedactionOperator;
}

/** Members per page: bounds memory whatever the size of the network. */
const MEMBER_PAGE = 500;

/**
 * Builds a dataset. Files appear at `outDir` only when complete, and the dataset counts for lineage
 * only once its verdicts and manifest are recorded; a failure or interruption leaves neither.
 */
export async function buildDataset(props: {
  ctx: PipelineContext;
  request: DatasetBuildRequest;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}): Promise<DatasetManifest> {
  const { ctx, request, onProgress, signal } = props;
  const { pack } = request.policy;
  assertPackDefines(pack, request.purpose);
  if (request.shared) assertPackDefines(pack, 'share-affiliates');
  if (!request.shared && request.recipients.length > 0) throw new ConsentryError('E_INVALID_ARGUMENT', 'recipients are only meaningful for a shared dataset (--share)');
  await assertOutputFree(request.outDir);

  const startedAt = ctx.clock.now();
  const datasetId = newId('ds');
  const dataset: DatasetRequest = { purpose: request.purpose, at: request.at ?? startedAt, shared: request.shared };

  // The folder first: an output that cannot be written refuses the build before anything is recorded.
  const staging = await createStagingDir(request.outDir);
  try {
    await ctx.store.write(async (tx) => {
      await recordPolicyUse(tx, ctx, request.policy);
      await insertBuildingDataset(tx, {
        id: datasetId,
        purpose: dataset.purpose,
        snapshotAt: dataset.at,
        shared: dataset.shared,
        policy: { id: pack.id, version: pack.version },
        startedAt,
        outDir: request.outDir,
        recipients: request.recipients,
        actor: ctx.actor,
      });
    });
  } catch (error) {
    await discardStagingDir(staging);
    throw error;
  }

  let completed = false;
  try {
    const tally = new VerdictTally();
    const { redactor, data } = await ctx.store.snapshot(async (db) => {
      // Not kept in a variable: once the redactor's word table holds the names, the list can go.
      const redactor = createRedactor({ ...(await loadRedactionDirectory(db)), operator: request.operator });
      const data = await writeItems({ db, ctx, datasetId, dataset, request, redactor, tally, staging, onProgress, signal });
      return { redactor, data };
    });
    const manifest = buildManifest({
      datasetId,
      purpose: dataset.purpose,
      snapshotAt: dataset.at,
      shared: dataset.shared,
      recipients: request.recipients,
      pack,
      packSha256: request.policy.sha256,
      tally,
      files: [data],
      redaction: { detectors: redactor.version, operator: redactor.operator },
      documentation: 'croissant.json',
      createdAt: ctx.clock.now(),
    });
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeFile(join(staging, 'manifest.json'), manifestText);
    await writeFile(join(staging, 'croissant.json'), `${JSON.stringify(croissantDocument(manifest, pack), null, 2)}\n`);
    for (const file of ['manifest.json', 'croissant.json', 'data.jsonl', '.']) await fsyncPath(join(staging, file));
    throwIfAborted(signal);

    // Recorded before the folder is moved into place: a crash in between leaves lineage that
    // over-reports a dataset nobody received, never a dataset nobody can trace.
    const manifestSha256 = sha256Hex(manifestText);
    await ctx.store.write(async (tx) => {
      await completeDataset(tx, datasetId, manifestText, manifestSha256, tally.included, ctx.clock.now());
      await appendAudit(tx, [
        {
          at: ctx.clock.now(),
          action: 'dataset.built',
          actor: ctx.actor,
          subject: datasetId,
          payload: {
            purpose: dataset.purpose,
            snapshotAt: dataset.at,
            shared: dataset.shared,
            recipients: request.recipients,
            policy: manifest.policy,
            counts: manifest.counts,
            manifestSha256,
            dataSha256: data.sha256,
          },
        },
      ]);
    });
    completed = true;
    try {
      await publishStagingDir(staging, request.outDir);
    } catch (error) {
      // Nobody received the files: the recorded dataset is withdrawn (audited), so lineage never points at
      // output that does not exist. Only a crash between the two steps leaves it over-reported.
      await withdrawDataset(ctx, datasetId, error instanceof Error ? error.message : String(error));
      throw error;
    }
    return manifest;
  } catch (error) {
    await discardStagingDir(staging);
    if (!completed) await failDataset(ctx.store.db, datasetId);
    throw error;
  }
}

/** Marks a completed dataset whose folder could not be published as failed, with an audit entry saying why. */
async function withdrawDataset(ctx: PipelineContext, datasetId: string, reason: string): Promise<void> {
  await ctx.store.write(async (tx) => {
    await withdrawCompletedDataset(tx, datasetId);
    await appendAudit(tx, [{ at: ctx.clock.now(), action: 'dataset.withdrawn', actor: ctx.actor, subject: datasetId, payload: { reason } }]);
  });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new ConsentryError('E_INTERNAL', 'dataset build interrupted; nothing was published');
}

/** Streams every considered item through the rules and the redactor into data.jsonl. */
async function writeItems(props: {
  db: Db;
  ctx: PipelineContext;
  datasetId: string;
  dataset: DatasetRequest;
  request: DatasetBuildRequest;
  redactor: Redactor;
  tally: VerdictTally;
  staging: string;
  onProgress: ((progress: Progress) => void) | undefined;
  signal: AbortSignal | undefined;
}) {
  const { db, ctx, datasetId, dataset, request, redactor, tally, staging, onProgress, signal } = props;
  const path = join(staging, 'data.jsonl');
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  let bytes = 0;
  const total = await countItems(db, dataset.at);
  let lastReport = 0;
  const governHeap = heapGovernor();
  try {
    let after: string | null = null;
    for (;;) {
      throwIfAborted(signal);
      const ids = await memberIdPage(db, after, MEMBER_PAGE);
      const first = ids[0];
      const last = ids[ids.length - 1];
      if (first === undefined || last === undefined) break;
      after = last;
      const histories = await loadHistoriesInRange(db, first, last, dataset.at);
      const items = await loadItemsInRange(db, first, last, dataset.at, dataset.at);
      const verdicts = new Map<string, [string, Verdict][]>();
      const included: StoredItem[] = [];
      for (const item of items) {
        const member = histories.get(item.memberId);
        if (member === undefined) continue;
        const verdict = evaluateItem(request.policy.pack, dataset, member, item);
        tally.add(verdict);
        const own = verdicts.get(item.memberId);
        if (own === undefined) verdicts.set(item.memberId, [[item.id, verdict]]);
        else own.push([item.id, verdict]);
        if (verdict === 'included') included.push(item);
      }
      const texts = await loadTexts(db, included.map((item) => item.id));
      let chunk = '';
      for (const item of included) chunk += `${JSON.stringify({ id: item.id, kind: item.kind, text: redactor.redact(texts.get(item.id) ?? '').text })}\n`;
      if (chunk !== '') {
        const buffer = Buffer.from(chunk);
        hash.update(buffer);
        bytes += buffer.length;
        await writeChunk(out, buffer);
      }
      const rows: MemberVerdicts[] = [...verdicts].map(([memberId, own]) => ({ memberId, verdicts: own }));
      await insertMemberVerdicts(ctx.store.db, datasetId, rows);
      governHeap();
      const now = Date.now();
      if (onProgress !== undefined && now - lastReport > 200) {
        lastReport = now;
        onProgress({ done: tally.considered, total, unit: 'items' });
      }
    }
    onProgress?.({ done: tally.considered, total, unit: 'items' });
  } finally {
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.end(resolve);
    });
  }
  return { path: 'data.jsonl', sha256: hash.digest('hex'), records: tally.included, bytes };
}

async function writeChunk(out: WriteStream, buffer: Buffer): Promise<void> {
  if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', resolve));
}
