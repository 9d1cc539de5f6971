// `consentry unlearning`: per dataset, the items that would no longer be eligible now (promise 5).
import { evaluateItem } from '../domain/item-eligibility.js';
import { parsePolicyPack } from '../domain/policy.js';
import type { ExclusionReason } from '../schema/reasons.js';
import { formatInstant, type Instant } from '../schema/time.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import { loadItemsInRange } from '../store/content-reads.js';
import { includedMemberPage, listDatasets, type DatasetRecord } from '../store/dataset-records.js';
import { loadHistoriesInRange } from '../store/member-history-reads.js';
import { findPolicyPack } from '../store/policy-records.js';
import type { Db } from '../store/store.js';
import { trainingRunSummaries, type TrainingRunSummary } from './member-usage.query.js';

/** An item a dataset holds that is no longer eligible, and the rule that now excludes it. */
export interface UnlearningItem {
  readonly id: string;
  readonly memberId: string;
  readonly reason: ExclusionReason;
}

/** One dataset's share of the unlearning queue. */
export interface UnlearningEntry {
  readonly datasetId: string;
  readonly purpose: DatasetRecord['purpose'];
  readonly snapshotAt: string;
  readonly shared: boolean;
  readonly recipients: readonly string[];
  readonly policy: DatasetRecord['policy'];
  readonly items: readonly UnlearningItem[];
  /** Models trained on the dataset: each must unlearn the items too. */
  readonly trainingRuns: readonly TrainingRunSummary[];
}

const MEMBER_PAGE = 500;

/**
 * Re-applies each dataset's own policy pack, purpose and sharing to the items it holds, at `now`:
 * whatever is no longer included (opt-out, objection, deletion, death, move, …) must be unlearned.
 */
export async function unlearningQueue(db: Db, now: Instant, datasetId?: string): Promise<UnlearningEntry[]> {
  const datasets = (await listDatasets(db)).filter((d) => datasetId === undefined || d.id === datasetId);
  const runs = await trainingRunSummaries(db, datasets.map((d) => d.id));
  const entries: UnlearningEntry[] = [];
  for (const dataset of datasets) {
    const stored = await findPolicyPack(db, dataset.policy.id, dataset.policy.version);
    if (stored === null) throw new Error(`policy pack ${dataset.policy.id} v${dataset.policy.version} of dataset ${dataset.id} is not recorded`);
    const pack = parsePolicyPack(JSON.parse(stored.document), `recorded pack ${dataset.policy.id}`);
    entries.push({
      datasetId: dataset.id,
      purpose: dataset.purpose,
      snapshotAt: formatInstant(dataset.snapshotAt),
      shared: dataset.shared,
      recipients: dataset.recipients,
      policy: dataset.policy,
      items: await staleItems(db, dataset, pack, now),
      trainingRuns: runs.get(dataset.id) ?? [],
    });
  }
  return entries;
}

async function staleItems(db: Db, dataset: DatasetRecord, pack: PolicyPack, now: Instant): Promise<UnlearningItem[]> {
  const stale: UnlearningItem[] = [];
  const request = { purpose: dataset.purpose, at: now, shared: dataset.shared };
  let after = '';
  for (;;) {
    const page = await includedMemberPage(db, dataset.id, after, MEMBER_PAGE);
    const first = page[0]?.memberId;
    const last = page[page.length - 1]?.memberId;
    if (first === undefined || last === undefined) return stale;
    after = last;
    const included = new Set(page.flatMap((m) => m.contentIds));
    const histories = await loadHistoriesInRange(db, first, last, now);
    for (const item of await loadItemsInRange(db, first, last, dataset.snapshotAt, now)) {
      if (!included.has(item.id)) continue;
      const member = histories.get(item.memberId);
      const verdict = member === undefined ? 'deleted' : evaluateItem(pack, request, member, item);
      if (verdict !== 'included') stale.push({ id: item.id, memberId: item.memberId, reason: verdict });
    }
  }
}
