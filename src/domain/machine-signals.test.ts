// Machine signals: GPC and IETF AIPREF Content-Usage map onto denials only.
import { describe, expect, it } from 'vitest';
import { contentUsageDenials, GPC_DENIALS, isGpcSignal } from './machine-signals.js';

describe('machine signals', () => {
  it('reads GPC as denials of share-affiliates and train-ai', () => {
    expect(isGpcSignal('1')).toBe(true);
    expect(isGpcSignal('0')).toBe(false);
    expect(isGpcSignal(undefined)).toBe(false);
    expect([...GPC_DENIALS].sort()).toEqual(['share-affiliates', 'train-ai']);
  });

  it('reads train-ai=n as a denial of train-ai (covering train-genai)', () => {
    expect(contentUsageDenials('train-ai=n')).toEqual(['train-ai']);
    expect(contentUsageDenials('train-genai=n, search=y')).toEqual(['train-genai']);
    expect(contentUsageDenials('all=n')).toEqual(['train-ai']);
  });

  it('never turns a y into a grant and ignores unknown labels', () => {
    expect(contentUsageDenials('train-ai=y')).toEqual([]);
    expect(contentUsageDenials('search=n, bots=n')).toEqual([]);
    expect(contentUsageDenials(undefined)).toEqual([]);
  });
});
