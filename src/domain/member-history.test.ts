// Residence, status and explicit settings at a moment, with ties broken by recording order.
import { describe, expect, it } from 'vitest';
import { residenceAt, settingAt, statusAt } from './member-history.js';
import { member, t } from './test-support/history-factory.js';

describe('member history at a moment', () => {
  it('replaces the residence with each move at or before the moment', () => {
    const m = member({ country: 'US', subdivision: 'US-CA' }).move('DE', '2025-03-01').move('FR', '2025-06-01').build();
    expect(residenceAt(m, t('2025-02-28T23:59:59Z'))).toEqual({ country: 'US', subdivision: 'US-CA' });
    expect(residenceAt(m, t('2025-03-01'))).toEqual({ country: 'DE', subdivision: null });
    expect(residenceAt(m, t('2026-01-01'))).toEqual({ country: 'FR', subdivision: null });
  });

  it('takes the later-recorded of two moves with equal at', () => {
    const m = member().move('DE', '2025-03-01').move('GB', '2025-03-01').build();
    expect(residenceAt(m, t('2025-03-01')).country).toBe('GB');
  });

  it('starts active and follows status events', () => {
    const m = member().status('deactivated', '2025-01-01').status('active', '2025-02-01').status('deceased', '2025-05-01').build();
    expect(statusAt(m, t('2024-12-31'))).toBe('active');
    expect(statusAt(m, t('2025-01-15'))).toBe('deactivated');
    expect(statusAt(m, t('2025-03-01'))).toBe('active');
    expect(statusAt(m, t('2025-05-01'))).toBe('deceased');
  });

  it('takes the latest setting per purpose, later-recorded winning a tie', () => {
    const m = member().grant('train-genai', '2025-01-01').deny('train-genai', '2025-02-01').grant('train-genai', '2025-02-01').build();
    expect(settingAt(m, 'train-genai', t('2024-12-31'))).toBeNull();
    expect(settingAt(m, 'train-genai', t('2025-01-15'))).toBe('granted');
    expect(settingAt(m, 'train-genai', t('2025-02-01'))).toBe('granted');
    expect(settingAt(m, 'train-ai', t('2025-02-01'))).toBeNull();
  });
});
