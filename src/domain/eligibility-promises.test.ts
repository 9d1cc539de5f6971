// Property tests of the promises of SPEC §7 that the pure rules must keep, over random histories.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PURPOSES, type Purpose } from '../schema/purposes.js';
import { EXCLUSION_REASONS } from '../schema/reasons.js';
import type { Instant } from '../schema/time.js';
import { ageAt } from './age.js';
import { strictestRegime } from './consent-rules.js';
import { evaluateItem, type DatasetRequest, type ItemFacts } from './item-eligibility.js';
import { residenceAt, settingAt, statusAt, type MemberHistory } from './member-history.js';
import { builtinPack, effectiveAt } from './policy.js';
import { purposeAndAncestors } from './purpose-tree.js';
import { optOutPack } from './test-support/history-factory.js';

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const instantArb = fc.integer({ min: 0, max: 4 * 365 }).map((d) => new Date(START + d * DAY).toISOString() as Instant);
const countryArb = fc.constantFrom('US', 'DE', 'GB', 'IN', 'BR', 'FR', 'CH');
const purposeArb = fc.constantFrom(...PURPOSES);
const sorted = <T extends { at: Instant }>(xs: T[]) => [...xs].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

const memberArb: fc.Arbitrary<MemberHistory> = fc
  .record({
    birthDate: fc.option(fc.integer({ min: 0, max: 40 * 365 }).map((d) => new Date(Date.UTC(1985, 0, 1) + d * DAY).toISOString().slice(0, 10)), { nil: null }),
    country: countryArb,
    moves: fc.array(fc.record({ at: instantArb, value: countryArb.map((country) => ({ country, subdivision: null })) }), { maxLength: 2 }),
    statuses: fc.array(fc.record({ at: instantArb, value: fc.constantFrom('active' as const, 'deceased' as const, 'deactivated' as const) }), { maxLength: 2 }),
    settings: fc.array(fc.record({ at: instantArb, purpose: purposeArb, value: fc.constantFrom('granted' as const, 'denied' as const) }), { maxLength: 6 }),
  })
  .map((m) => ({ id: 'm', birthDate: m.birthDate, residence: { country: m.country, subdivision: null }, moves: sorted(m.moves), statuses: sorted(m.statuses), settings: sorted(m.settings) }));

const itemArb: fc.Arbitrary<ItemFacts> = fc.record({
  id: fc.constant('c'),
  kind: fc.constantFrom('post' as const, 'article' as const, 'comment' as const, 'profile' as const, 'message' as const),
  visibility: fc.constantFrom('public', 'connections'),
  createdAt: instantArb,
  deletedAt: fc.option(instantArb, { nil: null }),
});

const packArb = fc.constantFrom(builtinPack('privacy-first'), builtinPack('linkedin-2024'), optOutPack(), optOutPack({ legacyContent: 'allowed', unknownAge: 'include' }));

const caseArb = fc
  .record({ pack: packArb, member: memberArb, item: itemArb, purpose: purposeArb, shared: fc.boolean(), at: instantArb })
  .filter((c) => c.item.createdAt <= c.at);

function withSetting(member: MemberHistory, purpose: Purpose, value: 'granted' | 'denied', at: Instant): MemberHistory {
  return { ...member, settings: sorted([...member.settings, { at, purpose, value }]) };
}

describe('SPEC §7 promises of the eligibility rules', () => {
  it('gives every item exactly one verdict from the list', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const verdict = evaluateItem(c.pack, { purpose: c.purpose, at: c.at, shared: c.shared }, c.member, c.item);
        expect(['included', ...EXCLUSION_REASONS]).toContain(verdict);
      }),
      { numRuns: 2000 },
    );
  });

  it('promise 1: an included item’s author has effectively agreed, and nothing is used before notice', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const request: DatasetRequest = { purpose: c.purpose, at: c.at, shared: c.shared };
        if (evaluateItem(c.pack, request, c.member, c.item) !== 'included') return;
        const purposes: Purpose[] = c.shared ? [c.purpose, 'share-affiliates'] : [c.purpose];
        const residences = [residenceAt(c.member, c.item.createdAt), residenceAt(c.member, c.at)];
        for (const p of purposes) {
          expect(c.at >= effectiveAt(c.pack, p)).toBe(true);
          const regime = strictestRegime(c.pack, p, residences);
          expect(regime).not.toBe('excluded');
          for (const q of purposeAndAncestors(p)) expect(settingAt(c.member, q, c.at)).not.toBe('denied');
          if (regime === 'opt-in') expect(settingAt(c.member, p, c.at)).toBe('granted');
        }
        expect(c.item.kind).not.toBe('message');
        expect(statusAt(c.member, c.at)).toBe('active');
        if (c.member.birthDate === null) expect(c.pack.unknownAge).toBe('include');
        else expect(ageAt(c.member.birthDate, c.item.createdAt)).toBeGreaterThanOrEqual(c.pack.minimumAge);
      }),
      { numRuns: 3000 },
    );
  });

  it('promise 2: a denial of the purpose or an ancestor recorded at or before the snapshot always excludes', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        const lineage = purposeAndAncestors(c.purpose);
        const denied = lineage[pick % lineage.length] ?? c.purpose;
        const member = withSetting(c.member, denied, 'denied', c.at);
        expect(evaluateItem(c.pack, { purpose: c.purpose, at: c.at, shared: c.shared }, member, c.item)).not.toBe('included');
      }),
      { numRuns: 2000 },
    );
  });

  it('a setting recorded after the snapshot does not change that snapshot’s verdict', () => {
    fc.assert(
      fc.property(caseArb, purposeArb, fc.constantFrom('granted' as const, 'denied' as const), (c, purpose, value) => {
        const request = { purpose: c.purpose, at: c.at, shared: c.shared };
        const later = new Date(Date.parse(c.at) + DAY).toISOString() as Instant;
        expect(evaluateItem(c.pack, request, withSetting(c.member, purpose, value, later), c.item)).toBe(evaluateItem(c.pack, request, c.member, c.item));
      }),
      { numRuns: 1000 },
    );
  });
});
