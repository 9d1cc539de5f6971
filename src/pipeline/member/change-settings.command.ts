// A member (or their delegate) turns purposes on or off: one consent event each, in force at once.
import { ConsentryError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { settingAt } from '../../domain/member-history.js';
import type { Purpose } from '../../schema/purposes.js';
import type { ConsentRecord, ConsentValue } from '../../schema/records.js';
import { loadMemberHistory } from '../../store/member-history-reads.js';
import type { PipelineContext } from '../pipeline-context.js';
import { recordHistoryEvents } from '../record-history.command.js';
import type { ActingAs } from './viewer.js';

/** One requested change. */
export interface SettingChange {
  readonly purpose: Purpose;
  readonly value: ConsentValue;
}

/** What a change did: events recorded, and purposes already set that way (nothing recorded for them). */
export interface ChangeResult {
  readonly recorded: readonly { readonly id: string; readonly purpose: Purpose; readonly value: ConsentValue }[];
  readonly unchanged: readonly Purpose[];
}

/**
 * Records the changes as consent events with source `member` or `delegate` and the actor in
 * `ctx.actor`. A purpose already explicitly set to the requested value records nothing (a double
 * click is not a second decision).
 * @throws ConsentryError E_MEMBER_NOT_FOUND, E_FORBIDDEN (a legacy contact turning a use on, staff changing settings)
 */
export async function changeSettings(props: { ctx: PipelineContext; memberId: string; changes: readonly SettingChange[]; actingAs: ActingAs }): Promise<ChangeResult> {
  const { ctx, memberId, changes, actingAs } = props;
  if (actingAs.kind === 'staff') throw new ConsentryError('E_FORBIDDEN', 'staff cannot change a member’s settings; only the member or their delegate can');
  if (actingAs.kind === 'delegate' && actingAs.delegation === 'legacy-contact' && changes.some((c) => c.value === 'granted')) {
    throw new ConsentryError('E_FORBIDDEN', 'a legacy contact can turn uses off, not on: nobody can consent for a member who has died');
  }
  const at = ctx.clock.now();
  const history = await loadMemberHistory(ctx.store.db, memberId, at);
  if (history === null) throw new ConsentryError('E_MEMBER_NOT_FOUND', `no member with id "${memberId}"`);
  const recorded: { id: string; purpose: Purpose; value: ConsentValue }[] = [];
  const unchanged: Purpose[] = [];
  const records: ConsentRecord[] = [];
  for (const change of changes) {
    if (settingAt(history, change.purpose, at) === change.value) {
      unchanged.push(change.purpose);
      continue;
    }
    const id = newId('evt');
    records.push({ type: 'consent', id, memberId, purpose: change.purpose, value: change.value, source: actingAs.kind, at });
    recorded.push({ id, purpose: change.purpose, value: change.value });
  }
  await recordHistoryEvents({ ctx, events: records.map((record) => ({ record })) });
  return { recorded, unchanged };
}
