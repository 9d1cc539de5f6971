// The hash chain detects any altered, removed or reordered entry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainEntries, createChainVerifier, GENESIS_HASH, type AuditEntry } from './audit-chain.js';
import { t } from './test-support/history-factory.js';

function chain(n: number): AuditEntry[] {
  return chainEntries(
    GENESIS_HASH,
    Array.from({ length: n }, (_, i) => ({ seq: i + 1, at: t('2025-01-01'), action: 'consent.recorded' as const, actor: 'cli', subject: `m${i}`, payload: { i } })),
  );
}

function firstBreak(entries: readonly AuditEntry[]): number | null {
  const verifier = createChainVerifier();
  for (const entry of entries) {
    const broken = verifier.check(entry);
    if (broken !== null) return broken.seq;
  }
  return null;
}

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(firstBreak(chain(20))).toBeNull();
  });

  it('names the altered entry', () => {
    const entries = chain(10);
    entries[4] = { ...entries[4]!, payload: { i: 99 } };
    expect(firstBreak(entries)).toBe(5);
  });

  it('detects any single alteration, removal or swap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.nat(), fc.constantFrom('alter', 'remove', 'swap'), (n, pick, kind) => {
        const entries = chain(n);
        const i = pick % (n - 1);
        if (kind === 'alter') entries[i] = { ...entries[i]!, subject: 'tampered' };
        else if (kind === 'remove') entries.splice(i, 1);
        else [entries[i], entries[i + 1]] = [entries[i + 1]!, entries[i]!];
        expect(firstBreak(entries)).toBe(i + 1);
      }),
    );
  });

  it('detects an entry re-hashed after alteration by the broken link that follows', () => {
    const entries = chain(5);
    const [forged] = chainEntries(entries[1]!.hash, [{ ...entries[2]!, subject: 'forged' }]);
    entries[2] = forged!;
    expect(firstBreak(entries)).toBe(4);
  });
});
