// Loads the names behind a member's events: delegates who acted, and which signal produced which event.
import type { DelegationKind } from '../../schema/accounts.js';
import { accountNames } from '../../store/account-records.js';
import { delegationsOfMember } from '../../store/delegation-records.js';
import type { SettingEventRecord } from '../../store/setting-event-reads.js';
import type { ReceivedSignal } from '../../store/signal-records.js';
import type { Db } from '../../store/store.js';
import type { ActorDirectory } from './describe-actor.js';

/** The directory describeActor needs for these events. */
export async function loadActorDirectory(db: Db, memberName: string, memberId: string, events: readonly SettingEventRecord[], signals: readonly ReceivedSignal[]): Promise<ActorDirectory> {
  const accounts = new Map<string, { name: string; delegation: DelegationKind | null }>();
  const delegateIds = [...new Set(events.flatMap((e) => (e.actor?.startsWith('delegate:') === true ? [e.actor.slice('delegate:'.length)] : [])))];
  if (delegateIds.length > 0) {
    const delegations = new Map((await delegationsOfMember(db, memberId)).map((d) => [d.accountId, d.kind]));
    for (const [id, account] of await accountNames(db, delegateIds)) accounts.set(id, { name: account.name, delegation: delegations.get(id) ?? null });
  }
  const signalOfEvent = new Map<string, string>();
  for (const signal of signals) for (const id of signal.eventIds) signalOfEvent.set(id, signal.signal);
  return { memberName, accounts, signalOfEvent };
}
