// What an import batch's audit entry certifies about the members and content items it added: they have no
// audit entry each (a network has millions), so one digest per type over the records, in line order, stands
// for them, and `audit verify` recomputes it from the stored rows.
import { createHash, type Hash } from 'node:crypto';
import type { ContentRecord, MemberRecord } from '../schema/records.js';

/** The entity types a batch certificate covers. */
export type CertifiedType = 'member' | 'content';

/** How many records of each type a batch added, and the SHA-256 of their canonical JSON lines in line order. */
export type BatchCertificate = Readonly<Record<CertifiedType, { readonly count: number; readonly sha256: string }>>;

/** Accumulates a certificate; records must be added in the order of their lines. */
export interface BatchCertifier {
  add(record: MemberRecord | ContentRecord): void;
  finish(): BatchCertificate;
}

/** Creates an empty certifier. */
export function createBatchCertifier(): BatchCertifier {
  const hashes: Record<CertifiedType, Hash> = { member: createHash('sha256'), content: createHash('sha256') };
  const counts: Record<CertifiedType, number> = { member: 0, content: 0 };
  return {
    add(record) {
      hashes[record.type].update(`${certifiedLine(record)}\n`);
      counts[record.type] += 1;
    },
    finish() {
      return { member: { count: counts.member, sha256: hashes.member.digest('hex') }, content: { count: counts.content, sha256: hashes.content.digest('hex') } };
    },
  };
}

// Every field of each record but its type, in a fixed order (the objects' key order); `satisfies` fails to
// compile when a record gains a field these lack, so no field can escape the certificate.
const MEMBER_FIELDS = Object.keys({ id: true, name: true, email: true, country: true, subdivision: true, birthDate: true, createdAt: true } satisfies Record<Exclude<keyof MemberRecord, 'type'>, true>) as readonly Exclude<keyof MemberRecord, 'type'>[];
const CONTENT_FIELDS = Object.keys({ id: true, memberId: true, kind: true, visibility: true, text: true, createdAt: true } satisfies Record<Exclude<keyof ContentRecord, 'type'>, true>) as readonly Exclude<keyof ContentRecord, 'type'>[];

/**
 * One record as the digest reads it: its fields in a fixed order, as a JSON array. Not the canonical JSON of
 * the audit chain: sorting keys for every member and item was a seventh of an import's time.
 */
function certifiedLine(record: MemberRecord | ContentRecord): string {
  if (record.type === 'member') return JSON.stringify(MEMBER_FIELDS.map((field) => record[field] ?? null));
  return JSON.stringify(CONTENT_FIELDS.map((field) => record[field]));
}

/** The certificate an audit payload holds, or null when it holds none (batches imported before certificates existed). */
export function certificateIn(payload: Readonly<Record<string, unknown>>): BatchCertificate | null {
  const value = payload['certifies'];
  if (typeof value !== 'object' || value === null) return null;
  const part = (type: CertifiedType) => {
    const p = (value as Record<string, unknown>)[type];
    if (typeof p !== 'object' || p === null) return null;
    const { count, sha256 } = p as Record<string, unknown>;
    return typeof count === 'number' && typeof sha256 === 'string' ? { count, sha256 } : null;
  };
  const member = part('member');
  const content = part('content');
  return member === null || content === null ? null : { member, content };
}
