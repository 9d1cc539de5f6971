// Reads members' append-only history (residence, status, settings) in recording order.
import { sql, type CompiledQuery, type RawBuilder } from 'kysely';
import type { Dated, MemberHistory, Residence, SettingEvent } from '../domain/member-history.js';
import type { Purpose } from '../schema/purposes.js';
import type { ConsentValue, MemberStatus } from '../schema/records.js';
import type { Instant } from '../schema/time.js';
import { preparedQuery, type Db } from './store.js';

interface HistoryRow {
  member_id: string;
  k: 'member' | 'consent' | 'objection' | 'move' | 'status';
  at: string;
  seq: number;
  a: string | null;
  b: string | null;
  c: string | null;
}

/**
 * One UNION ALL query returns the member rows and every history event for the members selected by
 * `where`, ordered by (at, seq): a single round trip, which is what keeps `decide` near the cost of
 * one indexed read.
 */
function historyQuery(where: (column: string) => RawBuilder<unknown>, until: string | null): RawBuilder<HistoryRow> {
  const upTo = (table: string) => (until === null ? sql`` : sql` and ${sql.ref(`${table}.at`)} <= ${until}`);
  return sql<HistoryRow>`
    select id as member_id, 'member' as k, created_at as at, 0 as seq, country as a, subdivision as b, birth_date as c
      from members where ${where('members.id')}
    union all
    select member_id, 'consent', at, seq, purpose, value, null
      from consent_events where ${where('consent_events.member_id')}${upTo('consent_events')}
    union all
    select member_id, 'objection', at, seq, purposes, null, null
      from objections where ${where('objections.member_id')}${upTo('objections')}
    union all
    select member_id, 'move', at, seq, country, subdivision, null
      from moves where ${where('moves.member_id')}${upTo('moves')}
    union all
    select member_id, 'status', at, seq, status, null, null
      from status_events where ${where('status_events.member_id')}${upTo('status_events')}
    order by 1, 3, 4`;
}

async function historyRows(db: Db, where: (column: string) => RawBuilder<unknown>, until: Instant | null): Promise<HistoryRow[]> {
  return (await historyQuery(where, until).execute(db)).rows;
}

// Placeholders the one-member query is compiled with, swapped for the real values on each call.
const MEMBER = '\u0000member';
const UNTIL = '\u0000until';

/** The one-member query, compiled once per database handle: building the SQL costs more than running it. */
function oneMemberQuery(db: Db, shape: 'all' | 'until'): CompiledQuery<HistoryRow> {
  return preparedQuery(db, `one-member-history-${shape}`, () => historyQuery((column) => sql`${sql.ref(column)} = ${MEMBER}`, shape === 'all' ? null : UNTIL).compile(db));
}

/** Builds histories from rows ordered by member, then (at, seq) — the recording order the rules need. */
function assemble(rows: readonly HistoryRow[]): Map<string, MemberHistory> {
  const histories = new Map<string, MemberHistory & { moves: Dated<Residence>[]; statuses: Dated<MemberStatus>[]; settings: SettingEvent[] }>();
  for (const row of rows) {
    if (row.k !== 'member') continue;
    histories.set(row.member_id, {
      id: row.member_id,
      birthDate: row.c,
      residence: { country: row.a ?? '', subdivision: row.b },
      moves: [],
      statuses: [],
      settings: [],
    });
  }
  for (const row of rows) {
    const history = histories.get(row.member_id);
    if (history === undefined) continue;
    const at = row.at as Instant;
    switch (row.k) {
      case 'consent':
        history.settings.push({ at, purpose: row.a as Purpose, value: row.b as ConsentValue });
        break;
      case 'objection':
        for (const purpose of JSON.parse(row.a ?? '[]') as Purpose[]) history.settings.push({ at, purpose, value: 'denied' });
        break;
      case 'move':
        history.moves.push({ at, value: { country: row.a ?? '', subdivision: row.b } });
        break;
      case 'status':
        history.statuses.push({ at, value: row.a as MemberStatus });
        break;
      case 'member':
        break;
      default: {
        const never: never = row.k;
        throw new Error(`unknown history row ${String(never)}`);
      }
    }
  }
  return histories;
}

/** One member's history (events with `at` ≤ until, or all when until is null), or null when unknown. */
export async function loadMemberHistory(db: Db, memberId: string, until: Instant | null = null): Promise<MemberHistory | null> {
  const compiled = oneMemberQuery(db, until === null ? 'all' : 'until');
  const parameters = compiled.parameters.map((p) => (p === MEMBER ? memberId : p === UNTIL ? until : p));
  const { rows } = await db.executeQuery<HistoryRow>({ ...compiled, parameters });
  return assemble(rows).get(memberId) ?? null;
}

/** Histories of every member whose id lies in [first, last] (a page of members in id order). */
export async function loadHistoriesInRange(db: Db, first: string, last: string, until: Instant | null): Promise<Map<string, MemberHistory>> {
  const rows = await historyRows(db, (column) => sql`${sql.ref(column)} between ${first} and ${last}`, until);
  return assemble(rows);
}

/** Histories of the members with these ids (unknown ids are simply absent), for batch decisions. */
export async function loadHistoriesByIds(db: Db, ids: readonly string[], until: Instant | null): Promise<Map<string, MemberHistory>> {
  if (ids.length === 0) return new Map();
  const list = sql.join([...new Set(ids)]);
  const rows = await historyRows(db, (column) => sql`${sql.ref(column)} in (${list})`, until);
  return assemble(rows);
}

/** The next page of member ids after `after` (exclusive), in id order. */
export async function memberIdPage(db: Db, after: string | null, limit: number): Promise<string[]> {
  let query = db.selectFrom('members').select('id').orderBy('id').limit(limit);
  if (after !== null) query = query.where('id', '>', after);
  return (await query.execute()).map((r) => r.id);
}
