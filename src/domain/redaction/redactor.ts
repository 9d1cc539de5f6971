// The redaction interface every dataset text passes through (SPEC §6), and a first implementation.
import type { EntitySpan, EntityType } from './entity-types.js';

/** How a detected entity is replaced: `<TYPE>`, a mask of the same length, or a per-item pseudonym. */
export type RedactionOperator = 'replace' | 'mask' | 'pseudonym';

/** People the network knows, whose names are always redacted. */
export interface KnownPerson {
  readonly name: string;
  readonly email?: string | undefined;
  readonly handles?: readonly string[] | undefined;
}

/** What a redactor is built from; plain data, so a worker thread can build its own copy. */
export interface RedactorOptions {
  /** Members of the network (their names are matched exactly, case-insensitively). */
  readonly members: readonly KnownPerson[];
  /** Non-members who objected (the suppression list): always redacted. */
  readonly suppressed: readonly KnownPerson[];
  readonly operator: RedactionOperator;
  /** Secret that keys pseudonyms so the same person is not linkable across items. */
  readonly pseudonymKey?: string | undefined;
}

/** The result of redacting one text. */
export interface RedactionResult {
  /** The text with every entity replaced. */
  readonly text: string;
  /** Entities found, sorted by start, non-overlapping, offsets into the original text. */
  readonly entities: readonly EntitySpan[];
}

/** Redacts texts with one configuration. */
export interface Redactor {
  /** Identifies the detector set, recorded in every dataset built with it. */
  readonly version: string;
  readonly operator: RedactionOperator;
  redact(text: string): RedactionResult;
}

/** Replaces each span of the text according to the operator; spans must be sorted and disjoint. */
export function applyOperator(text: string, spans: readonly EntitySpan[], operator: RedactionOperator, pseudonymFor: (span: EntitySpan) => string): string {
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start);
    out += replacement(text, span, operator, pseudonymFor);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

function replacement(text: string, span: EntitySpan, operator: RedactionOperator, pseudonymFor: (span: EntitySpan) => string): string {
  switch (operator) {
    case 'replace':
      return `<${span.type}>`;
    case 'mask':
      return '*'.repeat(span.end - span.start);
    case 'pseudonym':
      return pseudonymFor(span);
    default: {
      const never: never = operator;
      return text.slice(0, 0) + String(never);
    }
  }
}

/** Sorts spans and resolves overlaps: the longest span wins; on equal length, the earlier type in priority. */
export function resolveOverlaps(spans: readonly EntitySpan[], priority: readonly EntityType[]): EntitySpan[] {
  const rank = (t: EntityType) => priority.indexOf(t);
  const byStrength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a.type) - rank(b.type) || a.start - b.start);
  const kept: EntitySpan[] = [];
  for (const span of byStrength) {
    if (kept.every((k) => span.end <= k.start || span.start >= k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
