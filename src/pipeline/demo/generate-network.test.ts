// The generated network: deterministic, valid import records, backward references, realistic shares.
import { describe, expect, it } from 'vitest';
import { ageAt } from '../../domain/age.js';
import { RECORD_SCHEMAS, type ContentRecord, type ImportRecord, type MemberRecord } from '../../schema/records.js';
import type { Instant } from '../../schema/time.js';
import { EU_COUNTRIES } from './country-profiles.js';
import { DEFAULT_UNTIL, generateNetwork, memberName, wellFormedMembers, WELL_FORMED_MEMBERS } from './generate-network.js';
import { networkJsonl } from './network-jsonl.js';
import { isIbanValid, isLuhnValid } from './pii-values.js';

const SAMPLE_MEMBERS = 2000;
const sample: readonly ImportRecord[] = [...generateNetwork({ members: SAMPLE_MEMBERS, seed: 1 })];
const members = sample.filter((r): r is MemberRecord => r.type === 'member');
const contents = sample.filter((r): r is ContentRecord => r.type === 'content');
const until = `${DEFAULT_UNTIL.slice(0, 19)}.000Z` as Instant;

const jsonl = (options: Parameters<typeof networkJsonl>[0]): string => Buffer.concat([...networkJsonl(options, { chunkBytes: 4096 })]).toString('utf8');
const share = (part: number, whole: number): number => part / whole;
const recordsOf = (memberId: string): ImportRecord[] => sample.filter((r) => ('memberId' in r && r.memberId === memberId) || r.id === memberId);

describe('generateNetwork', () => {
  it('gives byte-identical output for the same seed and different output for another', () => {
    const first = jsonl({ members: 300, seed: 7 });
    expect(jsonl({ members: 300, seed: 7 })).toBe(first);
    expect(jsonl({ members: 300, seed: 8 })).not.toBe(first);
    expect(first.endsWith('\n')).toBe(true);
  });

  it('makes the output for N members the start of the output for more', () => {
    expect(jsonl({ members: 400, seed: 3 }).startsWith(jsonl({ members: 150, seed: 3 }))).toBe(true);
  });

  it('streams: the first record of ten million members arrives at once', () => {
    const started = Date.now();
    const first = generateNetwork({ members: 10_000_000, seed: 1 }).next();
    expect(first.value?.type).toBe('member');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('emits only records that validate against the import schema, unchanged by parsing', () => {
    const problems: string[] = [];
    for (const record of sample) {
      const parsed = RECORD_SCHEMAS[record.type].safeParse(record);
      if (!parsed.success) problems.push(`${record.id}: ${parsed.error.message}`);
      else if (JSON.stringify(parsed.data) !== JSON.stringify(record)) problems.push(`${record.id}: changed by parsing`);
    }
    expect(problems).toEqual([]);
  });

  it('uses unique prefixed ids and refers only to members and content emitted earlier', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    const memberCreated = new Map<string, string>();
    const contentCreated = new Map<string, string>();
    const prefix = { member: 'm-', content: 'c-', consent: 'e-', objection: 'o-', move: 'v-', status: 's-', delete: 'd-' } as const;
    for (const record of sample) {
      if (seen.has(record.id)) problems.push(`${record.id}: repeated`);
      seen.add(record.id);
      if (!record.id.startsWith(prefix[record.type])) problems.push(`${record.id}: prefix`);
      if (record.type === 'member') {
        memberCreated.set(record.id, record.createdAt);
      } else if (record.type === 'delete') {
        const created = contentCreated.get(record.contentId);
        if (created === undefined) problems.push(`${record.id}: deletes content not emitted before`);
        else if (record.at <= created) problems.push(`${record.id}: deleted before created`);
        if (record.at > until) problems.push(`${record.id}: after until`);
      } else {
        const joined = memberCreated.get(record.memberId);
        const at = record.type === 'content' ? record.createdAt : record.at;
        if (joined === undefined) problems.push(`${record.id}: member not emitted before`);
        else if (at <= joined) problems.push(`${record.id}: not after the member joined`);
        if (at > until) problems.push(`${record.id}: after until`);
        if (record.type === 'content') contentCreated.set(record.id, record.createdAt);
      }
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBe(sample.length);
  });

  it('lets memberName recompute the name of any member', () => {
    for (const member of members.filter((_, i) => i % 97 === 0)) expect(memberName(1, Number(member.id.slice(2)))).toBe(member.name);
  });

  it('keeps members 1–4 adult, active, settled and free of consent events', () => {
    const logins = wellFormedMembers(1, SAMPLE_MEMBERS);
    expect(logins.map((m) => m.country)).toEqual(['US', 'DE', 'GB', 'IN']);
    expect(wellFormedMembers(1, 2)).toHaveLength(2);
    for (const login of logins) {
      const [member, ...rest] = recordsOf(login.id);
      expect(member?.type === 'member' && member.birthDate !== undefined && ageAt(member.birthDate, member.createdAt) >= 18).toBe(true);
      expect(rest.filter((r) => r.type !== 'content' && r.type !== 'delete')).toEqual([]);
    }
    expect(WELL_FORMED_MEMBERS).toBe(4);
  });

  it('refuses impossible options', () => {
    expect(() => generateNetwork({ members: 0, seed: 1 })).toThrow(/members/);
    expect(() => generateNetwork({ members: 1.5, seed: 1 })).toThrow(/members/);
    expect(() => generateNetwork({ members: 1, seed: Number.NaN })).toThrow(/seed/);
    expect(() => generateNetwork({ members: 1, seed: 1, until: 'yesterday' })).toThrow(/until/);
    expect(() => generateNetwork({ members: 1, seed: 1, until: '2018-06-01T00:00:00Z' })).toThrow(/until/);
  });

  it('keeps every record at or before a custom until', () => {
    const end = '2024-06-30T00:00:00.000Z';
    for (const record of generateNetwork({ members: 300, seed: 5, until: '2024-06-30T00:00:00Z' })) {
      const at = record.type === 'member' || record.type === 'content' ? record.createdAt : record.at;
      expect(at <= end, record.id).toBe(true);
    }
  });
});

describe('the shape of a generated network (2,000 members)', () => {
  it('has about ten items per member, 80–600 characters each, a sixth of them private messages', () => {
    expect(share(contents.length, members.length)).toBeGreaterThan(8);
    expect(share(contents.length, members.length)).toBeLessThan(12);
    const messages = contents.filter((c) => c.kind === 'message');
    expect(share(messages.length, contents.length)).toBeGreaterThan(0.12);
    expect(share(messages.length, contents.length)).toBeLessThan(0.2);
    expect(messages.every((c) => c.visibility === 'private')).toBe(true);
    expect(new Set(contents.map((c) => c.kind))).toEqual(new Set(['post', 'article', 'comment', 'profile', 'message']));
    expect(new Set(contents.map((c) => c.visibility))).toEqual(new Set(['public', 'connections', 'private']));
    expect(share(contents.filter((c) => c.visibility === 'public').length, contents.length)).toBeGreaterThan(0.65);
    for (const c of contents) {
      expect(c.text.length, c.id).toBeGreaterThanOrEqual(80);
      expect(c.text.length, c.id).toBeLessThanOrEqual(600);
    }
    expect(share(sample.filter((r) => r.type === 'delete').length, contents.length)).toBeGreaterThan(0.02);
    expect(share(sample.filter((r) => r.type === 'delete').length, contents.length)).toBeLessThan(0.04);
  });

  it('has ~5 % unknown ages, ~6 % minors at some point (some still minors, some come of age) and 29 February birthdays', () => {
    const unknown = members.filter((m) => m.birthDate === undefined);
    expect(share(unknown.length, members.length)).toBeGreaterThan(0.035);
    expect(share(unknown.length, members.length)).toBeLessThan(0.065);
    const minors = members.filter((m) => m.birthDate !== undefined && ageAt(m.birthDate, m.createdAt) < 18);
    expect(share(minors.length, members.length)).toBeGreaterThan(0.04);
    expect(share(minors.length, members.length)).toBeLessThan(0.08);
    const stillMinor = minors.filter((m) => ageAt(m.birthDate ?? '', until) < 18);
    expect(stillMinor.length).toBeGreaterThan(0);
    expect(stillMinor.length).toBeLessThan(minors.length);
    // A member who came of age wrote some items before and some after their 18th birthday.
    const bothSides = minors.some((m) => {
      const ages = contents.filter((c) => c.memberId === m.id).map((c) => ageAt(m.birthDate ?? '', c.createdAt) >= 18);
      return ages.includes(true) && ages.includes(false);
    });
    expect(bothSides).toBe(true);
    expect(members.filter((m) => m.birthDate?.endsWith('-02-29')).length).toBeGreaterThan(3);
  });

  it('has ~5 % of members moving, within their country and across EU borders', () => {
    const moves = sample.filter((r) => r.type === 'move');
    const movers = new Set(moves.map((m) => m.memberId));
    expect(share(movers.size, members.length)).toBeGreaterThan(0.035);
    expect(share(movers.size, members.length)).toBeLessThan(0.065);
    const residence = new Map(members.map((m) => [m.id, m.country]));
    let domestic = 0;
    let acrossEu = 0;
    for (const move of moves) {
      const from = residence.get(move.memberId) ?? '';
      if (from === move.country) domestic++;
      else if (EU_COUNTRIES.has(from) !== EU_COUNTRIES.has(move.country)) acrossEu++;
      residence.set(move.memberId, move.country);
    }
    expect(domestic).toBeGreaterThan(0);
    expect(acrossEu).toBeGreaterThan(0);
  });

  it('has deaths, deactivations and reactivations, and no content while away', () => {
    const statuses = sample.filter((r) => r.type === 'status');
    const count = (status: string): number => statuses.filter((s) => s.status === status).length;
    expect(count('deceased')).toBeGreaterThan(5);
    expect(count('deactivated')).toBeGreaterThan(5);
    expect(count('active')).toBeGreaterThan(0);
    for (const s of statuses.filter((x) => x.status === 'deceased')) {
      expect(contents.filter((c) => c.memberId === s.memberId && c.createdAt > s.at)).toEqual([]);
    }
  });

  it('has consent events from every source, changes of mind, same-moment toggles and objections', () => {
    const consents = sample.filter((r) => r.type === 'consent');
    expect(new Set(consents.map((c) => c.source))).toEqual(new Set(['member', 'delegate', 'gpc', 'admin']));
    expect(new Set(consents.map((c) => `${c.purpose}:${c.value}`)).size).toBe(6);
    expect(consents.filter((c) => c.source === 'gpc').every((c) => c.value === 'denied')).toBe(true);
    const byMember = new Map<string, typeof consents>();
    for (const c of consents) byMember.set(c.memberId, [...(byMember.get(c.memberId) ?? []), c]);
    const changedMind = [...byMember.values()].filter((events) => events.some((a) => events.some((b) => a.source === 'member' && b.source === 'member' && a.purpose === b.purpose && a.value !== b.value && a.at < b.at)));
    expect(changedMind.length).toBeGreaterThan(20);
    const toggles = [...byMember.values()].filter((events) => events.some((a, i) => events.slice(i + 1).some((b) => a.at === b.at && a.purpose === b.purpose && a.value !== b.value)));
    expect(toggles.length).toBeGreaterThan(5);
    const objections = sample.filter((r) => r.type === 'objection');
    expect(share(objections.length, members.length)).toBeGreaterThan(0.01);
    expect(new Set(objections.map((o) => o.purposes.length)).size).toBeGreaterThan(1);
  });

  it('spreads members over many countries, with subdivisions where policy packs use them', () => {
    const countries = new Set(members.map((m) => m.country));
    expect(countries.size).toBeGreaterThanOrEqual(25);
    const subdivisions = new Set(members.map((m) => m.subdivision));
    for (const code of ['US-CA', 'US-NY', 'US-TX']) expect(subdivisions).toContain(code);
    expect(members.some((m) => m.country === 'US' && m.subdivision === undefined)).toBe(true);
  });
});

describe('the texts of a generated network', () => {
  const texts = contents.map((c) => c.text);

  it('name other members of the network, and sometimes nobody at all', () => {
    const names = new Set(members.map((m) => m.name));
    const authors = new Map(members.map((m) => [m.id, m.name]));
    const mentionsOther = (c: ContentRecord): boolean => {
      const words = c.text.split(/\s+/).map((w) => w.replace(/^[@(]+|[.,:;!?)]+$/g, ''));
      for (let length = 2; length <= 4; length++) {
        for (let i = 0; i + length <= words.length; i++) {
          const candidate = words.slice(i, i + length).join(' ');
          if (names.has(candidate) && candidate !== authors.get(c.memberId)) return true;
        }
      }
      return false;
    };
    const mentioning = contents.filter(mentionsOther);
    expect(share(mentioning.length, contents.length)).toBeGreaterThan(0.1);
    const plain = texts.filter((t) => !/[@\d]|http|linkedin/.test(t));
    expect(share(plain.length, texts.length)).toBeGreaterThan(0.3);
  });

  it('contain only Luhn-valid card numbers and mod-97-valid IBANs', () => {
    const ibanPattern = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
    const cardPattern = /\b(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}|\d{4}[ -]\d{6}[ -]\d{5}|\d{15,16})\b/g;
    let ibans = 0;
    let cards = 0;
    for (const text of texts) {
      for (const match of text.matchAll(ibanPattern)) {
        ibans++;
        expect(isIbanValid(match[0].replace(/ /g, '')), text).toBe(true);
      }
      for (const match of text.replace(ibanPattern, '').matchAll(cardPattern)) {
        cards++;
        expect(isLuhnValid(match[0].replace(/[ -]/g, '')), text).toBe(true);
      }
    }
    expect(ibans).toBeGreaterThan(50);
    expect(cards).toBeGreaterThan(50);
  });

  it('carry the other kinds of personal data people write', () => {
    const has = (pattern: RegExp): number => texts.filter((t) => pattern.test(t)).length;
    expect(has(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)).toBeGreaterThan(200);
    expect(has(/\+\d{1,3}[ -]?\(?\d/)).toBeGreaterThan(100);
    expect(has(/\b\d{3}-\d{2}-\d{4}\b/)).toBeGreaterThan(0);
    expect(has(/linkedin\.com\/in\/[a-z0-9-]+/)).toBeGreaterThan(50);
    expect(has(/\b\d{1,3}(?:\.\d{1,3}){3}\b/)).toBeGreaterThan(10);
    expect(has(/\bborn\b|DOB|date of birth/)).toBeGreaterThan(10);
    expect(has(/(?:^|\s)@[a-z][a-z0-9._]+/)).toBeGreaterThan(10);
    expect(has(/\d+ \w+ (?:Street|Avenue|Road|Lane|Boulevard)|(?:straße|strasse) \d+|\d+ (?:rue|avenue|boulevard) |Flat \d+/)).toBeGreaterThan(20);
  });
});
