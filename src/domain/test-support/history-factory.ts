// Test factories for member histories, items and policy packs, with readable defaults.
import type { PolicyPack } from '../../schema/policy-pack.js';
import type { Purpose } from '../../schema/purposes.js';
import type { ConsentValue, ContentKind, MemberStatus } from '../../schema/records.js';
import { parseInstant, type Instant } from '../../schema/time.js';
import type { ItemFacts } from '../item-eligibility.js';
import type { MemberHistory, Residence } from '../member-history.js';
import { builtinPack, parsePolicyPack } from '../policy.js';

/** An instant from a short ISO string (`2025-01-01` or a full timestamp). */
export function t(text: string): Instant {
  const instant = parseInstant(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (instant === null) throw new Error(`bad test time ${text}`);
  return instant;
}

/** A member history builder with an adult US member by default. */
export function member(overrides: Partial<{ id: string; birthDate: string | null; country: string; subdivision: string | null }> = {}) {
  const history = {
    id: overrides.id ?? 'm1',
    birthDate: overrides.birthDate === undefined ? '1990-01-01' : overrides.birthDate,
    residence: { country: overrides.country ?? 'US', subdivision: overrides.subdivision ?? null } as Residence,
    moves: [] as { at: Instant; value: Residence }[],
    statuses: [] as { at: Instant; value: MemberStatus }[],
    settings: [] as { at: Instant; purpose: Purpose; value: ConsentValue }[],
  };
  const builder = {
    /** Records a consent event (in recording order). */
    set(purpose: Purpose, value: ConsentValue, at: string) {
      history.settings.push({ at: t(at), purpose, value });
      history.settings.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      return builder;
    },
    grant: (purpose: Purpose, at: string) => builder.set(purpose, 'granted', at),
    deny: (purpose: Purpose, at: string) => builder.set(purpose, 'denied', at),
    /** Records a move. */
    move(country: string, at: string, subdivision: string | null = null) {
      history.moves.push({ at: t(at), value: { country, subdivision } });
      history.moves.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      return builder;
    },
    /** Records a status change. */
    status(status: MemberStatus, at: string) {
      history.statuses.push({ at: t(at), value: status });
      history.statuses.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      return builder;
    },
    build: (): MemberHistory => history,
  };
  return builder;
}

/** A public post created in 2025 by default. */
export function item(overrides: Partial<{ id: string; kind: ContentKind; visibility: string; createdAt: string; deletedAt: string | null }> = {}): ItemFacts {
  return {
    id: overrides.id ?? 'c1',
    kind: overrides.kind ?? 'post',
    visibility: overrides.visibility ?? 'public',
    createdAt: t(overrides.createdAt ?? '2025-03-01'),
    deletedAt: overrides.deletedAt === undefined || overrides.deletedAt === null ? null : t(overrides.deletedAt),
  };
}

/** A pack derived from privacy-first with some fields replaced. */
export function pack(overrides: Partial<PolicyPack> = {}): PolicyPack {
  return parsePolicyPack({ ...builtinPack('privacy-first'), ...overrides });
}

/** A pack where every purpose is opt-out everywhere (effective 2025-01-01). */
export function optOutPack(overrides: Partial<PolicyPack> = {}): PolicyPack {
  return pack({
    jurisdictions: { '*': { 'train-ai': 'opt-out', 'train-genai': 'opt-out', 'share-affiliates': 'opt-out' } },
    ...overrides,
  });
}
