// What `audit verify` checks once the chain is walked: that the lineage the audit log certifies — policy
// packs, datasets, training runs — is still stored as certified, and that no member, content item or
// history row exists that no entry certifies (one planted would change decisions without a trace).
import type { AuditEntry, ChainBreak } from '../domain/audit-chain.js';
import { sha256Hex } from '../domain/digest.js';
import type { RecordType } from '../schema/records.js';
import { datasetManifest, findDataset, includedTotal } from '../store/dataset-records.js';
import { findPolicyPack } from '../store/policy-records.js';
import { entityBatchIds, historyRowCounts } from '../store/record-reads.js';
import type { Db } from '../store/store.js';
import { findTrainingRun } from '../store/training-run-records.js';

type HistoryType = Exclude<RecordType, 'member' | 'content'>;

/** Collects, while the chain is walked, what the lineage checks need; then runs them. */
export interface LineageCollector {
  /** Notes one verified entry. */
  note(entry: AuditEntry, historyType: HistoryType | undefined): void;
  /** The first lineage problem, or null; `nextSeq` is what a problem no entry owns is reported as. */
  check(db: Db, nextSeq: number): Promise<ChainBreak | null>;
}

/** Creates an empty collector. */
export function createLineageCollector(): LineageCollector {
  const lineage: AuditEntry[] = [];
  const withdrawn = new Set<string>();
  const batches = new Set<string>();
  const audited: Record<HistoryType, number> = { consent: 0, objection: 0, move: 0, status: 0, delete: 0 };
  return {
    note(entry, historyType) {
      if (historyType !== undefined) audited[historyType] += 1;
      if (entry.action === 'dataset.withdrawn') withdrawn.add(entry.subject);
      if (entry.action === 'import.batch') batches.add(entry.subject);
      if (entry.action === 'policy.recorded' || entry.action === 'dataset.built' || entry.action === 'training-run.recorded') lineage.push(entry);
    },
    async check(db, nextSeq) {
      const stray = await uncertifiedEntities(db, batches);
      if (stray !== null) return { seq: nextSeq, problem: stray };
      for (const entry of lineage) {
        const problem = await lineageProblem(db, entry, withdrawn);
        if (problem !== null) return { seq: entry.seq, problem };
      }
      const counts = await historyRowCounts(db);
      for (const type of Object.keys(audited) as HistoryType[]) {
        const extra = counts[type] - audited[type];
        if (extra > 0) return { seq: nextSeq, problem: `${extra} ${type} record${extra === 1 ? '' : 's'} no entry certifies were added outside Consentry` };
      }
      return null;
    },
  };
}

/** Members or content items that no audited import batch holds (a row added outside Consentry), described; null when there are none. */
async function uncertifiedEntities(db: Db, batches: ReadonlySet<string>): Promise<string | null> {
  for (const type of ['member', 'content'] as const) {
    for (const batch of await entityBatchIds(db, type)) {
      if (batch !== null && batches.has(batch)) continue;
      return `${type === 'member' ? 'members' : 'content items'} ${batch === null ? 'without an import batch' : `of import batch ${batch}, which no entry records,`} were added outside Consentry`;
    }
  }
  return null;
}

async function lineageProblem(db: Db, entry: AuditEntry, withdrawn: ReadonlySet<string>): Promise<string | null> {
  const p = entry.payload;
  if (entry.action === 'policy.recorded') {
    const pack = await findPolicyPack(db, String(p['id']), Number(p['version']));
    if (pack === null) return `the policy pack ${entry.subject} it certifies was removed`;
    return sha256Hex(pack.document) === p['sha256'] && pack.sha256 === p['sha256'] ? null : `the policy pack ${entry.subject} it certifies was altered`;
  }
  if (entry.action === 'dataset.built') {
    if (withdrawn.has(entry.subject)) return null;
    const dataset = await findDataset(db, entry.subject);
    const manifest = await datasetManifest(db, entry.subject);
    if (dataset === null || manifest === null) return `the dataset ${entry.subject} it certifies was removed`;
    if (dataset.status !== 'complete' || dataset.manifestSha256 !== p['manifestSha256'] || sha256Hex(manifest) !== p['manifestSha256']) return `the dataset ${entry.subject} it certifies was altered`;
    if (JSON.stringify(dataset.recipients) !== JSON.stringify(p['recipients'] ?? [])) return `the recipients of dataset ${entry.subject} it certifies were altered`;
    const counts = p['counts'] as { included?: unknown } | undefined;
    const included = await includedTotal(db, entry.subject);
    return typeof counts?.included !== 'number' || included === counts.included ? null : `the items of dataset ${entry.subject} it certifies were altered (${included} stored, ${counts.included} certified)`;
  }
  if (entry.action === 'training-run.recorded') {
    const run = await findTrainingRun(db, entry.subject);
    if (run === null) return `the training run ${entry.subject} it certifies was removed`;
    const datasets = Array.isArray(p['datasetIds']) ? [...(p['datasetIds'] as unknown[])].map(String).sort() : [];
    return run.model === p['model'] && run.recipient === (p['recipient'] ?? null) && JSON.stringify(run.datasetIds) === JSON.stringify(datasets) ? null : `the training run ${entry.subject} it certifies was altered`;
  }
  return null;
}
