// `decide`: rules 1, 5–8 and 10–12 with the residence at the moment only.
import { describe, expect, it } from 'vitest';
import { decideForMember } from './member-decision.js';
import { builtinPack } from './policy.js';
import { member, optOutPack, pack, t } from './test-support/history-factory.js';

describe('decideForMember', () => {
  it('allows a member who granted an opt-in purpose, naming the regime', () => {
    expect(decideForMember(pack(), 'train-genai', t('2025-08-01'), member().grant('train-genai', '2025-03-01').build())).toEqual({ allowed: true, reason: null, regime: 'opt-in' });
  });

  it('reports not-consented without a grant, and before-effective before the purpose starts', () => {
    expect(decideForMember(pack(), 'train-genai', t('2025-08-01'), member().build())).toEqual({ allowed: false, reason: 'not-consented', regime: 'opt-in' });
    expect(decideForMember(pack(), 'train-genai', t('2024-08-01'), member().grant('train-genai', '2024-03-01').build()).reason).toBe('before-effective');
  });

  it('uses only the residence at the moment', () => {
    const li = builtinPack('linkedin-2024');
    const leftEu = member({ country: 'DE' }).move('US', '2025-06-01').build();
    expect(decideForMember(li, 'train-genai', t('2025-08-01'), leftEu)).toEqual({ allowed: true, reason: null, regime: 'opt-out' });
    expect(decideForMember(li, 'train-genai', t('2025-05-01'), leftEu)).toEqual({ allowed: false, reason: 'region-excluded', regime: 'excluded' });
  });

  it('applies status and age rules, but not minor-at-creation or legacy content', () => {
    expect(decideForMember(optOutPack(), 'train-ai', t('2025-08-01'), member().status('deceased', '2025-01-01').build()).reason).toBe('deceased');
    expect(decideForMember(optOutPack(), 'train-ai', t('2025-08-01'), member({ birthDate: '2010-01-01' }).build()).reason).toBe('minor');
    expect(decideForMember(optOutPack(), 'train-ai', t('2025-08-01'), member({ birthDate: null }).build()).reason).toBe('age-unknown');
    expect(decideForMember(optOutPack(), 'train-ai', t('2025-08-01'), member({ birthDate: '2007-03-01' }).build()).allowed).toBe(true);
  });

  it('treats a parent denial as opted-out', () => {
    expect(decideForMember(optOutPack(), 'train-genai', t('2025-08-01'), member().deny('train-ai', '2025-02-01').build())).toEqual({ allowed: false, reason: 'opted-out', regime: 'opt-out' });
  });
});
