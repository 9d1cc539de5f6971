// The tamper-evident audit log: each entry's hash covers its body and the hash of the entry before.
import type { Instant } from '../schema/time.js';
import { canonicalJson, sha256Hex } from './digest.js';

/** What an audit entry records. */
export type AuditAction =
  | 'import.batch'
  | 'consent.recorded'
  | 'objection.recorded'
  | 'move.recorded'
  | 'status.recorded'
  | 'deletion.recorded'
  | 'policy.recorded'
  | 'dataset.built'
  | 'dataset.withdrawn'
  | 'signal.recorded'
  | 'account.changed'
  | 'request.recorded'
  | 'training-run.recorded';

/** The part of an audit entry its hash covers, apart from the previous hash. */
export interface AuditBody {
  readonly seq: number;
  readonly at: Instant;
  readonly action: AuditAction;
  /** Who caused it: `cli`, `member:<id>`, `delegate:<id>`, `staff:<email>`, `system`. */
  readonly actor: string;
  /** What it is about: a member id, dataset id, batch id, pack id … */
  readonly subject: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** An audit entry as stored. */
export interface AuditEntry extends AuditBody {
  readonly prevHash: string;
  readonly hash: string;
}

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry: SHA-256 over the previous hash and the canonical JSON of the body. */
export function hashAuditEntry(prevHash: string, body: AuditBody): string {
  const { seq, at, action, actor, subject, payload } = body;
  return sha256Hex(`${prevHash}\n${canonicalJson({ seq, at, action, actor, subject, payload })}`);
}

/** Chains new bodies onto the head, returning the entries ready to store. */
export function chainEntries(headHash: string, bodies: readonly AuditBody[]): AuditEntry[] {
  let prevHash = headHash;
  return bodies.map((body) => {
    const hash = hashAuditEntry(prevHash, body);
    const entry = { ...body, prevHash, hash };
    prevHash = hash;
    return entry;
  });
}

/** The first problem found in a chain: which entry, and what is wrong with it. */
export interface ChainBreak {
  readonly seq: number;
  readonly problem: string;
}

/**
 * A streaming verifier: feed entries in stored order; it reports the first entry that was altered
 * (hash mismatch), removed (gap in seq or broken link) or reordered (seq out of order).
 */
export function createChainVerifier(): { check(entry: AuditEntry): ChainBreak | null; readonly count: number; readonly headHash: string } {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  return {
    check(entry: AuditEntry): ChainBreak | null {
      if (entry.seq !== expectedSeq) {
        const problem =
          entry.seq > expectedSeq ? `entry ${expectedSeq} is missing (next stored entry is ${entry.seq})` : `entry ${entry.seq} is out of order`;
        return { seq: Math.min(entry.seq, expectedSeq), problem };
      }
      if (entry.prevHash !== prevHash) return { seq: entry.seq, problem: 'does not link to the entry before it (an entry was removed, replaced or reordered)' };
      if (hashAuditEntry(entry.prevHash, entry) !== entry.hash) return { seq: entry.seq, problem: 'its content does not match its hash (altered)' };
      expectedSeq += 1;
      prevHash = entry.hash;
      return null;
    },
    get count() {
      return expectedSeq - 1;
    },
    get headHash() {
      return prevHash;
    },
  };
}
