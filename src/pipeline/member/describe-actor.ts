// Names whoever made a setting, in the words a member reads: "you", "Jane Doe (legacy contact)", "your browser's GPC signal".
import { DELEGATION_LABEL, type DelegationKind } from '../../schema/accounts.js';
import type { ConsentSource } from '../../schema/records.js';
import type { ActingAs } from './viewer.js';

/** What is known about the people and signals behind a member's events. */
export interface ActorDirectory {
  readonly memberName: string;
  /** Account id → name and, for delegates of this member, their delegation kind. */
  readonly accounts: ReadonlyMap<string, { readonly name: string; readonly delegation: DelegationKind | null }>;
  /** Consent event id → the signal key (`gpc`, `content-usage:…`) that produced it. */
  readonly signalOfEvent: ReadonlyMap<string, string>;
}

/** Lower-case description of who made an event, relative to the person reading. */
export function describeActor(event: { readonly id: string; readonly source: ConsentSource; readonly actor: string | null }, viewer: ActingAs, directory: ActorDirectory): string {
  const self = viewer.kind === 'member';
  if (event.source === 'gpc') {
    const signal = directory.signalOfEvent.get(event.id);
    const whose = self ? 'your browser’s' : 'the member’s browser’s';
    if (signal?.startsWith('content-usage') === true) return `${whose} Content-Usage preference`;
    return signal === undefined ? 'a Global Privacy Control signal' : `${whose} Global Privacy Control signal`;
  }
  if (event.source === 'admin') return 'an administrator';
  const accountId = event.actor?.startsWith('delegate:') === true ? event.actor.slice('delegate:'.length) : null;
  if (accountId !== null) {
    if (viewer.kind === 'delegate' && viewer.accountId === accountId) return 'you';
    const account = directory.accounts.get(accountId);
    if (account === undefined) return 'a delegate';
    return `${account.name} (${account.delegation === null ? 'delegate' : DELEGATION_LABEL[account.delegation]})`;
  }
  return self ? 'you' : directory.memberName;
}
