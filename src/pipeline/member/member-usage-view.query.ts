// "How my data is used": datasets holding the member's content, what is queued for removal and by when, what an opt-out would do.
import { addDays } from '../../domain/human-date.js';
import { evaluateItem } from '../../domain/item-eligibility.js';
import type { MemberHistory } from '../../domain/member-history.js';
import { parsePolicyPack } from '../../domain/policy.js';
import { purposeAndDescendants } from '../../domain/purpose-tree.js';
import type { PolicyPack } from '../../schema/policy-pack.js';
import { PURPOSE_LABEL, type Purpose } from '../../schema/purposes.js';
import { REASON_TEXT, type ExclusionReason, type Verdict } from '../../schema/reasons.js';
import type { Instant } from '../../schema/time.js';
import { loadItemsInRange, type StoredItem } from '../../store/content-reads.js';
import { datasetsHoldingMember, memberItemsInDataset } from '../../store/dataset-records.js';
import { loadMemberHistory } from '../../store/member-history-reads.js';
import { findPolicyPack } from '../../store/policy-records.js';
import type { Db } from '../../store/store.js';
import { usageEntries, type MemberUsageEntry } from '../member-usage.query.js';
import type { MemberSettingsView } from './member-settings.query.js';

/** An item of the member that a dataset holds but may no longer use: it is on the unlearning queue. */
export interface PendingRemoval {
  readonly contentId: string;
  readonly reason: ExclusionReason;
  readonly reasonText: string;
  /** When the item stopped being eligible (the opt-out, deletion, move … that caused it). */
  readonly since: string;
  /** The promised removal date: `since` plus the unlearning deadline. */
  readonly removeBy: string;
  readonly overdue: boolean;
}

/** One dataset as the usage page shows it. */
export interface UsageDatasetView extends MemberUsageEntry {
  readonly label: string;
  /** Items still eligible today. */
  readonly stillEligible: number;
  readonly pendingRemoval: readonly PendingRemoval[];
}

/** What turning one purpose off now would do to datasets already built. */
export interface OptOutEffect {
  readonly purpose: Purpose;
  readonly label: string;
  readonly on: boolean;
  /** Datasets that would have items queued for removal, with how many. */
  readonly datasets: readonly { readonly datasetId: string; readonly items: number }[];
  readonly items: number;
  /** The removal date if turned off now. */
  readonly removeBy: string;
}

/** The whole usage view. */
export interface MemberUsageView {
  readonly member: { readonly id: string; readonly name: string };
  readonly at: Instant;
  readonly unlearningDays: number;
  readonly datasets: readonly UsageDatasetView[];
  readonly totals: { readonly datasets: number; readonly items: number; readonly pendingRemoval: number; readonly shared: number };
  readonly optOut: readonly OptOutEffect[];
}

/**
 * The moment an item stopped being eligible: the start of the current run of ineligible verdicts,
 * found by re-evaluating it at every moment its author's history or the item itself changed
 * between the snapshot and now.
 */
function ineligibleSince(pack: PolicyPack, dataset: MemberUsageEntry, history: MemberHistory, item: StoredItem, snapshotAt: Instant, now: Instant): Instant {
  const moments = new Set<Instant>();
  const consider = (at: Instant | null) => {
    if (at !== null && at > snapshotAt && at <= now) moments.add(at);
  };
  for (const e of history.settings) consider(e.at);
  for (const e of history.moves) consider(e.at);
  for (const e of history.statuses) consider(e.at);
  consider(item.deletedAt);
  let since: Instant | null = null;
  for (const at of [...moments].sort()) {
    const verdict: Verdict = evaluateItem(pack, { purpose: dataset.purpose, at, shared: dataset.shared }, history, item);
    if (verdict === 'included') since = null;
    else since ??= at;
  }
  return since ?? now;
}

/** Loads the usage view of a member at a moment, with removal deadlines `unlearningDays` after each change. */
export async function memberUsageView(props: { db: Db; memberId: string; at: Instant; unlearningDays: number; settings: MemberSettingsView }): Promise<MemberUsageView> {
  const { db, memberId, at, unlearningDays, settings } = props;
  // Settings exist only for a known member, so the datasets are read once, here, without memberUsage's check.
  const holding = await datasetsHoldingMember(db, memberId);
  const entries = await usageEntries(db, holding);
  const history = await loadMemberHistory(db, memberId, null);
  const packs = new Map<string, PolicyPack>();
  const items = history === null ? [] : await loadItemsInRange(db, memberId, memberId, at, at);
  const datasets: UsageDatasetView[] = [];
  for (const [index, entry] of entries.entries()) {
    const record = holding[index]?.dataset;
    const key = `${entry.policy.id}@${entry.policy.version}`;
    let pack = packs.get(key);
    if (pack === undefined) {
      const stored = await findPolicyPack(db, entry.policy.id, entry.policy.version);
      if (stored !== null) {
        pack = parsePolicyPack(JSON.parse(stored.document), `recorded pack ${key}`);
        packs.set(key, pack);
      }
    }
    const included = new Set(await memberItemsInDataset(db, entry.datasetId, memberId));
    const pendingRemoval: PendingRemoval[] = [];
    if (pack !== undefined && history !== null && record !== undefined) {
      for (const item of items) {
        if (!included.has(item.id)) continue;
        const verdict = evaluateItem(pack, { purpose: entry.purpose, at, shared: entry.shared }, history, item);
        if (verdict === 'included') continue;
        const since = ineligibleSince(pack, entry, history, item, record.snapshotAt, at);
        const removeBy = addDays(since, unlearningDays);
        pendingRemoval.push({ contentId: item.id, reason: verdict, reasonText: REASON_TEXT[verdict], since, removeBy, overdue: removeBy < at });
      }
    }
    datasets.push({ ...entry, label: PURPOSE_LABEL[entry.purpose], stillEligible: entry.items - pendingRemoval.length, pendingRemoval });
  }
  const optOut = settings.purposes.map((p): OptOutEffect => {
    const affected = datasets.filter((d) => (p.purpose === 'share-affiliates' ? d.shared : purposeAndDescendants(p.purpose).includes(d.purpose)) && d.stillEligible > 0);
    return {
      purpose: p.purpose,
      label: p.label,
      on: p.on,
      datasets: affected.map((d) => ({ datasetId: d.datasetId, items: d.stillEligible })),
      items: affected.reduce((n, d) => n + d.stillEligible, 0),
      removeBy: addDays(at, unlearningDays),
    };
  });
  return {
    member: settings.member,
    at,
    unlearningDays,
    datasets,
    totals: {
      datasets: datasets.length,
      items: datasets.reduce((n, d) => n + d.items, 0),
      pendingRemoval: datasets.reduce((n, d) => n + d.pendingRemoval.length, 0),
      shared: datasets.filter((d) => d.shared).length,
    },
    optOut,
  };
}
