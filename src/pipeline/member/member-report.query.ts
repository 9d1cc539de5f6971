// The downloadable usage report: settings and why, datasets and recipients, the removal queue, and every recorded choice with who made it.
import type { Purpose } from '../../schema/purposes.js';
import type { ConsentSource, ConsentValue } from '../../schema/records.js';
import type { Instant } from '../../schema/time.js';
import type { Db } from '../../store/store.js';
import type { ResolvedPolicy } from '../resolve-policy.js';
import { describeActor } from './describe-actor.js';
import { memberUsageView, type MemberUsageView } from './member-usage-view.query.js';
import { loadMemberFacts, settingsView, type MemberFacts, type MemberSettingsView } from './member-settings.query.js';
import type { ActingAs } from './viewer.js';

/** One recorded choice in the report's history. */
export interface ReportEvent {
  readonly id: string;
  readonly kind: 'consent' | 'objection';
  readonly purposes: readonly Purpose[];
  readonly value: ConsentValue;
  readonly at: string;
  readonly by: string;
  readonly source: ConsentSource;
  readonly statement: string | null;
}

/** The report, as JSON and as the readable page. */
export interface MemberReport {
  readonly format: 'consentry-usage-report/1';
  readonly generatedAt: Instant;
  readonly member: { readonly id: string; readonly name: string; readonly email: string; readonly country: string; readonly subdivision: string | null };
  readonly policy: MemberSettingsView['policy'];
  readonly settings: MemberSettingsView['purposes'];
  readonly signals: MemberSettingsView['signals'];
  readonly usage: Omit<MemberUsageView, 'member' | 'at'>;
  readonly history: readonly ReportEvent[];
}

/** Builds a member's report at a moment. @throws ConsentryError E_MEMBER_NOT_FOUND */
export async function memberReport(props: { db: Db; memberId: string; policy: ResolvedPolicy; at: Instant; unlearningDays: number; viewer: ActingAs }): Promise<MemberReport> {
  const { db, memberId, policy, at, unlearningDays, viewer } = props;
  const facts = await loadMemberFacts(db, memberId, at);
  const settings = settingsView(facts, policy, at, viewer);
  const { member: _m, at: _a, ...usage } = await memberUsageView({ db, memberId, at, unlearningDays, settings });
  const { profile } = facts;
  return {
    format: 'consentry-usage-report/1',
    generatedAt: at,
    member: { id: profile.id, name: profile.name, email: profile.email, country: profile.country, subdivision: profile.subdivision },
    policy: settings.policy,
    settings: settings.purposes,
    signals: settings.signals,
    usage,
    history: reportEvents(facts, viewer),
  };
}

/** The member's recorded choices with who made them, oldest first. */
export function reportEvents(facts: MemberFacts, viewer: ActingAs): ReportEvent[] {
  return facts.events.map((e) => ({
    id: e.id,
    kind: e.kind,
    purposes: e.purposes,
    value: e.value,
    at: e.at,
    by: describeActor(e, viewer, facts.directory),
    source: e.source,
    statement: e.statement,
  }));
}
