// Policy packs: the built-ins as SPEC §3 describes them, validation naming the field, regime lookup.
import { describe, expect, it } from 'vitest';
import { ConsentryError } from './errors.js';
import { builtinPack, effectiveRegime, ownRegime, parsePolicyPack } from './policy.js';

const EXCLUDED_2024 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH GB'.split(' ');

function refusal(document: unknown): string {
  try {
    parsePolicyPack(document);
  } catch (error) {
    expect(error).toBeInstanceOf(ConsentryError);
    expect((error as ConsentryError).code).toBe('E_POLICY_INVALID');
    return (error as ConsentryError).message;
  }
  throw new Error('pack was accepted');
}

describe('built-in packs', () => {
  it('privacy-first is opt-in everywhere for every purpose', () => {
    const pf = builtinPack('privacy-first');
    for (const country of ['US', 'DE', 'NG', 'JP']) {
      for (const purpose of ['train-ai', 'train-genai', 'share-affiliates'] as const) {
        expect(effectiveRegime(pf, purpose, { country, subdivision: null })).toBe('opt-in');
      }
    }
    expect(pf).toMatchObject({ minimumAge: 18, unknownAge: 'exclude', visibility: ['public'], kinds: ['post', 'article', 'comment', 'profile'], legacyContent: 'explicit-grant-only' });
  });

  it('linkedin-2024 excludes generative training and sharing in the EU-27, EEA, CH and GB only', () => {
    const li = builtinPack('linkedin-2024');
    for (const country of EXCLUDED_2024) {
      expect(effectiveRegime(li, 'train-genai', { country, subdivision: null })).toBe('excluded');
      expect(effectiveRegime(li, 'share-affiliates', { country, subdivision: null })).toBe('excluded');
      expect(effectiveRegime(li, 'train-ai', { country, subdivision: null })).toBe('opt-out');
    }
    for (const country of ['US', 'CA', 'IN', 'BR', 'NG', 'TR', 'UA']) {
      expect(effectiveRegime(li, 'train-genai', { country, subdivision: null })).toBe('opt-out');
      expect(effectiveRegime(li, 'share-affiliates', { country, subdivision: null })).toBe('opt-out');
    }
    expect(li.purposes['train-ai']?.effectiveAt).toBe('2024-01-01T00:00:00.000Z');
    expect(li.purposes['train-genai']?.effectiveAt).toBe('2024-11-20T00:00:00.000Z');
    expect(li).toMatchObject({ unknownAge: 'include', legacyContent: 'allowed', minimumAge: 18 });
  });
});

describe('regime lookup', () => {
  const p = parsePolicyPack({
    ...builtinPack('privacy-first'),
    jurisdictions: {
      '*': { 'train-ai': 'opt-in', 'train-genai': 'opt-in', 'share-affiliates': 'opt-in' },
      US: { 'train-ai': 'opt-out', 'train-genai': 'opt-out' },
      'US-CA': { 'train-genai': 'opt-in' },
    },
  });

  it('falls back per purpose from subdivision to country to *', () => {
    expect(ownRegime(p, 'train-genai', { country: 'US', subdivision: 'US-CA' })).toBe('opt-in');
    expect(ownRegime(p, 'train-ai', { country: 'US', subdivision: 'US-CA' })).toBe('opt-out');
    expect(ownRegime(p, 'share-affiliates', { country: 'US', subdivision: 'US-CA' })).toBe('opt-in');
    expect(ownRegime(p, 'train-genai', { country: 'US', subdivision: 'US-TX' })).toBe('opt-out');
  });

  it('takes the strictest of a purpose and its ancestors', () => {
    const q = parsePolicyPack({ ...p, jurisdictions: { ...p.jurisdictions, MX: { 'train-ai': 'excluded', 'train-genai': 'opt-out' } } });
    expect(effectiveRegime(q, 'train-genai', { country: 'MX', subdivision: null })).toBe('excluded');
  });
});

describe('pack validation', () => {
  const base = builtinPack('privacy-first');

  it('names a missing field', () => {
    const { minimumAge: _, ...rest } = base;
    expect(refusal(rest)).toContain('minimumAge: required');
  });

  it('names a bad regime', () => {
    expect(refusal({ ...base, jurisdictions: { '*': { 'train-ai': 'optin', 'train-genai': 'opt-in', 'share-affiliates': 'opt-in' } } })).toContain('jurisdictions.*.train-ai');
  });

  it('requires * to give every purpose', () => {
    expect(refusal({ ...base, jurisdictions: { '*': { 'train-ai': 'opt-in', 'train-genai': 'opt-in' } } })).toContain('jurisdictions.*.share-affiliates: required');
  });

  it('refuses bad jurisdiction keys, effective dates, parents and enum values', () => {
    expect(refusal({ ...base, jurisdictions: { ...base.jurisdictions, usa: { 'train-ai': 'opt-in' } } })).toContain('jurisdictions.usa');
    expect(refusal({ ...base, purposes: { ...base.purposes, 'train-ai': { effectiveAt: '2025-01-01' } } })).toContain('purposes.train-ai.effectiveAt');
    expect(refusal({ ...base, purposes: { ...base.purposes, 'train-genai': { effectiveAt: '2025-01-01T00:00:00Z', parent: 'share-affiliates' } } })).toContain('purposes.train-genai.parent');
    expect(refusal({ ...base, unknownAge: 'maybe' })).toContain('unknownAge');
    expect(refusal({ ...base, kinds: ['post', 'tweet'] })).toContain('kinds.1');
    expect(refusal({ ...base, version: 0 })).toContain('version');
    expect(refusal({ ...base, jurisdictions: { ...base.jurisdictions, ZZ: { 'train-ai': 'opt-in' } } })).toContain('jurisdictions.ZZ');
  });

  it('refuses a child purpose without its parent', () => {
    const { 'train-ai': _, ...purposes } = base.purposes;
    expect(refusal({ ...base, purposes, jurisdictions: { '*': { 'train-genai': 'opt-in', 'share-affiliates': 'opt-in' } } })).toContain('purposes.train-ai: required');
  });
});
