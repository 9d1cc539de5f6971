// Content digests over canonical JSON, so equal records hash equal whatever their key order.
import { createHash } from 'node:crypto';

/**
 * Canonical JSON after RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace,
 * primitives as ECMAScript's JSON.stringify writes them (which JCS adopts). Written here rather than
 * taken from the `canonicalize` package: its current major needs Node 22 and the older one's types do
 * not match its CommonJS export under NodeNext.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify returns undefined for functions, symbols and undefined, despite its declared type.
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) throw new TypeError(`${typeof value} has no JSON representation`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((v: unknown) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Hex SHA-256 of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hex SHA-256 of a value's canonical JSON. */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
