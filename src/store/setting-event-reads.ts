// A member's explicit settings as recorded — consent events and objections with who made them — for explanations and reports.
import type { Purpose } from '../schema/purposes.js';
import type { ConsentSource, ConsentValue } from '../schema/records.js';
import type { Instant } from '../schema/time.js';
import type { Db } from './store.js';

/** One recorded setting event: a consent event, or an objection (a denial of each of its purposes). */
export interface SettingEventRecord {
  readonly id: string;
  readonly kind: 'consent' | 'objection';
  readonly purposes: readonly Purpose[];
  readonly value: ConsentValue;
  /** For objections: `member`, or `delegate` when a delegate filed it. */
  readonly source: ConsentSource;
  /** `member:<id>`, `delegate:<accountId>`, `cli`, … or null for imported events. */
  readonly actor: string | null;
  readonly statement: string | null;
  readonly at: Instant;
  readonly seq: number;
  readonly recordedAt: Instant;
}

/** Every consent event and objection of the member, in recording order (at, then seq). */
export async function settingEventsOf(db: Db, memberId: string): Promise<SettingEventRecord[]> {
  const consents = await db
    .selectFrom('consent_events')
    .select(['id', 'purpose', 'value', 'source', 'actor', 'at', 'seq', 'recorded_at'])
    .where('member_id', '=', memberId)
    .execute();
  const objections = await db
    .selectFrom('objections')
    .select(['id', 'purposes', 'statement', 'actor', 'at', 'seq', 'recorded_at'])
    .where('member_id', '=', memberId)
    .execute();
  const events: SettingEventRecord[] = [
    ...consents.map((r): SettingEventRecord => ({
      id: r.id,
      kind: 'consent',
      purposes: [r.purpose as Purpose],
      value: r.value as ConsentValue,
      source: r.source as ConsentSource,
      actor: r.actor,
      statement: null,
      at: r.at as Instant,
      seq: r.seq,
      recordedAt: r.recorded_at as Instant,
    })),
    ...objections.map((r): SettingEventRecord => ({
      id: r.id,
      kind: 'objection',
      purposes: JSON.parse(r.purposes) as Purpose[],
      value: 'denied',
      source: r.actor?.startsWith('delegate:') === true ? 'delegate' : 'member',
      actor: r.actor,
      statement: r.statement,
      at: r.at as Instant,
      seq: r.seq,
      recordedAt: r.recorded_at as Instant,
    })),
  ];
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
}
