// `consentry usage`: every dataset that holds a member's content, and who received it.
import { ConsentryError } from '../domain/errors.js';
import type { Purpose } from '../schema/purposes.js';
import { formatInstant } from '../schema/time.js';
import { datasetsHoldingMember, type DatasetRecord } from '../store/dataset-records.js';
import type { Db } from '../store/store.js';
import { runsByDataset } from '../store/training-run-records.js';

/** One dataset holding a member's content, as the member is told about it. */
export interface MemberUsageEntry {
  readonly datasetId: string;
  readonly purpose: Purpose;
  readonly snapshotAt: string;
  readonly builtAt: string | null;
  readonly policy: { readonly id: string; readonly version: number };
  readonly shared: boolean;
  /** Who received it: named recipients of a shared dataset; empty when it stayed in-house. */
  readonly recipients: readonly string[];
  /** How many of the member's items it holds. */
  readonly items: number;
  /** Models trained on it, and who trained or received them. */
  readonly trainingRuns: readonly TrainingRunSummary[];
}

/** A training run as members and the unlearning queue are told about it. */
export interface TrainingRunSummary {
  readonly runId: string;
  readonly model: string;
  readonly recipient: string | null;
  readonly startedAt: string;
}

/** Summaries of the runs per dataset, for reports. */
export async function trainingRunSummaries(db: Db, datasetIds: readonly string[]): Promise<Map<string, TrainingRunSummary[]>> {
  const runs = await runsByDataset(db, datasetIds);
  return new Map([...runs].map(([id, list]) => [id, list.map((r) => ({ runId: r.runId, model: r.model, recipient: r.recipient, startedAt: formatInstant(r.startedAt) }))]));
}

/** Lists the datasets holding the member's content, newest first. @throws E_MEMBER_NOT_FOUND */
export async function memberUsage(db: Db, memberId: string): Promise<MemberUsageEntry[]> {
  const member = await db.selectFrom('members').select('id').where('id', '=', memberId).executeTakeFirst();
  if (member === undefined) throw new ConsentryError('E_MEMBER_NOT_FOUND', `no member with id "${memberId}"`);
  return usageEntries(db, await datasetsHoldingMember(db, memberId));
}

/** The usage entries for datasets already known to hold a member's content, in the same order. */
export async function usageEntries(db: Db, rows: readonly { dataset: DatasetRecord; items: number }[]): Promise<MemberUsageEntry[]> {
  const runs = await trainingRunSummaries(db, rows.map((r) => r.dataset.id));
  return rows.map(({ dataset, items }) => ({
    datasetId: dataset.id,
    purpose: dataset.purpose,
    snapshotAt: formatInstant(dataset.snapshotAt),
    builtAt: dataset.completedAt === null ? null : formatInstant(dataset.completedAt),
    policy: dataset.policy,
    shared: dataset.shared,
    recipients: dataset.shared ? (dataset.recipients.length > 0 ? dataset.recipients : ['affiliates (not named)']) : [],
    items,
    trainingRuns: runs.get(dataset.id) ?? [],
  }));
}
