// The redaction interface every dataset text passes through (SPEC §6): options, operators, overlap resolution.
import type { EntitySpan, EntityType } from './entity-types.js';

/** How a detected entity is replaced: `<TYPE>`, a mask of the same length, or a per-item pseudonym. */
export type RedactionOperator = 'replace' | 'mask' | 'pseudonym';

/**
 * How hard the redactor looks for names of people outside the directory: `fast` uses the shipped name
 * lists, rules and the trained name tagger; `thorough` adds compromise's NLP tagging, about a hundred times slower.
 */
export type RedactionMode = 'fast' | 'thorough';

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
  /** Secret that keys pseudonyms so the same person is not linkable across items; random when absent. */
  readonly pseudonymKey?: string | undefined;
  /** Detection depth for names of non-members; `fast` when absent (the dataset builder's default). */
  readonly mode?: RedactionMode | undefined;
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
  readonly mode: RedactionMode;
  /** Bytes held by the word table (shipped name lists plus the directory), for capacity planning. */
  readonly indexBytes: number;
  redact(text: string): RedactionResult;
  /** The entities `redact` would replace, without replacing them. */
  detect(text: string): readonly EntitySpan[];
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

/**
 * Sorts spans and resolves overlaps: the longest span wins, on equal length the type earlier in
 * `priority`. A losing span keeps the parts no winner covers, so every detected character is still
 * redacted (a name half inside a wrongly extended address is not left half visible). With `text`, such
 * leftovers lose white space and punctuation at their ends.
 */
export function resolveOverlaps(spans: readonly EntitySpan[], priority: readonly EntityType[], text?: string): EntitySpan[] {
  if (spans.length <= 1) return spans.filter((s) => s.end > s.start);
  const sorted = byStartThenLongest(spans);
  // Two detectors often find the same name (rules and tagger, directory and rules). Overlapping spans of
  // one type are one entity: a span inside the one before it is dropped, one that runs past it joins it,
  // so a name is never cut into a redacted piece and a fragment ("Rosalind" of a longer match, then
  // "Kowalczyk" alone). It also keeps the common case on the fast path below.
  const ordered: EntitySpan[] = [];
  for (const span of sorted) {
    const last = ordered[ordered.length - 1];
    if (last !== undefined && span.type === last.type && span.start < last.end) {
      if (span.end > last.end) ordered[ordered.length - 1] = { type: last.type, start: last.start, end: span.end };
      continue;
    }
    ordered.push(span);
  }
  let disjoint = true;
  for (let i = 1; i < ordered.length && disjoint; i++) disjoint = (ordered[i]?.start ?? 0) >= (ordered[i - 1]?.end ?? 0) && (ordered[i - 1]?.end ?? 0) > (ordered[i - 1]?.start ?? 0);
  // The common case: nothing overlaps, so there is nothing to resolve.
  if (disjoint && (ordered[ordered.length - 1]?.end ?? 0) > (ordered[ordered.length - 1]?.start ?? 0)) return ordered;
  const rank = (t: EntityType) => priority.indexOf(t);
  const byStrength = [...ordered].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a.type) - rank(b.type) || a.start - b.start);
  // One flag per character claimed so far: the cost is the total length of the spans, never their
  // number squared, so a text with thousands of overlapping names stays linear.
  const limit = byStrength.reduce((m, s) => Math.max(m, s.end), 0);
  const taken = new Uint8Array(limit);
  const kept: EntitySpan[] = [];
  for (const span of byStrength) {
    let free = 0;
    for (let i = span.start; i < span.end; i++) if (taken[i] === 0) free++;
    if (free === 0) continue;
    if (free === span.end - span.start) {
      kept.push(span);
      taken.fill(1, span.start, span.end);
      continue;
    }
    let i = span.start;
    while (i < span.end) {
      if (taken[i] !== 0) {
        i++;
        continue;
      }
      const from = i;
      while (i < span.end && taken[i] === 0) i++;
      const piece = text === undefined ? { type: span.type, start: from, end: i } : tidyPiece(text, { type: span.type, start: from, end: i });
      if (piece !== undefined) {
        kept.push(piece);
        taken.fill(1, piece.start, piece.end);
      }
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Above this many spans a text is sorted by Array.prototype.sort; below it, by insertion. */
const INSERTION_SORT_LIMIT = 32;

/**
 * A copy sorted by start, longer first on the same start. Insertion sort for the handful of spans of a
 * post, where Array.prototype.sort with a comparator cost more than the rest of overlap resolution; the
 * built-in sort for long texts, where insertion sort is quadratic (detectors append their spans in
 * separate runs, so a text full of names arrives far from sorted).
 */
function byStartThenLongest(spans: readonly EntitySpan[]): EntitySpan[] {
  const out = spans.slice();
  if (out.length > INSERTION_SORT_LIMIT) return out.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 1; i < out.length; i++) {
    const span = out[i];
    if (span === undefined) continue;
    let k = i - 1;
    for (; k >= 0; k--) {
      const other = out[k];
      if (other === undefined || other.start < span.start || (other.start === span.start && other.end >= span.end)) break;
      out[k + 1] = other;
    }
    out[k + 1] = span;
  }
  return out;
}

/** Cuts white space and punctuation off the ends of a leftover piece; undefined when nothing is left. */
function tidyPiece(text: string, piece: EntitySpan): EntitySpan | undefined {
  let { start, end } = piece;
  while (start < end && !/[\p{L}\p{N}]/u.test(text.charAt(start))) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text.charAt(end - 1))) end--;
  return end > start ? { type: piece.type, start, end } : undefined;
}
