// The data-privacy page's model: per purpose, whether it is on now, why in plain words, and who last set it.
import { ConsentryError } from '../../domain/errors.js';
import { decideForMember } from '../../domain/member-decision.js';
import { residenceAt, settingAt, type MemberHistory } from '../../domain/member-history.js';
import { purposeAndAncestors } from '../../domain/purpose-tree.js';
import { explainSetting, LOCKING_REASONS, type ExplainedEvent } from '../../domain/setting-explanation.js';
import type { Regime } from '../../schema/policy-pack.js';
import { PURPOSE_LABEL, PURPOSES, type Purpose } from '../../schema/purposes.js';
import type { ConsentValue } from '../../schema/records.js';
import type { ExclusionReason } from '../../schema/reasons.js';
import { countryName } from '../../schema/regions.js';
import type { Instant } from '../../schema/time.js';
import { loadMemberHistory } from '../../store/member-history-reads.js';
import { findMemberProfile, type MemberProfile } from '../../store/member-profile-reads.js';
import { settingEventsOf, type SettingEventRecord } from '../../store/setting-event-reads.js';
import { signalsOfMember, type ReceivedSignal } from '../../store/signal-records.js';
import type { Db } from '../../store/store.js';
import type { ResolvedPolicy } from '../resolve-policy.js';
import { loadActorDirectory } from './actor-directory.query.js';
import { describeActor, type ActorDirectory } from './describe-actor.js';
import type { ActingAs } from './viewer.js';

/** One purpose as the member sees it. */
export interface PurposeSettingView {
  readonly purpose: Purpose;
  readonly label: string;
  /** Whether the member's content may be used for it now (the switch position). */
  readonly on: boolean;
  readonly reason: ExclusionReason | null;
  readonly regime: Regime;
  /** The member's own explicit setting of this purpose, if any. */
  readonly explicit: { readonly value: ConsentValue; readonly at: string; readonly by: string; readonly kind: 'consent' | 'objection' } | null;
  readonly explanation: string;
  /** True when a rule the member cannot change keeps it off (the switch is disabled). */
  readonly locked: boolean;
  /** True when the person looking may change it (a legacy contact may only turn uses off). */
  readonly changeable: boolean;
}

/** A machine signal that was recorded, as the page mentions it. */
export interface SignalView {
  readonly signal: string;
  readonly description: string;
  readonly receivedAt: string;
  readonly purposes: readonly Purpose[];
}

/** The whole data-privacy view of one member. */
export interface MemberSettingsView {
  readonly member: { readonly id: string; readonly name: string };
  readonly at: Instant;
  readonly policy: { readonly id: string; readonly version: number };
  readonly residence: { readonly country: string; readonly countryName: string; readonly subdivision: string | null };
  readonly purposes: readonly PurposeSettingView[];
  readonly signals: readonly SignalView[];
}

/** The facts a settings view is computed from, loaded once and shared with the report. */
export interface MemberFacts {
  readonly profile: MemberProfile;
  readonly history: MemberHistory;
  readonly events: readonly SettingEventRecord[];
  readonly signals: readonly ReceivedSignal[];
  readonly directory: ActorDirectory;
}

/** Loads what the member's pages need. @throws ConsentryError E_MEMBER_NOT_FOUND */
export async function loadMemberFacts(db: Db, memberId: string, at: Instant): Promise<MemberFacts> {
  const profile = await findMemberProfile(db, memberId);
  const history = await loadMemberHistory(db, memberId, at);
  if (profile === null || history === null) throw new ConsentryError('E_MEMBER_NOT_FOUND', `no member with id "${memberId}"`);
  const events = (await settingEventsOf(db, memberId)).filter((e) => e.at <= at);
  const signals = await signalsOfMember(db, memberId);
  const directory = await loadActorDirectory(db, profile.name, memberId, events, signals);
  return { profile, history, events, signals, directory };
}

/** The latest event (in recording order) that set this purpose, or null. */
function latestEventFor(events: readonly SettingEventRecord[], purpose: Purpose): SettingEventRecord | null {
  let found: SettingEventRecord | null = null;
  for (const event of events) if (event.purposes.includes(purpose)) found = event;
  return found;
}

/** Describes signals in words for the page. */
export function describeSignal(signal: ReceivedSignal, self: boolean): string {
  const whose = self ? 'your browser' : 'the member’s browser';
  const labels = signal.purposes.map((p) => `“${PURPOSE_LABEL[p]}”`).join(' and ');
  if (signal.signal === 'gpc') return `We received a Global Privacy Control signal (Sec-GPC: 1) from ${whose} and turned off ${labels}.`;
  return `We received the preference “${signal.header}” from ${whose} and turned off ${labels}.`;
}

/** Computes the view from loaded facts: one decision and one explanation per purpose. */
export function settingsView(facts: MemberFacts, policy: ResolvedPolicy, at: Instant, viewer: ActingAs): MemberSettingsView {
  const { profile, history, events, signals, directory } = facts;
  const { pack } = policy;
  const self = viewer.kind === 'member';
  const residence = residenceAt(history, at);
  const region = countryName(residence.country);
  const explained = (event: SettingEventRecord, purpose: Purpose): ExplainedEvent => ({
    purpose,
    value: event.value,
    at: event.at,
    kind: event.kind,
    by: describeActor(event, viewer, directory),
  });
  const purposes = PURPOSES.filter((p) => pack.purposes[p] !== undefined).map((purpose): PurposeSettingView => {
    const decision = decideForMember(pack, purpose, at, history);
    const ownEvent = latestEventFor(events, purpose);
    const own = ownEvent === null ? null : explained(ownEvent, purpose);
    const deniedAncestor = purposeAndAncestors(purpose)
      .slice(1)
      .find((p) => settingAt(history, p, at) === 'denied');
    const ancestorEvent = deniedAncestor === undefined ? null : latestEventFor(events, deniedAncestor);
    const ancestorDenial = deniedAncestor === undefined || ancestorEvent === null ? null : explained(ancestorEvent, deniedAncestor);
    const locked = decision.reason !== null && LOCKING_REASONS.has(decision.reason);
    const legacyContact = viewer.kind === 'delegate' && viewer.delegation === 'legacy-contact';
    return {
      purpose,
      label: PURPOSE_LABEL[purpose],
      on: decision.allowed,
      reason: decision.reason,
      regime: decision.regime,
      explicit: own === null ? null : { value: own.value, at: own.at, by: own.by, kind: own.kind },
      explanation: explainSetting({ pack, purpose, decision, own, ancestorDenial, region, self }),
      locked,
      changeable: !locked && !(viewer.kind === 'staff') && !(legacyContact && !decision.allowed),
    };
  });
  return {
    member: { id: profile.id, name: profile.name },
    at,
    policy: { id: pack.id, version: pack.version },
    residence: { country: residence.country, countryName: region, subdivision: residence.subdivision },
    purposes,
    signals: signals.map((s) => ({ signal: s.signal, description: describeSignal(s, self), receivedAt: s.receivedAt, purposes: s.purposes })),
  };
}

/** Loads and computes a member's settings view at the context's now. */
export async function memberSettings(props: { db: Db; memberId: string; policy: ResolvedPolicy; at: Instant; viewer: ActingAs }): Promise<MemberSettingsView> {
  const facts = await loadMemberFacts(props.db, props.memberId, props.at);
  return settingsView(facts, props.policy, props.at, props.viewer);
}
