// SPEC §4, rule by rule: each reason applies when its condition holds and every earlier rule passes.
import { describe, expect, it } from 'vitest';
import { evaluateItem, type DatasetRequest } from './item-eligibility.js';
import { builtinPack } from './policy.js';
import { item, member, optOutPack, pack, t } from './test-support/history-factory.js';

const genai = (at: string, shared = false): DatasetRequest => ({ purpose: 'train-genai', at: t(at), shared });
const granted = () => member().grant('train-genai', '2025-01-02').grant('share-affiliates', '2025-01-02');

describe('evaluateItem, one rule at a time', () => {
  it('includes an item when every rule passes', () => {
    expect(evaluateItem(pack(), genai('2025-06-01', true), granted().build(), item())).toBe('included');
  });

  it('1 before-effective: the snapshot precedes effectiveAt of the purpose', () => {
    expect(evaluateItem(pack(), genai('2024-12-31T23:59:59Z'), granted().build(), item({ createdAt: '2024-06-01' }))).toBe('before-effective');
  });

  it('1 before-effective: a shared build also waits for share-affiliates', () => {
    const p = pack({ purposes: { 'train-ai': { effectiveAt: t('2025-01-01') }, 'train-genai': { effectiveAt: t('2025-01-01') }, 'share-affiliates': { effectiveAt: t('2025-09-01') } } });
    expect(evaluateItem(p, genai('2025-06-01', true), granted().build(), item())).toBe('before-effective');
    expect(evaluateItem(p, genai('2025-06-01', false), granted().build(), item())).toBe('included');
  });

  it('1 before-effective wins over every later rule', () => {
    expect(evaluateItem(pack(), genai('2024-06-01'), member({ birthDate: null }).build(), item({ kind: 'message', createdAt: '2024-01-01' }))).toBe('before-effective');
  });

  it('2 message: private messages never enter, whatever the pack lists', () => {
    const p = pack({ kinds: ['post', 'message'], visibility: ['public', 'private'] });
    expect(evaluateItem(p, genai('2025-06-01'), granted().build(), item({ kind: 'message', visibility: 'private' }))).toBe('message');
  });

  it('3 not-public: a kind or a visibility the pack does not list', () => {
    expect(evaluateItem(pack({ kinds: ['post'] }), genai('2025-06-01'), granted().build(), item({ kind: 'article' }))).toBe('not-public');
    expect(evaluateItem(pack(), genai('2025-06-01'), granted().build(), item({ visibility: 'connections' }))).toBe('not-public');
  });

  it('4 deleted: deleted at or before the snapshot, not after', () => {
    expect(evaluateItem(pack(), genai('2025-06-01'), granted().build(), item({ deletedAt: '2025-06-01' }))).toBe('deleted');
    expect(evaluateItem(pack(), genai('2025-06-01'), granted().build(), item({ deletedAt: '2025-06-01T00:00:00.001Z' }))).toBe('included');
  });

  it('5 deceased and 6 deactivated: the author’s status at the snapshot', () => {
    expect(evaluateItem(pack(), genai('2025-06-01'), granted().status('deceased', '2025-05-01').build(), item())).toBe('deceased');
    expect(evaluateItem(pack(), genai('2025-06-01'), granted().status('deactivated', '2025-05-01').build(), item())).toBe('deactivated');
    expect(evaluateItem(pack(), genai('2025-06-01'), granted().status('deactivated', '2025-05-01').status('active', '2025-05-20').build(), item())).toBe('included');
    expect(evaluateItem(pack(), genai('2025-06-01'), granted().status('deceased', '2025-07-01').build(), item())).toBe('included');
  });

  it('7 age-unknown: no birth date and unknownAge exclude; include skips the age rules', () => {
    const noBirth = member({ birthDate: null }).grant('train-genai', '2025-01-02').build();
    expect(evaluateItem(pack(), genai('2025-06-01'), noBirth, item())).toBe('age-unknown');
    expect(evaluateItem(pack({ unknownAge: 'include' }), genai('2025-06-01'), noBirth, item())).toBe('included');
  });

  it('8 minor: under the minimum age at the snapshot', () => {
    const teen = member({ birthDate: '2007-06-02' }).grant('train-genai', '2025-01-02').build();
    expect(evaluateItem(pack(), genai('2025-06-01'), teen, item({ createdAt: '2025-03-01' }))).toBe('minor');
  });

  it('9 minor-at-creation: adult now, under age when the item was written', () => {
    const adult = member({ birthDate: '2007-03-10' }).grant('train-genai', '2025-06-02').build();
    expect(evaluateItem(pack(), genai('2025-08-01'), adult, item({ createdAt: '2023-06-01' }))).toBe('minor-at-creation');
    expect(evaluateItem(pack(), genai('2025-08-01'), adult, item({ createdAt: '2025-03-10' }))).toBe('included');
  });

  it('10 region-excluded: excluded at creation or at the snapshot', () => {
    const li = builtinPack('linkedin-2024');
    const movedToEu = member({ country: 'US' }).move('DE', '2025-06-01').build();
    const movedFromEu = member({ country: 'DE' }).move('US', '2025-06-01').build();
    expect(evaluateItem(li, genai('2025-08-01'), movedToEu, item({ createdAt: '2025-03-01' }))).toBe('region-excluded');
    expect(evaluateItem(li, genai('2025-08-01'), movedFromEu, item({ createdAt: '2025-03-01' }))).toBe('region-excluded');
    expect(evaluateItem(li, genai('2025-08-01'), movedFromEu, item({ createdAt: '2025-07-01' }))).toBe('included');
  });

  it('10 region-excluded: a parent’s excluded regime excludes the child', () => {
    const p = optOutPack({ jurisdictions: { '*': { 'train-ai': 'opt-out', 'train-genai': 'opt-out', 'share-affiliates': 'opt-out' }, BR: { 'train-ai': 'excluded' } } });
    expect(evaluateItem(p, genai('2025-08-01'), member({ country: 'BR' }).build(), item())).toBe('region-excluded');
  });

  it('10 region: subdivision beats country beats *', () => {
    const p = optOutPack({
      jurisdictions: {
        '*': { 'train-ai': 'opt-out', 'train-genai': 'opt-out', 'share-affiliates': 'opt-out' },
        US: { 'train-genai': 'excluded' },
        'US-CA': { 'train-genai': 'opt-out' },
      },
    });
    expect(evaluateItem(p, genai('2025-08-01'), member({ country: 'US', subdivision: 'US-CA' }).build(), item())).toBe('included');
    expect(evaluateItem(p, genai('2025-08-01'), member({ country: 'US', subdivision: 'US-NY' }).build(), item())).toBe('region-excluded');
  });

  it('11 opted-out: a denial of the purpose or of an ancestor at the snapshot', () => {
    expect(evaluateItem(optOutPack(), genai('2025-08-01'), member().deny('train-genai', '2025-07-01').build(), item())).toBe('opted-out');
    expect(evaluateItem(optOutPack(), genai('2025-08-01'), member().deny('train-ai', '2025-07-01').build(), item())).toBe('opted-out');
    expect(evaluateItem(optOutPack(), genai('2025-08-01'), member().deny('train-ai', '2025-07-01').grant('train-genai', '2025-07-02').build(), item())).toBe('opted-out');
    expect(evaluateItem(optOutPack(), genai('2025-08-01'), member().deny('train-genai', '2025-09-01').build(), item())).toBe('included');
  });

  it('11 opted-out beats 12: a denial in an opt-in region reads opted-out', () => {
    expect(evaluateItem(pack(), genai('2025-08-01'), member().deny('train-genai', '2025-07-01').build(), item())).toBe('opted-out');
  });

  it('11 a denial of a child does not deny its parent', () => {
    const request: DatasetRequest = { purpose: 'train-ai', at: t('2025-08-01'), shared: false };
    expect(evaluateItem(optOutPack(), request, member().deny('train-genai', '2025-07-01').build(), item())).toBe('included');
  });

  it('11 the latest event counts: a grant after a denial restores', () => {
    expect(evaluateItem(optOutPack(), genai('2025-08-01'), member().deny('train-genai', '2025-07-01').grant('train-genai', '2025-07-15').build(), item())).toBe('included');
  });

  it('12 not-consented: opt-in needs an explicit grant of the purpose itself', () => {
    expect(evaluateItem(pack(), genai('2025-08-01'), member().build(), item())).toBe('not-consented');
    expect(evaluateItem(pack(), genai('2025-08-01'), member().grant('train-ai', '2025-07-01').build(), item())).toBe('not-consented');
    expect(evaluateItem(pack(), genai('2025-08-01'), member().grant('train-genai', '2025-09-01').build(), item())).toBe('not-consented');
  });

  it('12 opt-in in either residence makes the strictest regime opt-in', () => {
    const p = optOutPack({ jurisdictions: { '*': { 'train-ai': 'opt-out', 'train-genai': 'opt-out', 'share-affiliates': 'opt-out' }, CA: { 'train-genai': 'opt-in' } } });
    expect(evaluateItem(p, genai('2025-08-01'), member({ country: 'CA' }).move('US', '2025-04-01').build(), item({ createdAt: '2025-03-01' }))).toBe('not-consented');
  });

  it('13 legacy-content: opt-out, no grant, written before effectiveAt, explicit-grant-only', () => {
    const old = item({ createdAt: '2024-06-01' });
    expect(evaluateItem(optOutPack(), genai('2025-08-01'), member().build(), old)).toBe('legacy-content');
    expect(evaluateItem(optOutPack({ legacyContent: 'allowed' }), genai('2025-08-01'), member().build(), old)).toBe('included');
    expect(evaluateItem(optOutPack(), genai('2025-08-01'), member().grant('train-genai', '2025-02-01').build(), old)).toBe('included');
    expect(evaluateItem(optOutPack(), genai('2025-08-01'), member().build(), item({ createdAt: '2025-01-01' }))).toBe('included');
  });

  it('14 not-shared: a shared build needs share-affiliates by rules 10–13', () => {
    const m = member().grant('train-genai', '2025-01-02').build();
    expect(evaluateItem(pack(), genai('2025-08-01', true), m, item())).toBe('not-shared');
    expect(evaluateItem(pack(), genai('2025-08-01', true), member().grant('train-genai', '2025-01-02').grant('share-affiliates', '2025-01-03').deny('share-affiliates', '2025-02-01').build(), item())).toBe('not-shared');
    const li = builtinPack('linkedin-2024');
    expect(evaluateItem(li, genai('2025-08-01', true), member({ country: 'US' }).build(), item())).toBe('included');
    expect(evaluateItem(li, genai('2025-08-01', true), member({ country: 'US' }).deny('share-affiliates', '2025-07-01').build(), item())).toBe('not-shared');
  });

  it('14 not-shared applies the legacy rule to share-affiliates’ own effectiveAt', () => {
    const p = optOutPack({ purposes: { 'train-ai': { effectiveAt: t('2024-01-01') }, 'train-genai': { effectiveAt: t('2024-01-01') }, 'share-affiliates': { effectiveAt: t('2025-01-01') } } });
    expect(evaluateItem(p, genai('2025-08-01', true), member().build(), item({ createdAt: '2024-06-01' }))).toBe('not-shared');
    expect(evaluateItem(p, genai('2025-08-01', false), member().build(), item({ createdAt: '2024-06-01' }))).toBe('included');
  });
});

describe('evaluateItem, rule order', () => {
  it('reports the first reason when several apply', () => {
    const dead = member({ birthDate: null }).status('deceased', '2025-01-01').build();
    expect(evaluateItem(pack(), genai('2025-08-01'), dead, item({ visibility: 'private', deletedAt: '2025-02-01' }))).toBe('not-public');
    expect(evaluateItem(pack(), genai('2025-08-01'), dead, item({ deletedAt: '2025-02-01' }))).toBe('deleted');
    expect(evaluateItem(pack(), genai('2025-08-01'), dead, item())).toBe('deceased');
    const minorInEu = member({ birthDate: '2010-01-01', country: 'DE' }).deny('train-ai', '2025-01-02').build();
    expect(evaluateItem(builtinPack('linkedin-2024'), genai('2025-08-01'), minorInEu, item())).toBe('minor');
  });
});
