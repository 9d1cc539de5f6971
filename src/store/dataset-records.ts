// Datasets and the verdict on every item they considered: the lineage that usage and unlearning read.
import type { Purpose } from '../schema/purposes.js';
import type { Verdict } from '../schema/reasons.js';
import type { Instant } from '../schema/time.js';
import type { Db } from './store.js';

/** A dataset as recorded. */
export interface DatasetRecord {
  readonly id: string;
  readonly purpose: Purpose;
  readonly snapshotAt: Instant;
  readonly shared: boolean;
  readonly policy: { readonly id: string; readonly version: number };
  readonly status: 'building' | 'complete' | 'failed';
  readonly startedAt: Instant;
  readonly completedAt: Instant | null;
  readonly outDir: string;
  readonly recipients: readonly string[];
  readonly included: number;
  readonly manifestSha256: string | null;
  readonly actor: string;
}

/** One item's verdict in one dataset. */
export interface DecisionRow {
  readonly contentId: string;
  readonly memberId: string;
  readonly verdict: Verdict;
}

/** Records a dataset whose build has started; it counts for nothing until completed. */
export async function insertBuildingDataset(db: Db, d: Omit<DatasetRecord, 'status' | 'completedAt' | 'included' | 'manifestSha256'>): Promise<void> {
  await db
    .insertInto('datasets')
    .values({
      id: d.id,
      purpose: d.purpose,
      snapshot_at: d.snapshotAt,
      shared: d.shared ? 1 : 0,
      policy_id: d.policy.id,
      policy_version: d.policy.version,
      status: 'building',
      started_at: d.startedAt,
      completed_at: null,
      out_dir: d.outDir,
      recipients: JSON.stringify(d.recipients),
      manifest: null,
      manifest_sha256: null,
      included: 0,
      actor: d.actor,
    })
    .execute();
}

/** Appends a batch of verdicts of a dataset being built. */
export async function insertDecisions(db: Db, datasetId: string, decisions: readonly DecisionRow[]): Promise<void> {
  for (let i = 0; i < decisions.length; i += 500) {
    await db
      .insertInto('dataset_decisions')
      .values(decisions.slice(i, i + 500).map((d) => ({ dataset_id: datasetId, content_id: d.contentId, member_id: d.memberId, verdict: d.verdict })))
      .execute();
  }
}

/** Marks a dataset complete with its manifest; from now on lineage and unlearning see it. */
export async function completeDataset(db: Db, id: string, manifest: string, manifestSha256: string, included: number, completedAt: Instant): Promise<void> {
  await db
    .updateTable('datasets')
    .set({ status: 'complete', manifest, manifest_sha256: manifestSha256, included, completed_at: completedAt })
    .where('id', '=', id)
    .where('status', '=', 'building')
    .execute();
}

/** Marks a dataset whose build failed, and drops its partial verdicts. */
export async function failDataset(db: Db, id: string): Promise<void> {
  await db.deleteFrom('dataset_decisions').where('dataset_id', '=', id).execute();
  await db.updateTable('datasets').set({ status: 'failed' }).where('id', '=', id).where('status', '=', 'building').execute();
}

type DatasetRow = {
  id: string;
  purpose: string;
  snapshot_at: string;
  shared: number;
  policy_id: string;
  policy_version: number;
  status: string;
  started_at: string;
  completed_at: string | null;
  out_dir: string;
  recipients: string;
  included: number;
  manifest_sha256: string | null;
  actor: string;
};

const DATASET_COLUMNS = [
  'id',
  'purpose',
  'snapshot_at',
  'shared',
  'policy_id',
  'policy_version',
  'status',
  'started_at',
  'completed_at',
  'out_dir',
  'recipients',
  'included',
  'manifest_sha256',
  'actor',
] as const;

function toDataset(row: DatasetRow): DatasetRecord {
  return {
    id: row.id,
    purpose: row.purpose as Purpose,
    snapshotAt: row.snapshot_at as Instant,
    shared: row.shared === 1,
    policy: { id: row.policy_id, version: row.policy_version },
    status: row.status as DatasetRecord['status'],
    startedAt: row.started_at as Instant,
    completedAt: row.completed_at as Instant | null,
    outDir: row.out_dir,
    recipients: JSON.parse(row.recipients) as string[],
    included: row.included,
    manifestSha256: row.manifest_sha256,
    actor: row.actor,
  };
}

/** Completed datasets, newest first. */
export async function listDatasets(db: Db): Promise<DatasetRecord[]> {
  const rows = await db.selectFrom('datasets').select(DATASET_COLUMNS).where('status', '=', 'complete').orderBy('completed_at', 'desc').orderBy('id').execute();
  return rows.map(toDataset);
}

/** One dataset by id (any status), or null. */
export async function findDataset(db: Db, id: string): Promise<DatasetRecord | null> {
  const row = await db.selectFrom('datasets').select(DATASET_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toDataset(row);
}

/** The stored manifest JSON of a completed dataset, or null. */
export async function datasetManifest(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('datasets').select('manifest').where('id', '=', id).executeTakeFirst();
  return row?.manifest ?? null;
}

/** Completed datasets that include at least one item of the member, with how many. */
export async function datasetsHoldingMember(db: Db, memberId: string): Promise<{ dataset: DatasetRecord; items: number }[]> {
  const rows = await db
    .selectFrom('dataset_decisions')
    .innerJoin('datasets', 'datasets.id', 'dataset_decisions.dataset_id')
    .select(DATASET_COLUMNS.map((c) => `datasets.${c}` as const))
    .select((eb) => eb.fn.countAll<number | string>().as('items'))
    .where('dataset_decisions.member_id', '=', memberId)
    .where('dataset_decisions.verdict', '=', 'included')
    .where('datasets.status', '=', 'complete')
    .groupBy(DATASET_COLUMNS.map((c) => `datasets.${c}` as const))
    .orderBy('datasets.completed_at', 'desc')
    .execute();
  return rows.map((row) => ({ dataset: toDataset(row), items: Number(row.items) }));
}

/** The content ids of one member included in one dataset. */
export async function memberItemsInDataset(db: Db, datasetId: string, memberId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('dataset_decisions')
    .select('content_id')
    .where('dataset_id', '=', datasetId)
    .where('member_id', '=', memberId)
    .where('verdict', '=', 'included')
    .orderBy('content_id')
    .execute();
  return rows.map((r) => r.content_id);
}

/** Included items of a dataset for members with ids in [first, last]. */
export async function includedInRange(db: Db, datasetId: string, first: string, last: string): Promise<{ contentId: string; memberId: string }[]> {
  const rows = await db
    .selectFrom('dataset_decisions')
    .select(['content_id', 'member_id'])
    .where('dataset_id', '=', datasetId)
    .where('verdict', '=', 'included')
    .where('member_id', '>=', first)
    .where('member_id', '<=', last)
    .execute();
  return rows.map((r) => ({ contentId: r.content_id, memberId: r.member_id }));
}

/** The recorded verdict for one item in one dataset, or null when the dataset did not consider it. */
export async function verdictOf(db: Db, datasetId: string, contentId: string): Promise<Verdict | null> {
  const row = await db.selectFrom('dataset_decisions').select('verdict').where('dataset_id', '=', datasetId).where('content_id', '=', contentId).executeTakeFirst();
  return (row?.verdict ?? null) as Verdict | null;
}
