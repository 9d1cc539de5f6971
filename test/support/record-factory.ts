// Factories for import records (SPEC §5 shapes) and JSONL files built from them.
import { Readable } from 'node:stream';

type Json = Record<string, unknown>;

/** A member record; adult Californian by default. */
export function memberRecord(id: string, overrides: Json = {}): Json {
  return { type: 'member', id, name: `Member ${id}`, email: `${id}@example.org`, country: 'US', subdivision: 'US-CA', birthDate: '1990-02-11', createdAt: '2020-01-01T00:00:00Z', ...overrides };
}

/** A public post. */
export function contentRecord(id: string, memberId: string, overrides: Json = {}): Json {
  return { type: 'content', id, memberId, kind: 'post', visibility: 'public', text: `Post ${id} by ${memberId}`, createdAt: '2025-03-01T10:00:00Z', ...overrides };
}

/** A consent event from the member. */
export function consentRecord(id: string, memberId: string, purpose: string, value: 'granted' | 'denied', at: string, source = 'member'): Json {
  return { type: 'consent', id, memberId, purpose, value, source, at };
}

/** An objection to some purposes. */
export function objectionRecord(id: string, memberId: string, purposes: string[], at: string): Json {
  return { type: 'objection', id, memberId, purposes, at };
}

/** A move of residence. */
export function moveRecord(id: string, memberId: string, country: string, at: string, subdivision?: string): Json {
  return { type: 'move', id, memberId, country, at, ...(subdivision === undefined ? {} : { subdivision }) };
}

/** A status change. */
export function statusRecord(id: string, memberId: string, status: string, at: string): Json {
  return { type: 'status', id, memberId, status, at };
}

/** A deletion. */
export function deleteRecord(id: string, contentId: string, at: string): Json {
  return { type: 'delete', id, contentId, at };
}

/** JSONL text of records (objects, or raw strings for deliberately broken lines). */
export function jsonl(records: readonly (Json | string)[]): string {
  return records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}

/** A readable stream over JSONL text. */
export function jsonlStream(records: readonly (Json | string)[]): Readable {
  return Readable.from([Buffer.from(jsonl(records))]);
}
