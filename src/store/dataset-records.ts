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

/** The verdicts on one member's items in one dataset. */
export interface MemberVerdicts {
  readonly memberId: string;
  /** [content id, verdict] for every item of the member the dataset considered. */
  readonly verdicts: readonly (readonly [string, Verdict])[];
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

/** Appends the verdicts of a page of members of a dataset being built. */
export async function insertMemberVerdicts(db: Db, datasetId: string, members: readonly MemberVerdicts[]): Promise<void> {
  for (let i = 0; i < members.length; i += 250) {
    await db
      .insertInto('dataset_members')
      .values(
        members.slice(i, i + 250).map((m) => ({
          dataset_id: datasetId,
          member_id: m.memberId,
          included: m.verdicts.filter(([, v]) => v === 'included').length,
          verdicts: JSON.stringify(m.verdicts),
        })),
      )
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
  await db.deleteFrom('dataset_members').where('dataset_id', '=', id).execute();
  await db.updateTable('datasets').set({ status: 'failed' }).where('id', '=', id).where('status', '=', 'building').execute();
}

/** Marks a completed dataset failed and drops its verdicts: its folder was never published. */
export async function withdrawCompletedDataset(db: Db, id: string): Promise<void> {
  await db.deleteFrom('dataset_members').where('dataset_id', '=', id).execute();
  await db.updateTable('datasets').set({ status: 'failed' }).where('id', '=', id).execute();
}

/** Sum of the included counts over a dataset's members: what usage reports, to compare with its audit entry. */
export async function includedTotal(db: Db, datasetId: string): Promise<number> {
  const row = await db
    .selectFrom('dataset_members')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('included'), eb.lit(0)).as('n'))
    .where('dataset_id', '=', datasetId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
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
    .selectFrom('dataset_members')
    .innerJoin('datasets', 'datasets.id', 'dataset_members.dataset_id')
    .select(DATASET_COLUMNS.map((c) => `datasets.${c}` as const))
    .select('dataset_members.included as items')
    .where('dataset_members.member_id', '=', memberId)
    .where('dataset_members.included', '>', 0)
    .where('datasets.status', '=', 'complete')
    .orderBy('datasets.completed_at', 'desc')
    .orderBy('datasets.id')
    .execute();
  return rows.map((row) => ({ dataset: toDataset(row), items: row.items }));
}

function parseVerdicts(text: string): [string, Verdict][] {
  return JSON.parse(text) as [string, Verdict][];
}

/** The content ids of one member included in one dataset. */
export async function memberItemsInDataset(db: Db, datasetId: string, memberId: string): Promise<string[]> {
  const row = await db.selectFrom('dataset_members').select('verdicts').where('dataset_id', '=', datasetId).where('member_id', '=', memberId).executeTakeFirst();
  if (row === undefined) return [];
  return parseVerdicts(row.verdicts)
    .filter(([, verdict]) => verdict === 'included')
    .map(([id]) => id)
    .sort();
}

/** The next page of members (after `after`, in id order) with items included in the dataset. */
export async function includedMemberPage(db: Db, datasetId: string, after: string, limit: number): Promise<{ memberId: string; contentIds: string[] }[]> {
  const rows = await db
    .selectFrom('dataset_members')
    .select(['member_id', 'verdicts'])
    .where('dataset_id', '=', datasetId)
    .where('included', '>', 0)
    .where('member_id', '>', after)
    .orderBy('member_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    memberId: row.member_id,
    contentIds: parseVerdicts(row.verdicts)
      .filter(([, verdict]) => verdict === 'included')
      .map(([id]) => id),
  }));
}

/** The recorded verdict for one item in one dataset, or null when the dataset did not consider it. */
export async function verdictOf(db: Db, datasetId: string, contentId: string): Promise<Verdict | null> {
  const row = await db
    .selectFrom('content')
    .innerJoin('dataset_members', (join) => join.onRef('dataset_members.member_id', '=', 'content.member_id').on('dataset_members.dataset_id', '=', datasetId))
    .select('dataset_members.verdicts')
    .where('content.id', '=', contentId)
    .executeTakeFirst();
  return parseVerdicts(row?.verdicts ?? '[]').find(([id]) => id === contentId)?.[1] ?? null;
}
